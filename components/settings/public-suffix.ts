import { parse } from 'tldts';

/**
 * Whether a host is itself a public suffix, by the Public Suffix List: one anyone may register a domain under
 * (`co.uk`: ICANN's section) or host a site under (`github.io`, `herokuapp.com`: the private section). A wildcard
 * over either covers strangers' sites. The list is large: only the options page and the background load it, never
 * the content script (which matches hosts and never checks new ones).
 */
export function publicSuffixKind(host: string): 'icann' | 'private' | null {
  const info = parse(host, { allowPrivateDomains: true, extractHostname: false });
  if (info.publicSuffix !== host) return null;
  if (info.isPrivate) return 'private';
  // A name under no listed suffix ("corp") matches the list's default rule, which is no registry's.
  return info.isIcann ? 'icann' : null;
}
