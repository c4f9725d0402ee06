import { EntryIndex } from './entry-index';
import { PRODUCT_IDS } from './enums';
import { PRODUCTS, productById, sectionOf } from './products';
import type { Entry, EntryInput, ProductId } from './schema';

export type * from './schema';
export { GENERAL_ADVICE_LABEL, SEED_DOCUMENTS } from './sources';
export { PRODUCTS, productById, sectionOf };

/**
 * The catalog: every console's entries, from the data files of the console folders (`consoles/<id>/entries.ts`),
 * for the background, the popup, the options page and the tests. A content script gets its one console's entries
 * from the background (they are no part of its bundle) and looks them up with the same EntryIndex.
 */

/**
 * An entry as a data file writes it, with the defaults EntrySchema declares applied. No validation here: the
 * catalog is fixed at build time and the unit tests validate it (catalog/validate.ts), checking too that this
 * gives what the schema would.
 */
function withDefaults(entry: EntryInput): Entry {
  return { ...entry, menuPaths: entry.menuPaths ?? [], facts: entry.facts ?? [] };
}

/** Each console's data file, by the folder it stands in: `consoles/<id>/entries.ts`. */
type DataFile = () => EntryInput[];
const DATA = import.meta.glob<DataFile>('./consoles/*/entries.ts', { eager: true, import: 'default' });
const dataOf = (product: ProductId) => DATA[`./consoles/${product}/entries.ts`];

/** A product's entries as its data file writes them, before defaults (what the tests validate). */
export function dataFileEntries(product: ProductId): EntryInput[] {
  return dataOf(product)?.() ?? [];
}

const indexes = new Map<ProductId, EntryIndex>();

/** A product's entries indexed, made when first asked. */
function indexOf(product: ProductId): EntryIndex {
  let index = indexes.get(product);
  if (!index) {
    index = new EntryIndex(dataFileEntries(product).map(withDefaults));
    indexes.set(product, index);
  }
  return index;
}

/** A product's entries, made when first asked. */
export function entriesOf(product: ProductId): readonly Entry[] {
  return indexOf(product).entries;
}

/** Every status of every product, in product order. */
export function allEntries(): readonly Entry[] {
  return PRODUCT_IDS.flatMap(entriesOf);
}

/** Every status of every product (search, the options page, the tests). */
export const CATALOG: readonly Entry[] = /* @__PURE__ */ allEntries();

/** The entry of an id, looked for in its product's entries (an id starts with its product's). */
export function entryById(id: string): Entry | undefined {
  const product = PRODUCT_IDS.find((p) => id.startsWith(`${p}.`));
  return product ? indexOf(product).byId(id) : undefined;
}

/** A product's labels, folded (see foldLabel), each once. */
export function foldedLabels(product: ProductId): Iterable<string> {
  return indexOf(product).foldedLabels();
}

/** Every entry of a product that a label names, one per section it appears in. */
export function entriesForLabel(product: ProductId, label: string): readonly Entry[] {
  return indexOf(product).forLabel(label);
}

/** The entry a label names in a product and section (see EntryIndex.lookup). */
export function lookup(product: ProductId, section: string | undefined, label: string): Entry | undefined {
  return indexOf(product).lookup(section, label);
}

/** The canonical label of an entry (the first one). */
export function canonicalLabel(entry: Entry): string {
  return entry.labels[0] ?? entry.id;
}
