/** The one host matcher: the same hosts, written any documented way, mean the same page everywhere. */
import { describe, expect, it } from 'vitest';
import { hostEntryForUrl, MAX_HOSTS, normaliseHostInput } from '../../../components/settings/host-match';
import { parseHostInput } from '../../../components/settings/hosts';
import { contentSettingsOf, declaredHosts } from '../../../components/settings/in-force';
import { parsePolicy } from '../../../components/settings/policy-hosts';
import { declaredConsole } from '../../../entrypoints/content/engine/recognise';

describe('the most specific host wins', () => {
  it('whatever the order: a host over its wildcard, a longer wildcard over a shorter', () => {
    const wildcard = { pattern: 'https://*.reseller.example/*', product: 'dropsuite' as const };
    const exact = { pattern: 'https://dpod.reseller.example/*', product: 'dpod' as const };
    const deeper = { pattern: 'https://*.eu.reseller.example/*', product: 'mxhero' as const };
    for (const hosts of [
      [wildcard, exact, deeper],
      [deeper, exact, wildcard],
    ]) {
      expect(hostEntryForUrl('https://dpod.reseller.example/x', hosts)).toBe(exact);
      expect(hostEntryForUrl('https://mail.eu.reseller.example/x', hosts)).toBe(deeper);
      expect(hostEntryForUrl('https://backup.reseller.example/x', hosts)).toBe(wildcard);
      expect(hostEntryForUrl('https://elsewhere.example/x', hosts)).toBeUndefined();
    }
  });

  it('an explicit port over any port, a scheme over both; of two as specific, the first (the policy’s)', () => {
    const anyPort = { pattern: 'https://dpod.corp.example/*', product: 'dropsuite' as const };
    const port = { pattern: 'https://dpod.corp.example:8443/*', product: 'dpod' as const };
    expect(hostEntryForUrl('https://dpod.corp.example:8443/', [anyPort, port])).toBe(port);
    expect(hostEntryForUrl('https://dpod.corp.example/', [anyPort, port])).toBe(anyPort);
    const both = { pattern: '*://dpod.corp.example/*', product: 'dropsuite' as const };
    const https = { pattern: 'https://dpod.corp.example/*', product: 'dpod' as const };
    expect(hostEntryForUrl('https://dpod.corp.example/', [both, https])).toBe(https);
    const again = { ...https, product: 'mxhero' as const };
    expect(hostEntryForUrl('https://dpod.corp.example/', [https, again])).toBe(https);
  });

  it('understands default ports: https://x:443 is https://x', () => {
    const hosts = [{ pattern: 'https://dpod.corp.example:443/*', product: 'dpod' as const }];
    expect(hostEntryForUrl('https://dpod.corp.example/ui', hosts)?.product).toBe('dpod');
    expect(hostEntryForUrl('https://dpod.corp.example:443/ui', hosts)?.product).toBe('dpod');
    expect(hostEntryForUrl('http://dpod.corp.example:443/ui', hosts)).toBeUndefined();
    expect(hostEntryForUrl('https://dpod.corp.example:8443/ui', hosts)).toBeUndefined();
    const http = [{ pattern: 'http://dpod.corp.example:80/*', product: 'dpod' as const }];
    expect(hostEntryForUrl('http://dpod.corp.example/', http)?.product).toBe('dpod');
    // An accepted https://x:443 host is stored with its port, and matches the page the browser shows as https://x/.
    const typed = normaliseHostInput('https://dpod.corp.example:443');
    expect(typed.ok && hostEntryForUrl('https://dpod.corp.example/', [{ pattern: typed.pattern }])).toBeTruthy();
  });

  it('matches nothing on a URL that is not an http(s) page', () => {
    const hosts = [{ pattern: '*://dpod.corp.example/*', product: 'dpod' as const }];
    expect(hostEntryForUrl('ftp://dpod.corp.example/', hosts)).toBeUndefined();
    expect(hostEntryForUrl('not a url', hosts)).toBeUndefined();
  });
});

