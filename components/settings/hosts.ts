import { z } from 'zod/mini';
import type { ProductId } from '../../catalog/schema';

/**
 * Hosts where a console lives, as browser match patterns.
 *
 * We store `scheme://host[:port]/*`: the path is dropped because a console spans many pages of its host,
 * and host permissions ignore paths anyway. Chrome honours an explicit port in host permissions,
 * `scripting.registerContentScripts` and `tabs.query` (no port = any port); Firefox refuses ports in
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

export type HostParseResult =
  | { ok: true; pattern: string; parts: PatternParts }
  | {
      ok: false;
      code: HostErrorCode;
      /** What is wrong, as a clause: "that pattern is too broad: it would cover every site". */
      reason: string;
      /** The sentence shown next to the field: the reason plus what to enter instead. */
      message: string;
    };

/** Where the extension runs without being asked (the content script's manifest `matches`). */
export const BUILT_IN_PATTERNS = ['*://*.dropsuite.com/*', '*://*.mxhero.com/*'] as const;

const EXAMPLE = 'like dpod.corp.example, https://dpod.corp.example:8443 or *.reseller.example';
// Second-level labels that registries sell under a country code: "*.co.uk" means every British company.
const REGISTRY_LABELS = new Set(['ac', 'co', 'com', 'edu', 'gov', 'go', 'ltd', 'me', 'mil', 'ne', 'net', 'or', 'org']);
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const BROAD_WORDS = new Set(['*', '<all_urls>', 'all', '*.*']);

function fail(code: HostErrorCode, reason: string, advice = ''): HostParseResult {
  const sentence = `${reason.charAt(0).toUpperCase()}${reason.slice(1)}.`;
  return { ok: false, code, reason, message: advice ? `${sentence} ${advice}` : sentence };
}

export function formatPattern(parts: PatternParts): string {
  const host = parts.wildcard ? `*.${parts.host}` : parts.host;
  return `${parts.scheme}://${host}${parts.port === null ? '' : `:${parts.port}`}/*`;
}

/** The pattern as a person reads it: "https://dpod.corp.example:8443", "*.reseller.example". */
export function displayPattern(pattern: string): string {
  const parts = parsePattern(pattern);
  if (!parts) return pattern;
  const host = parts.wildcard ? `*.${parts.host}` : parts.host;
  const port = parts.port === null ? '' : `:${parts.port}`;
  return parts.scheme === '*' ? `${host}${port}` : `${parts.scheme}://${host}${port}`;
}

/**
 * What a person typed → a match pattern we are willing to ask permission for.
 * Accepts a bare host, host:port, a full URL (path ignored), "*.domain" and http(s) schemes.
 */
