import type { HostErrorCode, PatternParts } from './hosts';

/**
 * The one host matcher: what a person (or a policy) writes → the stored match pattern, and which stored pattern
 * applies to a page. The content script, the background and the options page all use it, so a host means the
 * same everywhere. No zod and no Public Suffix List here: the content script bundles this module and only
 * matches; checking a new host against the PSL is the options page's and the background's job (hosts.ts).
 *
 * We store `scheme://host[:port]/*`: the path is dropped because a console spans many pages of its host, and host
 * permissions ignore paths anyway. No port means any port (as in Chrome's match patterns).
 */

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

/** At most this many hosts in one list (the user's, the policy's): each is a content script registration. */
export const MAX_HOSTS = 200;

export const HOST_EXAMPLE = 'like dpod.corp.example, https://dpod.corp.example:8443 or *.reseller.example';
const SCHEMES: readonly string[] = ['http', 'https', '*'];
// Second-level labels that registries sell under a country code: "*.co.uk" means every British company.
const REGISTRY_LABELS = new Set(['ac', 'co', 'com', 'edu', 'gov', 'go', 'ltd', 'me', 'mil', 'ne', 'net', 'or', 'org']);
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const BROAD_WORDS = new Set(['*', '<all_urls>', 'all', '*.*']);

export function hostFailure(code: HostErrorCode, reason: string, advice = ''): HostParseResult {
  const sentence = `${reason.charAt(0).toUpperCase()}${reason.slice(1)}.`;
  return { ok: false, code, reason, message: advice ? `${sentence} ${advice}` : sentence };
}

export function tooBroad(detail = 'it would cover every site'): HostParseResult {
  return hostFailure(
    'too-broad',
    `that pattern is too broad: ${detail}`,
    `Enter the console's own host, ${HOST_EXAMPLE}.`,
  );
}

export function formatPattern(parts: PatternParts): string {
  const host = parts.wildcard ? `*.${parts.host}` : parts.host;
  return `${parts.scheme}://${host}${parts.port === null ? '' : `:${parts.port}`}/*`;
}

/**
 * What a person typed (or a policy or a file says) → a match pattern, without the Public Suffix List check
 * (hosts.ts `parseHostInput` adds it). Accepts a bare host, host:port, a full URL (path ignored), "*.domain",
 * http(s) schemes and the stored pattern itself. A bare host means https (`bare`), http only when written so;
 * `*://`, which patterns stored by earlier versions hold, still means both.
 */