describe('a bare host means https', () => {
  it('unless http:// is written; a stored *:// pattern of earlier versions still means both', () => {
    expect(normaliseHostInput('dpod.corp.example')).toMatchObject({ pattern: 'https://dpod.corp.example/*' });
    expect(normaliseHostInput('http://dpod.corp.example')).toMatchObject({ pattern: 'http://dpod.corp.example/*' });
    const stored = '*://*.reseller.example/*';
    expect(normaliseHostInput(stored)).toMatchObject({ ok: true, pattern: stored });
    expect(parseHostInput(stored)).toMatchObject({ ok: true, pattern: stored });
    const hosts = declaredHosts([{ pattern: stored, product: 'dropsuite' }]);
    expect(declaredConsole(hosts, 'http://portal.reseller.example/')).toBe('dropsuite');
    expect(declaredConsole(hosts, 'https://portal.reseller.example/')).toBe('dropsuite');
  });
});

describe('policy hosts in every form the README documents are declared consoles', () => {
  // README, "For administrators": the hosts table and the example policy.
  it.each([
    ['dpod.corp.example', 'https://dpod.corp.example/ui', 'https://dpod.corp.example/*'],
    ['https://dpod.corp.example:8443', 'https://dpod.corp.example:8443/ui', 'https://dpod.corp.example:8443/*'],
    ['https://dpod.corp.example:8443/', 'https://dpod.corp.example:8443/ui', 'https://dpod.corp.example:8443/*'],
    ['*.reseller.example', 'https://portal.reseller.example/', 'https://*.reseller.example/*'],
    ['*.backup.reseller.example', 'https://eu.backup.reseller.example/x', 'https://*.backup.reseller.example/*'],
    ['https://dpod.corp.example:8443/*', 'https://dpod.corp.example:8443/', 'https://dpod.corp.example:8443/*'],
    ['http://dpod.corp.example:9000', 'http://dpod.corp.example:9000/', 'http://dpod.corp.example:9000/*'],
  ])('%s → on %s, as %s', (written, page, pattern) => {
    const managed = { hosts: [{ pattern: written, product: 'dpod' }] };
    const content = contentSettingsOf(null, managed);
    expect(content.hosts).toEqual([{ pattern, product: 'dpod' }]);
    expect(declaredConsole(content.hosts, page)).toBe('dpod');
    // The background (registrations) and the options page read the same pattern.
    expect(parsePolicy(managed).hosts).toEqual([{ pattern, product: 'dpod' }]);
  });

  it('the policy’s and the user’s hosts in one form: the more specific wins, whoever declared it', () => {
    const managed = { hosts: [{ pattern: '*.reseller.example', product: 'dropsuite' }] };
    const stored = { hosts: [{ pattern: 'https://dpod.reseller.example/*', product: 'dpod' }] };
    const { hosts } = contentSettingsOf(stored, managed);
    expect(declaredConsole(hosts, 'https://dpod.reseller.example/')).toBe('dpod');
    expect(declaredConsole(hosts, 'https://portal.reseller.example/')).toBe('dropsuite');
  });

  it('passes over what does not parse, and a list longer than any accepted, before parsing it', () => {
    expect(
      declaredHosts([
        { pattern: '*', product: 'dpod' },
        { pattern: 'ftp://x.example', product: 'dpod' },
        { pattern: 'x.example', product: 'exchange' },
        { pattern: 'x.example', product: 'dpod' },
      ]),
    ).toEqual([{ pattern: 'https://x.example/*', product: 'dpod' }]);
    const many = Array.from({ length: MAX_HOSTS + 1 }, (_, i) => ({ pattern: `h${i}.example`, product: 'dpod' }));
    expect(declaredHosts(many)).toEqual([]);
    expect(declaredHosts(many.slice(0, MAX_HOSTS))).toHaveLength(MAX_HOSTS);
  });
});
