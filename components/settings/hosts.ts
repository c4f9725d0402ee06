import { z } from 'zod/mini';
import type { ProductId } from '../../catalog/schema';
import {
  forBrowser,
  formatPattern,
  type HostParseResult,
  hostFailure,
  normaliseHostInput,
  parsePattern,
  patternCovers,
  tooBroad,
} from './host-match';
import { publicSuffixKind } from './public-suffix';

/**
 * Hosts where a console lives, as browser match patterns: checking a new one, permissions, display. Parsing and
 * matching are host-match.ts's, shared with the content script. Chrome honours an explicit port in host
 * permissions, `scripting.registerContentScripts` and `tabs.query` (no port = any port); Firefox refuses ports in
 * match patterns, so `forBrowser` strips them there.
 */

export const SchemeSchema = z.enum(['http', 'https', '*']);
export const PatternPartsSchema = z.object({
  scheme: SchemeSchema,
  /** Lower-case host without the wildcard; "*" alone only in patterns the browser hands us. */
  host: z.string().check(z.minLength(1)),
  /** True for "*.host": the host itself and every subdomain. */
  wildcard: z.boolean(),
  /** null: any port. */
  port: z.nullable(z.int().check(z.gte(1), z.lte(65535))),
});
export type PatternParts = z.infer<typeof PatternPartsSchema>;

export const HostErrorCodeSchema = z.enum(['empty', 'malformed', 'scheme', 'too-broad', 'duplicate', 'built-in']);
export type HostErrorCode = z.infer<typeof HostErrorCodeSchema>;

/** Where the extension runs without being asked (the content script's manifest `matches`). */
export const BUILT_IN_PATTERNS = ['*://*.dropsuite.com/*', '*://*.mxhero.com/*'] as const;

/** The pattern as a person reads it: "https://dpod.corp.example:8443", "*.reseller.example". */
export function displayPattern(pattern: string): string {
  const parts = parsePattern(pattern);
  if (!parts) return pattern;
  const host = parts.wildcard ? `*.${parts.host}` : parts.host;
  const port = parts.port === null ? '' : `:${parts.port}`;
  return parts.scheme === '*' ? `${host}${port}` : `${parts.scheme}://${host}${port}`;
}

/**
 * What a person typed → a match pattern we are willing to ask permission for: the shared parse (host-match.ts),
 * then the Public Suffix List, which the content script does without. A wildcard over a suffix that anyone may
 * register under (co.uk) or host a site under (github.io, herokuapp.com: the list's private section) is refused.
 */
export function parseHostInput(input: string, bare: PatternParts['scheme'] = 'https'): HostParseResult {
  const parsed = normaliseHostInput(input, bare);
  if (!parsed.ok || !parsed.parts.wildcard) return parsed;
  const host = parsed.parts.host;
  const suffix = publicSuffixKind(host);
  if (suffix === 'private') return tooBroad(`*.${host} covers every site hosted on ${host}`);
  if (suffix === 'icann') return tooBroad(`*.${host} covers every site registered under .${host}`);
  return parsed;
}

/** Whether a granted set of origins (permissions.getAll) lets the extension run on a pattern. */
export function isGranted(pattern: string, grantedOrigins: readonly string[]): boolean {
  const parts = parsePattern(pattern);
  if (!parts) return false;
  // "*://" means http and https: each may be granted by a different origin ("http://*/*", "https://*/*").
  const schemes = parts.scheme === '*' ? (['http', 'https'] as const) : [parts.scheme];
  return schemes.every((scheme) => {
    const one = formatPattern({ ...parts, scheme });
    return grantedOrigins.some((origin) => patternCovers(origin, one));
  });
}

/**
 * A new host checked against the list: valid, not a duplicate (nor already covered for the same console),
 * not a host where the extension runs anyway.
 */
export function validateNewHost(
  input: string,
  /** undefined: the console is recognised from the page (a host entry without a product). */
  product: ProductId | undefined,
  existing: readonly { pattern: string; product?: ProductId }[],
  productName: (id: ProductId | undefined) => string = (id) => id ?? 'any console',
): HostParseResult {
  const parsed = parseHostInput(input);
  if (!parsed.ok) return parsed;
  const same = existing.find((h) => h.pattern === parsed.pattern);
  if (same) {
    return hostFailure(
      'duplicate',
      `${displayPattern(same.pattern)} is already in the list (${productName(same.product)})`,
    );
  }
  const cover = existing.find((h) => h.product === product && patternCovers(h.pattern, parsed.pattern));
  if (cover) {
    return hostFailure(
      'duplicate',
      `${displayPattern(cover.pattern)} already covers this host for ${productName(product)}`,
    );
  }
  const builtIn = BUILT_IN_PATTERNS.find((b) => patternCovers(b, parsed.pattern));
  if (builtIn) {
    return hostFailure('built-in', `Status Lens already works on ${displayPattern(builtIn)} without adding it`);
  }
  return parsed;
}

/**
 * Origins we may give back after hosts are removed: a permission still covering (or covered by) a remaining
 * host stays, since Chrome may have granted the remaining host through it.
 */
export function originsToRelease(
  removed: readonly string[],
  remaining: readonly { pattern: string }[],
  portless = false,
): string[] {
  const kept = remaining.map((h) => h.pattern);
  const release = removed.filter(
    (p) => parsePattern(p) !== undefined && !kept.some((k) => k === p || patternCovers(p, k) || patternCovers(k, p)),
  );
  return [...new Set(release.map((p) => forBrowser(p, portless)))];
}
