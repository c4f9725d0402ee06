import { describe, expect, it } from 'vitest';
import { forBrowser, hostEntryForUrl, matchesUrl, patternCovers } from '../../../components/settings/host-match';
import {
  displayPattern,
  isGranted,
  originsToRelease,
  parseHostInput,
  validateNewHost,
} from '../../../components/settings/hosts';

describe('parseHostInput accepts what a console address looks like', () => {
  it.each([
    ['dpod.corp.example', 'https://dpod.corp.example/*'],
    ['  DPOD.Corp.Example.  ', 'https://dpod.corp.example/*'],
    ['https://dpod.corp.example:8443', 'https://dpod.corp.example:8443/*'],
    ['https://dpod.corp.example:8443/', 'https://dpod.corp.example:8443/*'],
    ['https://dpod.corp.example:8443/some/path', 'https://dpod.corp.example:8443/*'],
    ['https://dpod.corp.example:8443/#/backup?x=1', 'https://dpod.corp.example:8443/*'],
    ['HTTPS://portal.reseller.example', 'https://portal.reseller.example/*'],
    ['*.reseller.example', 'https://*.reseller.example/*'],
    ['https://*.reseller.example/*', 'https://*.reseller.example/*'],
    ['*://*.reseller.example/*', '*://*.reseller.example/*'],
    ['*.backup.co.uk', 'https://*.backup.co.uk/*'],
    ['*.portal.github.io', 'https://*.portal.github.io/*'],
    ['acme.github.io', 'https://acme.github.io/*'],
    ['http://dpod.corp.example', 'http://dpod.corp.example/*'],
    ['*://dpod.corp.example/*', '*://dpod.corp.example/*'],
    ['http://10.0.0.5:9000', 'http://10.0.0.5:9000/*'],
    ['10.0.0.5', 'https://10.0.0.5/*'],
    ['localhost:3000', 'https://localhost:3000/*'],
    ['http://localhost', 'http://localhost/*'],
    ['dpod:8080', 'https://dpod:8080/*'],
    ['http://dpod.localhost:4173', 'http://dpod.localhost:4173/*'],
    ['https://host.example:*', 'https://host.example/*'],
    ['http://[::1]:8080', 'http://[::1]:8080/*'],
    ['bücher.example', 'https://xn--bcher-kva.example/*'],
    ['https://portal.reseller.example?tab=backups', 'https://portal.reseller.example/*'],
  ])('%s → %s', (input, pattern) => {
    const result = parseHostInput(input);
    expect(result).toMatchObject({ ok: true, pattern });
  });
});