export function normaliseHostInput(input: string, bare: PatternParts['scheme'] = 'https'): HostParseResult {
  const text = input.trim();
  if (!text) return hostFailure('empty', 'the host is empty', `Enter the host of a console, ${HOST_EXAMPLE}.`);
  if (BROAD_WORDS.has(text.toLowerCase())) return tooBroad();

  const { scheme, slashes, rest } = splitScheme(text);
  if (scheme !== null && !SCHEMES.includes(scheme)) {
    return hostFailure(
      'scheme',
      `addresses starting ${scheme}: are not web pages`,
      'Only http:// and https:// consoles are supported.',
    );
  }
  if (scheme !== null && !slashes) {
    return hostFailure('malformed', `the address lacks // after ${scheme}:`, `Write it as ${scheme}://host.`);
  }

  const authority = rest.split(/[/?#]/, 1)[0] ?? '';
  if (!authority) return hostFailure('malformed', 'the address has no host', `Enter a host, ${HOST_EXAMPLE}.`);
  if (authority.includes('@'))
    return hostFailure('malformed', 'a user name or password is not part of a host', 'Enter only the host.');
  if (/\s/.test(authority)) return hostFailure('malformed', 'a host cannot contain spaces');

  const hostPort = /^(\[[0-9a-f:.]+\]|[^:[\]]+)(?::(\d+|\*))?$/i.exec(authority);
  if (!hostPort) return hostFailure('malformed', `“${authority}” is not a host`, `Enter a host, ${HOST_EXAMPLE}.`);
  const port = parsePort(hostPort[2]);
  if (port === 'invalid') return hostFailure('malformed', 'a port is a number from 1 to 65535');

  const host = parseHost(hostPort[1] ?? '');
  if ('error' in host) return host.error;
  const parts: PatternParts = { scheme: (scheme ?? bare) as PatternParts['scheme'], port, ...host };
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
      : { error: hostFailure('malformed', `“${raw}” is not an IPv6 address`) };
  }
  if (host === '*') return { error: tooBroad() };
  const wildcard = host.startsWith('*.');
  if (wildcard) host = host.slice(2);
  if (host.includes('*')) {
    return {
      error: hostFailure('malformed', 'a * may only stand for the leftmost part of a host, as in *.reseller.example'),
    };
  }
  const canonical = canonicalHost(host);
  const invalid = () => ({
    error: hostFailure('malformed', `“${raw}” is not a valid host name`, `Enter a host, ${HOST_EXAMPLE}.`),
  });
  if (!canonical) return invalid();
  const labels = canonical.split('.');
  const isIp = IPV4.test(canonical);
  // The URL parser reads "10.1" or "0x7f.1" as IPv4; a host must be a name or a dotted quad as typed.
  if (!isIp && /^\d+$/.test(labels.at(-1) ?? '')) {
    return { error: hostFailure('malformed', `“${raw}” is neither a host name nor an IPv4 address`) };
  }
  if (isIp && canonical !== host) return { error: hostFailure('malformed', `“${raw}” is not a valid IPv4 address`) };
  if (!labels.every((l) => LABEL.test(l)) || canonical.length > 253) return invalid();
  if (wildcard) {
    if (isIp) return { error: hostFailure('malformed', 'a * cannot stand before an IP address') };
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

/** The pattern to hand the browser: Firefox refuses ports in match patterns, so it gets the whole host. */
export function forBrowser(pattern: string, portless: boolean): string {
  if (!portless) return pattern;
  const parts = parsePattern(pattern);
  return parts ? formatPattern({ ...parts, port: null }) : pattern;
}

/** A page as patterns see it: scheme, host, and the port with the scheme's default filled in. */
interface Page {
  scheme: 'http' | 'https';
  host: string;
  port: number;
}

function pageOf(url: string | URL): Page | undefined {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return undefined;
  }
  const scheme = u.protocol.slice(0, -1);
  if (scheme !== 'http' && scheme !== 'https') return undefined;
  // "https://x:443/" is "https://x/": the URL parser drops a default port, so an empty port is the default.
  return { scheme, host: u.hostname, port: Number(u.port || (scheme === 'https' ? 443 : 80)) };
}

function covers(p: PatternParts, page: Page): boolean {
  if (p.scheme !== '*' && p.scheme !== page.scheme) return false;
  if (p.port !== null && p.port !== page.port) return false;
  if (p.host === '*') return true;
  return p.wildcard ? page.host === p.host || page.host.endsWith(`.${p.host}`) : page.host === p.host;
}

/** Whether a page URL is one a pattern matches. */
export function matchesUrl(pattern: string, url: string | URL): boolean {
  const p = parsePattern(pattern);
  const page = pageOf(url);
  return !!p && !!page && covers(p, page);
}

/** How specific a pattern is: an exact host over a wildcard, then a longer host, an explicit port, a scheme. */
function specificity(p: PatternParts): number {
  return (
    (p.wildcard || p.host === '*' ? 0 : 1_000_000) +
    p.host.length * 100 +
    (p.port === null ? 0 : 10) +
    (p.scheme === '*' ? 0 : 1)
  );
}

/**
 * The host entry that applies to a page: the most specific pattern that matches it; of two as specific, the
 * first (the policy's hosts come before the user's). `*.reseller.example` → Dropsuite and
 * `dpod.reseller.example` → DPOD make dpod.reseller.example a DPOD page.
 */
export function hostEntryForUrl<T extends { pattern: string }>(url: string | URL, hosts: readonly T[]): T | undefined {
  const page = pageOf(url);
  if (!page) return undefined;
  let best: T | undefined;
  let bestScore = -1;
  for (const entry of hosts) {
    const p = parsePattern(entry.pattern);
    if (!p || !covers(p, page)) continue;
    const score = specificity(p);
    if (score > bestScore) {
      best = entry;
      bestScore = score;
    }
  }
  return best;
}
