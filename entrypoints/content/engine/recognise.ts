/**
 * Recognise: which console this document is. A host the user (or the organisation's policy) declared as a
 * console is that console, whatever the page shows — recognition may confirm it, never veto it; elsewhere
 * each console module judges the page itself.
 */
import { PRODUCT_IDS } from '../../../catalog/enums';
import type { ProductId } from '../../../catalog/schema';
import type { ProductSwitches } from '../../../components/settings/schema';
import { CONSOLES, type ConsoleModule, consoleOf } from '../consoles';
import { safely } from '../resolve';

/** A declared console host as stored: a match pattern and the console it is. */
export interface DeclaredHost {
  pattern: string;
  product: ProductId;
}

export function recognise(doc: Document, switches: ProductSwitches, declared: ProductId | null): ConsoleModule | null {
  if (declared) return switches[declared] ? (consoleOf(declared) ?? null) : null;
  return CONSOLES.find((c) => switches[c.product] && safely(() => c.recognise(doc), false)) ?? null;
}

/** The console a URL's host was declared as, by the first pattern that matches it. */
export function declaredConsole(hosts: readonly DeclaredHost[], url: string): ProductId | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  return hosts.find((h) => matches(h.pattern, parsed))?.product ?? null;
}

/** Stored host entries that are well-formed enough to match; anything else is passed over. */
export function declaredHosts(raw: unknown): DeclaredHost[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter(
    (h): h is DeclaredHost =>
      !!h &&
      typeof h === 'object' &&
      typeof (h as DeclaredHost).pattern === 'string' &&
      (PRODUCT_IDS as readonly string[]).includes((h as DeclaredHost).product),
  );
}

/** Whether a `scheme://host[:port]/*` pattern (the only shape the options page stores) covers a URL. */
export function matches(pattern: string, url: URL): boolean {
  const m = pattern.match(/^(\*|https?):\/\/(\*\.)?([^/:]+)(?::(\d+))?\/\*$/);
  if (!m) return false;
  const [, scheme, wildcard, host, port] = m;
  const protocol = url.protocol.slice(0, -1);
  if (scheme === '*' ? protocol !== 'http' && protocol !== 'https' : protocol !== scheme) return false;
  if (port && url.port !== port) return false;
  const name = url.hostname.toLowerCase();
  return name === host || (!!wildcard && name.endsWith(`.${host}`));
}
