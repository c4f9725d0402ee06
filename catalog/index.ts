import { consoleById } from './consoles';
import { PRODUCT_IDS } from './enums';
import { PRODUCTS, productById, sectionOf } from './products';
import type { Entry, EntryInput, ProductId } from './schema';
import { foldLabel } from './text';

export type * from './schema';
export { GENERAL_ADVICE_LABEL, SEED_DOCUMENTS } from './sources';
export { PRODUCTS, productById, sectionOf };

/**
 * An entry as a data file writes it, with the defaults EntrySchema declares applied. No validation here: the
 * catalog is fixed at build time and the unit tests validate it (catalog/validate.ts), checking too that this
 * gives what the schema would.
 */
function withDefaults(entry: EntryInput): Entry {
  return { ...entry, menuPaths: entry.menuPaths ?? [], facts: entry.facts ?? [] };
}

const byProduct = new Map<ProductId, readonly Entry[]>();

/**
 * A product's entries, made when first asked: a page is one console, so the content script never builds the
 * other consoles' entries.
 */
export function entriesOf(product: ProductId): readonly Entry[] {
  let entries = byProduct.get(product);
  if (!entries) {
    entries = (consoleById(product)?.entries() ?? []).map(withDefaults);
    byProduct.set(product, entries);
  }
  return entries;
}

/** Every status of every product, in product order. */
export function allEntries(): readonly Entry[] {
  return PRODUCT_IDS.flatMap(entriesOf);
}

/** Every status of every product (search, the options page, the tests); the content script asks per product. */
export const CATALOG: readonly Entry[] = /* @__PURE__ */ allEntries();

/** Entries by folded label, per product, made when a product is first looked up. */
const byLabel = new Map<ProductId, Map<string, Entry[]>>();

function labelsOf(product: ProductId): Map<string, Entry[]> {
  let map = byLabel.get(product);
  if (!map) {
    map = new Map();
    for (const entry of entriesOf(product)) {
      for (const label of entry.labels) {
        const key = foldLabel(label);
        map.set(key, [...(map.get(key) ?? []), entry]);
      }
    }
    byLabel.set(product, map);
  }
  return map;
}

/** The entry of an id, looked for in its product's entries (an id starts with its product's). */
export function entryById(id: string): Entry | undefined {
  const product = PRODUCT_IDS.find((p) => id.startsWith(`${p}.`));
  return product ? entriesOf(product).find((e) => e.id === id) : undefined;
}

/** A product's labels, folded (see foldLabel), each once. */
export function foldedLabels(product: ProductId): Iterable<string> {
  return labelsOf(product).keys();
}

/** Every entry of a product that a label names, one per section it appears in. */
export function entriesForLabel(product: ProductId, label: string): readonly Entry[] {
  return labelsOf(product).get(foldLabel(label)) ?? [];
}

/**
 * The entry a label names in a product and section. Without a section, the label must be unique in
 * its product (codes are; Dropsuite's common words are not, so "Failed" needs its section).
 */
export function lookup(product: ProductId, section: string | undefined, label: string): Entry | undefined {
  const found = entriesForLabel(product, label);
  if (section === undefined) return found.length === 1 ? found[0] : undefined;
  return found.find((e) => e.section === section);
}

/** The canonical label of an entry (the first one). */
export function canonicalLabel(entry: Entry): string {
  return entry.labels[0] ?? entry.id;
}