export function parseHostInput(input: string): HostParseResult {
  const text = input.trim();
  if (!text) return fail('empty', 'the host is empty', `Enter the host of a console, ${EXAMPLE}.`);
  if (BROAD_WORDS.has(text.toLowerCase())) return tooBroad();

  const { scheme: typed, slashes, rest } = splitScheme(text);
  const scheme = SchemeSchema.safeParse(typed ?? '*');
  if (!scheme.success) {
    return fail(
      'scheme',
      `addresses starting ${typed}: are not web pages`,
      'Only http:// and https:// consoles are supported.',
    );
  }
  if (typed !== null && !slashes) {
    return fail('malformed', `the address lacks // after ${typed}:`, `Write it as ${typed}://host.`);
  }

  const authority = rest.split(/[/?#]/, 1)[0] ?? '';
  if (!authority) return fail('malformed', 'the address has no host', `Enter a host, ${EXAMPLE}.`);
  if (authority.includes('@'))
    return fail('malformed', 'a user name or password is not part of a host', 'Enter only the host.');
  if (/\s/.test(authority)) return fail('malformed', 'a host cannot contain spaces');

  const hostPort = /^(\[[0-9a-f:.]+\]|[^:[\]]+)(?::(\d+|\*))?$/i.exec(authority);
  if (!hostPort) return fail('malformed', `“${authority}” is not a host`, `Enter a host, ${EXAMPLE}.`);
  const port = parsePort(hostPort[2]);
  if (port === 'invalid') return fail('malformed', 'a port is a number from 1 to 65535');

  const host = parseHost(hostPort[1] ?? '');
  if ('error' in host) return host.error;
  const parts: PatternParts = { scheme: scheme.data, port, ...host };
  return { ok: true, pattern: formatPattern(parts), parts };
}

/** "https://x" → https; "localhost:3000" has no scheme: a colon followed by digits starts a port. */
function splitScheme(text: string): { scheme: string | null; slashes: boolean; rest: string } {
  const m = /^([a-z*][a-z0-9+.-]*):(\/\/)?/i.exec(text);
  if (!m) return { scheme: null, slashes: false, rest: text };
  const rest = text.slice(m[0].length);
  const slashes = m[2] !== undefined;
  if (!slashes && !/^[^\d]/.test(rest)) return { scheme: null, slashes: false, rest: text };
  return { scheme: (m[1] ?? '').toLowerCase(), slashes, rest };
}

function tooBroad(detail = 'it would cover every site'): HostParseResult {
  return fail('too-broad', `that pattern is too broad: ${detail}`, `Enter the console's own host, ${EXAMPLE}.`);
}

function parsePort(raw: string | undefined): number | null | 'invalid' {
  if (raw === undefined || raw === '*') return null;
  const n = Number(raw);
  return Number.isInteger(n) && n >= 1 && n <= 65535 ? n : 'invalid';
}

function parseHost(raw: string): { host: string; wildcard: boolean } | { error: HostParseResult } {
  let host = raw.toLowerCase().replace(/\.$/, '');
  if (host.startsWith('[')) {
    // IPv6 literal: let the URL parser validate and canonicalise it.
    const canonical = canonicalHost(host);
    return canonical
      ? { host: canonical, wildcard: false }
      : { error: fail('malformed', `“${raw}” is not an IPv6 address`) };
  }
  if (host === '*') return { error: tooBroad() };
  const wildcard = host.startsWith('*.');
  if (wildcard) host = host.slice(2);
  if (host.includes('*')) {
    return { error: fail('malformed', 'a * may only stand for the leftmost part of a host, as in *.reseller.example') };
  }
  const canonical = canonicalHost(host);
  if (!canonical) return { error: fail('malformed', `“${raw}” is not a valid host name`, `Enter a host, ${EXAMPLE}.`) };
  const labels = canonical.split('.');
  const isIp = IPV4.test(canonical);
  // The URL parser reads "10.1" or "0x7f.1" as IPv4; a host must be a name or a dotted quad as typed.
  if (!isIp && /^\d+$/.test(labels.at(-1) ?? '')) {
    return { error: fail('malformed', `“${raw}” is neither a host name nor an IPv4 address`) };
  }
  if (isIp && canonical !== host) return { error: fail('malformed', `“${raw}” is not a valid IPv4 address`) };
  if (!labels.every((l) => LABEL.test(l)) || canonical.length > 253) {
    return { error: fail('malformed', `“${raw}” is not a valid host name`, `Enter a host, ${EXAMPLE}.`) };
  }
  if (wildcard) {
    if (isIp) return { error: fail('malformed', 'a * cannot stand before an IP address') };
    if (labels.length < 2) return { error: tooBroad(`*.${canonical} covers every site under .${canonical}`) };
    const [second, top] = labels;
    if (labels.length === 2 && second && top && REGISTRY_LABELS.has(second) && top.length === 2) {
      return { error: tooBroad(`*.${canonical} covers every site registered under .${canonical}`) };
    }
  }
  return { host: canonical, wildcard };
}

/** Lower-case, punycode (IDN) form of a host, or undefined when the URL parser rejects it. */
function canonicalHost(host: string): string | undefined {
  try {
    const url = new URL(`http://${host}/`);
    return url.hostname || undefined;
  } catch {
    return undefined;
  }
}

/**
 * A match pattern as the browser may hand it to us (permissions.getAll): any path, "*" host,
 * "<all_urls>". Returns undefined for what is not an http(s) pattern.
 */
export function parsePattern(pattern: string): PatternParts | undefined {
  if (pattern === '<all_urls>') return { scheme: '*', host: '*', wildcard: false, port: null };
  const m = /^(\*|https?):\/\/(\*|\*\.[^/:]+|[^/:*]+|\[[0-9a-f:.]+\])(?::(\d+|\*))?\/.*$/i.exec(pattern);
  if (!m) return undefined;
  const port = parsePort(m[3]);
  if (port === 'invalid') return undefined;
  const rawHost = (m[2] ?? '').toLowerCase();
  const wildcard = rawHost.startsWith('*.');
  return {
    scheme: (m[1] ?? '*').toLowerCase() as PatternParts['scheme'],
    host: wildcard ? rawHost.slice(2) : rawHost,
    wildcard,
    port,
  };
}

/** True when every URL `inner` matches is also matched by `outer`. */
export function patternCovers(outer: string, inner: string): boolean {
  const a = parsePattern(outer);
  const b = parsePattern(inner);
  if (!a || !b) return false;
  const scheme = a.scheme === '*' || a.scheme === b.scheme;
  const port = a.port === null || a.port === b.port;
  const host =
    a.host === '*' ||
    (a.wildcard ? b.host === a.host || b.host.endsWith(`.${a.host}`) : !b.wildcard && a.host === b.host);
  return scheme && port && host;
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

/** Whether a page URL is one a pattern matches. */
export function matchesUrl(pattern: string, url: string | URL): boolean {
  const p = parsePattern(pattern);
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  const scheme = u.protocol.slice(0, -1);
  if (!p || (scheme !== 'http' && scheme !== 'https')) return false;
  if (p.scheme !== '*' && p.scheme !== scheme) return false;
  const port = Number(u.port || (scheme === 'https' ? 443 : 80));
  if (p.port !== null && p.port !== port) return false;
  const host = u.hostname;
  if (p.host === '*') return true;
  return p.wildcard ? host === p.host || host.endsWith(`.${p.host}`) : host === p.host;
}

/**
 * The host entry that applies to a page: the most specific pattern that matches it
 * (exact host over wildcard, longer host, explicit port, explicit scheme).
 */
export function hostEntryForUrl<T extends { pattern: string; product: ProductId }>(
  url: string | URL,
  hosts: readonly T[],
): T | undefined {
  const score = (pattern: string) => {
    const p = parsePattern(pattern);
    if (!p) return -1;
    return (p.wildcard ? 0 : 1_000_000) + p.host.length * 100 + (p.port === null ? 0 : 10) + (p.scheme === '*' ? 0 : 1);
  };
  let best: T | undefined;
  for (const entry of hosts) {
    if (matchesUrl(entry.pattern, url) && (!best || score(entry.pattern) > score(best.pattern))) best = entry;
  }
  return best;
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
    return fail('duplicate', `${displayPattern(same.pattern)} is already in the list (${productName(same.product)})`);
  }
  const cover = existing.find((h) => h.product === product && patternCovers(h.pattern, parsed.pattern));
  if (cover) {
    return fail('duplicate', `${displayPattern(cover.pattern)} already covers this host for ${productName(product)}`);
  }
  const builtIn = BUILT_IN_PATTERNS.find((b) => patternCovers(b, parsed.pattern));
  if (builtIn) {
    return fail('built-in', `Status Lens already works on ${displayPattern(builtIn)} without adding it`);
  }
  return parsed;
}

/** The pattern to hand the browser: Firefox refuses ports in match patterns, so it gets the whole host. */
export function forBrowser(pattern: string, portless: boolean): string {
  if (!portless) return pattern;
  const parts = parsePattern(pattern);
  return parts ? formatPattern({ ...parts, port: null }) : pattern;
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
