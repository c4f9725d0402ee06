import { z } from 'zod/mini';
import { sectionOf } from './products';
import { ConsoleInfoSchema, EntrySchema } from './schema';
import { foldLabel } from './text';

/**
 * Checks of the catalog as a whole, run by the unit tests rather than when the extension loads: the shipped
 * catalog is fixed at build time, so validating it in every page would only cost load time.
 */

/** Every entry valid, ids unique, sections known, and no label naming two entries of one section. */
export const CatalogSchema = z.array(EntrySchema).check(
  z.superRefine((entries, ctx) => {
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
  }),
);

/** Parses entries as data files write them, applying the schema's defaults; never throws. */
export function validateCatalog(entries: unknown) {
  return CatalogSchema.safeParse(entries);
}

/** The consoles' definitions as data, each valid, ids unique. */
export const ConsolesSchema = z.array(ConsoleInfoSchema).check(
  z.superRefine((consoles, ctx) => {
    const ids = new Set<string>();
    consoles.forEach((c, i) => {
      if (ids.has(c.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate console ${c.id}` });
      ids.add(c.id);
    });
  }),
);

export function validateConsoles(consoles: unknown) {
  return ConsolesSchema.safeParse(consoles);
}
