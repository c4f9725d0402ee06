import type { ProductId } from '../../catalog';
import { CONSOLES } from '../../catalog/consoles';
import { normalizeQuery } from '../../catalog/search';

/**
 * Words of a query that say which console it is about, from each console's definition (catalog/consoles/<id>):
 * its names and `queryNames` only say which console and are taken out of the query; its `queryWords` are part of
 * what happened ("box disconnected") and stay in it.
 */

export interface NamedConsole {
  product: ProductId;
  /** The query without the console's names: what to search for. */
  rest: string;
}

/** Every phrase that names a console, longest first ("google drive" before "drive"), normalised as queries are. */
function phrases(): { product: ProductId; phrase: string; keep: boolean }[] {
  return CONSOLES.flatMap((c) => [
    ...[c.name, c.shortName, ...c.queryNames].map((n) => ({ product: c.id, phrase: n, keep: false })),
    ...c.queryWords.map((w) => ({ product: c.id, phrase: w, keep: true })),
  ])
    .map((x) => ({ ...x, phrase: normalizeQuery(x.phrase) }))
    .filter((x) => x.phrase.length > 0)
    .sort((a, b) => b.phrase.length - a.phrase.length);
}

/**
 * The console a query names ("dpod failed", "box token"), the first one named; undefined where none is. Whole
 * words only: "boxes" is not "box".
 */
export function consoleNamedIn(query: string): NamedConsole | undefined {
  const q = ` ${normalizeQuery(query)} `;
  let found: { product: ProductId; at: number } | undefined;
  let rest = q;
  for (const { product, phrase, keep } of phrases()) {
    const at = q.indexOf(` ${phrase} `);
    if (at < 0) continue;
    if (!found || at < found.at) found = { product, at };
    if (!keep) rest = rest.split(` ${phrase} `).join(' ');
  }
  if (!found) return undefined;
  const left = rest.replace(/\s+/g, ' ').trim();
  // A query that is only a console's name searches as typed.
  return { product: found.product, rest: left || query };
}
