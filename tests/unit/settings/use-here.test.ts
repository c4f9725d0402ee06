import { describe, expect, it } from 'vitest';
import type { HostEntry } from '../../../components/settings/schema';
import { hostName, hostToUse } from '../../../components/use-here';

describe('Use Status Lens here: the host a tab stands for', () => {
  it('saves the tab’s origin, port included, as the console chosen', () => {
    expect(hostToUse('http://dpod.corp.example:8443/app/executions?x=1#y', 'dpod', [])).toEqual({
      ok: true,
      pattern: 'http://dpod.corp.example:8443/*',
      builtIn: false,
      hosts: [{ pattern: 'http://dpod.corp.example:8443/*', product: 'dpod' }],
    });
  });

  it('saves a host without a console when the page is to tell it', () => {
    const planned = hostToUse('https://backup.reseller.example/status', null, []);
    expect(planned).toMatchObject({ ok: true, hosts: [{ pattern: 'https://backup.reseller.example/*' }] });
    expect(planned.ok && planned.hosts?.[0]).not.toHaveProperty('product');
  });

  it('replaces the console of a host already listed, in its place; keeps the rest', () => {
    const hosts: HostEntry[] = [
      { pattern: 'https://a.example/*', product: 'mxhero' },
      { pattern: 'https://b.example/*', product: 'dropsuite' },
    ];
    expect(hostToUse('https://b.example/x', 'dpod', hosts)).toMatchObject({
      hosts: [hosts[0], { pattern: 'https://b.example/*', product: 'dpod' }],
    });
    expect(hostToUse('https://a.example/x', 'mxhero', hosts)).toMatchObject({ ok: true, hosts: null });
  });

  it('saves nothing on a built-in host: the console is recognised there already', () => {
    expect(hostToUse('https://eu.dropsuite.com/status', 'dropsuite', [])).toMatchObject({
      ok: true,
      builtIn: true,
      hosts: null,
    });
  });

  it('refuses what is not a web page', () => {
    for (const url of ['chrome://extensions/', 'file:///tmp/x.html', 'about:blank', 'not a url']) {
      expect(hostToUse(url, 'dpod', []).ok, url).toBe(false);
    }
  });

  it('names the host as people read it', () => {
    expect(hostName('http://dpod.localhost:8080/*')).toBe('dpod.localhost:8080');
  });
});
