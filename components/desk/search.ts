import type { ProductId } from '../../catalog/enums';
import { normalizeQuery } from '../../catalog/search';
import type { DeskEntry, DeskNote } from './schema';

/**
 * Search over the desk's notes and entries for the popup: every word of the query must begin a word of the
 * status, the note or the explanation (codes and labels spelt as in catalog search: `web_hook` = `web hook`).
 * The desk holds at most a few hundred short texts: a scan per keystroke costs nothing.
 */
export interface DeskHits<N, E> {
  entries: E[];
  notes: N[];
}

function words(text: string): string[] {
  return normalizeQuery(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

function matches(query: string[], text: string): boolean {
  const have = words(text);
  return query.every((q) => have.some((w) => w.startsWith(q)));
}

export function searchDesk<N extends DeskNote, E extends DeskEntry>(
  desk: { notes: readonly N[]; entries: readonly E[] },
  query: string,
  products: ReadonlySet<ProductId> = new Set(),
): DeskHits<N, E> {
  const q = words(query);
  if (q.length === 0) return { entries: [], notes: [] };
  const allowed = (p: ProductId) => products.size === 0 || products.has(p);
  return {
    entries: desk.entries.filter(
      (e) => allowed(e.product) && matches(q, `${e.label} ${e.meaning} ${e.steps.join(' ')}`),
    ),
    notes: desk.notes.filter((n) => allowed(n.product) && matches(q, `${n.label ?? ''} ${n.text}`)),
  };
}
