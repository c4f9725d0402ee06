/** Which console a page is: a declared host settles it; elsewhere the page itself is judged. */
import { describe, expect, it } from 'vitest';
import { declaredConsole, recognise } from '../../../../entrypoints/content/engine/recognise';
import { ALL_ON } from '../support/consoles';
import { pageOf } from '../support/dom';

describe('declared console hosts', () => {
  it('make the page that console whatever it shows, and nothing when that console is off', () => {
    const { doc } = pageOf('<p>A portal with no sign of its vendor</p>');
    const hosts = [{ pattern: 'https://backup.msp.example/*', product: 'dropsuite' as const }];
    const declared = declaredConsole(hosts, 'https://backup.msp.example/status');
    expect(declared).toBe('dropsuite');
    expect(recognise(doc, ALL_ON, declared)?.id).toBe('dropsuite');
    expect(recognise(doc, { ...ALL_ON, dropsuite: false }, declared)).toBeNull();
    expect(recognise(doc, ALL_ON, null)).toBeNull();
  });
});

describe('recognition by the page', () => {
  it('takes a console named in the title, unless it is switched off', () => {
    const { doc } = pageOf('<!doctype html><title>IBM DataPower Operations Dashboard</title><p>Backups</p>');
    expect(recognise(doc, ALL_ON, null)?.id).toBe('dpod');
    expect(recognise(doc, { ...ALL_ON, dpod: false }, null)).toBeNull();
  });
});