describe('parseHostInput refuses, saying why', () => {
  it.each([
    ['', 'empty', /empty/],
    ['   ', 'empty', /empty/],
    ['*', 'too-broad', /too broad/],
    ['<all_urls>', 'too-broad', /too broad/],
    ['*://*/*', 'too-broad', /every site/],
    ['http://*/*', 'too-broad', /every site/],
    ['https://*', 'too-broad', /every site/],
    ['*.com', 'too-broad', /every site under \.com/],
    ['*.example', 'too-broad', /too broad/],
    ['*.co.uk', 'too-broad', /registered under \.co\.uk/],
    ['https://*.com.au', 'too-broad', /too broad/],
    ['*.localhost', 'too-broad', /too broad/],
    ['*.github.io', 'too-broad', /every site hosted on github\.io/],
    ['https://*.herokuapp.com', 'too-broad', /every site hosted on herokuapp\.com/],
    ['*.azurewebsites.net', 'too-broad', /every site hosted on azurewebsites\.net/],
    ['*://*.blogspot.com/*', 'too-broad', /hosted on blogspot\.com/],
    ['*.kyoto.jp', 'too-broad', /registered under \.kyoto\.jp/],
    ['ftp://files.corp.example', 'scheme', /starting ftp: are not web pages/],
    ['file:///etc/passwd', 'scheme', /file:/],
    ['chrome-extension://abc', 'scheme', /chrome-extension:/],
    ['javascript:alert(1)', 'scheme', /javascript:/],
    ['ws://dpod.corp.example', 'scheme', /ws:/],
    ['http:dpod.corp.example', 'malformed', /lacks \/\//],
    ['https://', 'malformed', /no host/],
    ['https://user:pw@dpod.corp.example', 'malformed', /user name/],
    ['dpod corp example', 'malformed', /spaces/],
    ['dpod.corp.example:0', 'malformed', /port/],
    ['dpod.corp.example:70000', 'malformed', /port/],
    ['dpod.corp.example:', 'malformed', /not a host/],
    ['dpod.*.example', 'malformed', /leftmost/],
    ['*dpod.corp.example', 'malformed', /leftmost/],
    ['**.corp.example', 'malformed', /leftmost/],
    ['*.10.0.0.5', 'malformed', /IP address/],
    ['10.0.0', 'malformed', /not a valid IPv4/],
    ['999.1.1.1', 'malformed', /not a valid host name/],
    ['dpod_corp.example', 'malformed', /not a valid host name/],
    ['-dpod.corp.example', 'malformed', /not a valid host name/],
    ['dpod..corp.example', 'malformed', /not a valid host name/],
    ['http://[zz::1]', 'malformed', /not a host/],
  ])('%j → %s', (input, code, message) => {
    const result = parseHostInput(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe(code);
    expect(result.message).toMatch(message);
    // Every message is a sentence a person can act on.
    expect(result.message).toMatch(/^[A-Z“*a-z0-9].*\.$/);
  });
});

describe('validateNewHost checks against the list', () => {
  const existing = [
    { pattern: 'https://dpod.corp.example:8443/*', product: 'dpod' as const },
    { pattern: '*://*.reseller.example/*', product: 'dropsuite' as const },
  ];
  it('refuses the same pattern, however it is typed', () => {
    const r = validateNewHost('HTTPS://dpod.corp.example:8443/backup', 'dpod', existing);
    expect(r).toMatchObject({ ok: false, code: 'duplicate' });
    if (!r.ok) expect(r.message).toContain('already in the list');
  });
  it('refuses a host already covered for the same console', () => {
    expect(validateNewHost('portal.reseller.example', 'dropsuite', existing)).toMatchObject({
      ok: false,
      code: 'duplicate',
    });
  });
  it('accepts a more specific host for another console', () => {
    expect(validateNewHost('dpod.reseller.example', 'dpod', existing)).toMatchObject({ ok: true });
  });
  it('accepts the same host on another port', () => {
    expect(validateNewHost('https://dpod.corp.example:9443', 'dpod', existing)).toMatchObject({ ok: true });
  });
  it('refuses hosts the extension already covers', () => {
    expect(validateNewHost('eu.dropsuite.com', 'dropsuite', [])).toMatchObject({ ok: false, code: 'built-in' });
    expect(validateNewHost('dropsuite.com', 'dropsuite', [])).toMatchObject({ ok: false, code: 'built-in' });
  });
  it('passes parse errors through', () => {
    expect(validateNewHost('*', 'dpod', existing)).toMatchObject({ ok: false, code: 'too-broad' });
  });
});

describe('patterns', () => {
  it.each([
    ['*://*.reseller.example/*', 'https://portal.reseller.example/*', true],
    ['*://*.reseller.example/*', '*://reseller.example/*', true],
    ['*://*.reseller.example/*', '*://*.eu.reseller.example/*', true],
    ['https://*.reseller.example/*', '*://portal.reseller.example/*', false],
    ['*://portal.reseller.example/*', '*://*.reseller.example/*', false],
    ['https://dpod.corp.example/*', 'https://dpod.corp.example:8443/*', true],
    ['https://dpod.corp.example:8443/*', 'https://dpod.corp.example/*', false],
    ['https://dpod.corp.example:8443/*', 'https://dpod.corp.example:9443/*', false],
    ['http://*/*', 'http://10.0.0.5:9000/*', true],
    ['<all_urls>', 'https://dpod.corp.example:8443/*', true],
    ['http://*.localhost/*', 'http://dpod.localhost:4173/*', true],
    ['http://localhost/*', 'http://dpod.localhost:4173/*', false],
    ['not a pattern', 'http://dpod.localhost/*', false],
  ])('%s covers %s: %s', (outer, inner, expected) => {
    expect(patternCovers(outer, inner)).toBe(expected);
  });

  it('isGranted looks through every granted origin', () => {
    expect(isGranted('https://dpod.corp.example:8443/*', ['https://other.example/*', 'https://*.corp.example/*'])).toBe(
      true,
    );
    expect(isGranted('https://dpod.corp.example:8443/*', [])).toBe(false);
  });

  it('isGranted needs both http and https for a "*://" host, from one origin or two', () => {
    expect(isGranted('*://*.reseller.example/*', ['https://*/*', 'http://*/*'])).toBe(true);
    expect(isGranted('*://*.reseller.example/*', ['*://*.reseller.example/*'])).toBe(true);
    expect(isGranted('*://*.reseller.example/*', ['https://*/*'])).toBe(false);
    expect(isGranted('not a pattern', ['<all_urls>'])).toBe(false);
  });

  it.each([
    ['https://dpod.corp.example:8443/*', 'https://dpod.corp.example:8443/backup', true],
    ['https://dpod.corp.example:8443/*', 'https://dpod.corp.example/backup', false],
    ['https://dpod.corp.example:443/*', 'https://dpod.corp.example/', true],
    ['*://dpod.corp.example/*', 'http://dpod.corp.example:8080/x', true],
    ['*://*.reseller.example/*', 'https://reseller.example/', true],
    ['*://*.reseller.example/*', 'https://evilreseller.example/', false],
    ['https://portal.example/*', 'http://portal.example/', false],
    ['*://portal.example/*', 'ftp://portal.example/', false],
    ['*://portal.example/*', 'not a url', false],
  ])('%s matches %s: %s', (pattern, url, expected) => {
    expect(matchesUrl(pattern, url)).toBe(expected);
  });

  it('hostEntryForUrl picks the most specific entry', () => {
    const hosts = [
      { pattern: '*://*.reseller.example/*', product: 'dropsuite' as const },
      { pattern: '*://dpod.reseller.example/*', product: 'dpod' as const },
    ];
    expect(hostEntryForUrl('https://dpod.reseller.example/x', hosts)?.product).toBe('dpod');
    expect(hostEntryForUrl('https://portal.reseller.example/x', hosts)?.product).toBe('dropsuite');
    expect(hostEntryForUrl('https://elsewhere.example/x', hosts)).toBeUndefined();
  });

  it.each([
    ['*://dpod.corp.example/*', 'dpod.corp.example'],
    ['https://dpod.corp.example:8443/*', 'https://dpod.corp.example:8443'],
    ['*://*.reseller.example/*', '*.reseller.example'],
    ['garbage', 'garbage'],
  ])('displayPattern(%s) = %s', (pattern, shown) => {
    expect(displayPattern(pattern)).toBe(shown);
  });

  it('forBrowser drops the port only where the browser refuses ports', () => {
    expect(forBrowser('https://dpod.corp.example:8443/*', false)).toBe('https://dpod.corp.example:8443/*');
    expect(forBrowser('https://dpod.corp.example:8443/*', true)).toBe('https://dpod.corp.example/*');
  });
});

describe('originsToRelease', () => {
  it('gives back what no remaining host needs', () => {
    expect(originsToRelease(['https://dpod.corp.example:8443/*'], [{ pattern: '*://*.reseller.example/*' }])).toEqual([
      'https://dpod.corp.example:8443/*',
    ]);
  });
  it('keeps a permission that a remaining host lies under or over', () => {
    const remaining = [{ pattern: '*://dpod.reseller.example/*' }];
    expect(originsToRelease(['*://*.reseller.example/*'], remaining)).toEqual([]);
    expect(originsToRelease(['https://dpod.reseller.example/*'], [{ pattern: '*://*.reseller.example/*' }])).toEqual(
      [],
    );
  });
  it('releases the port-less form on browsers without ports, once', () => {
    expect(originsToRelease(['https://a.example:1/*', 'https://a.example:2/*'], [], true)).toEqual([
      'https://a.example/*',
    ]);
  });
});
