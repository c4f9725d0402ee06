import { z } from 'zod';
import { DPOD } from './data/dpod';
import { DROPSUITE } from './data/dropsuite';
import { MXHERO } from './data/mxhero';
import { PRODUCTS, productById, sectionOf } from './products';
import { type Entry, EntrySchema, type ProductId } from './schema';
import { foldLabel } from './text';

export * from './schema';
export { PRODUCTS, productById, sectionOf };

const CatalogSchema = z.array(EntrySchema).superRefine((entries, ctx) => {
  const ids = new Set<string>();
  const keys = new Map<string, string>();
  entries.forEach((e, i) => {
    if (ids.has(e.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate id ${e.id}` });
    ids.add(e.id);
    if (!sectionOf(e.product, e.section)) {
      ctx.addIssue({ code: 'custom', path: [i, 'section'], message: `unknown section ${e.product}.${e.section}` });
    }
    for (const label of e.labels) {
      const key = `${e.product}|${e.section}|${foldLabel(label)}`;
      const other = keys.get(key);
      if (other) ctx.addIssue({ code: 'custom', path: [i, 'labels'], message: `${label} also names ${other}` });
      keys.set(key, e.id);
    }
  });
});

/** Every status of every product, validated once when the module loads. */
export const CATALOG: readonly Entry[] = CatalogSchema.parse([...DROPSUITE, ...DPOD, ...MXHERO]);

const byId = new Map(CATALOG.map((e) => [e.id, e]));
const byLabel = new Map<string, Entry[]>();
for (const entry of CATALOG) {
  for (const label of entry.labels) {
    const key = `${entry.product}|${foldLabel(label)}`;
    byLabel.set(key, [...(byLabel.get(key) ?? []), entry]);
  }
}

export function entryById(id: string): Entry | undefined {
  return byId.get(id);
}

/** Every entry of a product that a label names, one per section it appears in. */
export function entriesForLabel(product: ProductId, label: string): readonly Entry[] {
  return byLabel.get(`${product}|${foldLabel(label)}`) ?? [];
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
