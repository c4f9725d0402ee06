import type { ProductId } from '../catalog/enums';
import { patternCovers } from './settings/host-match';
import { BUILT_IN_PATTERNS, displayPattern, parseHostInput } from './settings/hosts';
import type { HostEntry } from './settings/schema';

/**
 * "Use Status Lens here" from the popup, the pure part: which host pattern a tab's address stands for, and the
 * user's host list with it saved as the console chosen (or as a host whose console is recognised from the page).
 */

export type HostToUse =
  | {
      ok: true;
      /** The match pattern of the tab's origin, as the options page would store it. */
      pattern: string;
      /** A host where Status Lens runs without being added (it recognises the console there). */
      builtIn: boolean;
      /** The host list to save; null where nothing is to be saved (a built-in host, or already so). */
      hosts: HostEntry[] | null;
    }
  | { ok: false; problem: string };

export function hostToUse(url: string, product: ProductId | null, hosts: readonly HostEntry[]): HostToUse {
  let origin: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
      return { ok: false, problem: 'Status Lens runs on web pages only (http and https).' };
    }
    origin = parsed.origin;
  } catch {
    return { ok: false, problem: 'The tab’s address cannot be read.' };
  }
  const parsed = parseHostInput(origin);
  if (!parsed.ok) return { ok: false, problem: parsed.message };
  const { pattern } = parsed;
  // Built-in hosts need no entry: the manifest's content script recognises the console there.
  if (BUILT_IN_PATTERNS.some((b) => patternCovers(b, pattern)))
    return { ok: true, pattern, builtIn: true, hosts: null };
  const entry: HostEntry = product ? { pattern, product } : { pattern };
  const same = hosts.find((h) => h.pattern === pattern);
  if (same && same.product === entry.product) return { ok: true, pattern, builtIn: false, hosts: null };
  return {
    ok: true,
    pattern,
    builtIn: false,
    // The same host again with another console: the new choice replaces the old, in its place.
    hosts: same ? hosts.map((h) => (h.pattern === pattern ? entry : h)) : [...hosts, entry],
  };
}

/** The host as the popup names it: "dpod.corp.example:8443". */
export function hostName(pattern: string): string {
  return displayPattern(pattern).replace(/^[a-z*]+:\/\//, '');
}
