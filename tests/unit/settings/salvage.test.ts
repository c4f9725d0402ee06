import { describe, expect, it } from 'vitest';
import { isV0, migrate, migrateV0toV1 } from '../../../components/settings/migrations';
import { restoreSettings } from '../../../components/settings/salvage';
import { DEFAULT_SETTINGS, SettingsSchema } from '../../../components/settings/schema';

const valid = {
  products: { dropsuite: true, dpod: false, mxhero: true },
  hosts: [
    { pattern: 'https://dpod.corp.example:8443/*', product: 'dpod' },
    { pattern: '*://*.reseller.example/*', product: 'dropsuite' },
  ],
};

describe('restoreSettings', () => {
  it('keeps valid settings as they are, without notices', () => {
    expect(restoreSettings(valid)).toEqual({ settings: valid, notices: [] });
  });

  it('reads nothing stored (a fresh install) as the defaults, quietly', () => {
    expect(restoreSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, notices: [] });
    expect(restoreSettings(null)).toEqual({ settings: DEFAULT_SETTINGS, notices: [] });
  });

  it.each([
    ['a string', 'garbage', /not readable \(the text “garbage”\)/],
    ['a number', 42, /not readable \(the number 42\)/],
    ['a list of objects', [{ a: 1 }], /not readable \(a list\)/],
  ])('reads %s as the defaults and says so', (_name, raw, message) => {
    const { settings, notices } = restoreSettings(raw);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(notices).toHaveLength(1);
    expect(notices[0]?.message).toMatch(message);
    expect(notices[0]?.message).toMatch(/defaults are in use\.$/);
  });

  it('loses only a switch that is not a boolean', () => {
    const { settings, notices } = restoreSettings({
      ...valid,
      products: { dropsuite: false, dpod: 'yes', mxhero: false },
    });
    expect(settings.products).toEqual({ dropsuite: false, dpod: true, mxhero: false });
    expect(settings.hosts).toEqual(valid.hosts);
    expect(notices.map((n) => n.message)).toEqual([
      'The DPOD switch holds the text “yes” instead of on or off; it is on.',
    ]);
  });

  it('fills missing parts with defaults and says which', () => {
    const { settings, notices } = restoreSettings({ products: { dpod: false } });
    expect(settings).toEqual({ products: { dropsuite: true, dpod: false, mxhero: true }, hosts: [] });
    expect(notices.map((n) => n.message)).toEqual([
      'The Dropsuite switch is missing; it is on.',
      'The mxHERO switch is missing; it is on.',
      'The host list is missing; it starts empty.',
    ]);
  });

  it('loses only the bad hosts, and says which and why', () => {
    const { settings, notices } = restoreSettings({
      products: valid.products,
      hosts: [
        { pattern: '*', product: 'dpod' },
        valid.hosts[0],
        'portal.reseller.example',
        { pattern: 'ftp://files.example', product: 'dropsuite' },
        { pattern: 'portal.reseller.example', product: 'exchange' },
        { product: 'dpod' },
        { pattern: 'HTTPS://DPOD.CORP.EXAMPLE:8443/backup', product: 'dpod' },
        { pattern: 'portal.reseller.example', product: 'dropsuite' },
      ],
    });
    expect(settings.hosts).toEqual([
      { pattern: 'https://dpod.corp.example:8443/*', product: 'dpod' },
      { pattern: '*://portal.reseller.example/*', product: 'dropsuite' },
    ]);
    expect(notices.map((n) => n.message)).toEqual([
      'Host 1 (“*”): that pattern is too broad: it would cover every site; it was dropped.',
      'Host 3: the text “portal.reseller.example” is not a host entry; it was dropped.',
      'Host 4 (“ftp://files.example”): addresses starting ftp: are not web pages; it was dropped.',
      'Host 5 (“portal.reseller.example”): the text “exchange” is not one of the consoles; it was dropped.',
      'Host 6: it has no host pattern; it was dropped.',
      'Host 7 (“HTTPS://DPOD.CORP.EXAMPLE:8443/backup”): https://dpod.corp.example:8443 is already in the list; it was dropped.',
    ]);
    expect(notices.every((n) => n.kind === 'repaired')).toBe(true);
  });

  it('drops a host list that is not a list', () => {
    const { settings, notices } = restoreSettings({ products: valid.products, hosts: { a: 1 } });
    expect(settings.hosts).toEqual([]);
    expect(notices[0]?.message).toBe('The host list is not readable (an object); it starts empty.');
  });

  it('ignores fields it does not know (a newer version may add some)', () => {
    expect(restoreSettings({ ...valid, theme: 'dark' })).toEqual({ settings: valid, notices: [] });
  });

  it('always returns settings the schema accepts', () => {
    const junk: unknown[] = [0, '', [], {}, { products: null, hosts: null }, { products: [], hosts: 'x' }, true];
    for (const raw of junk) expect(SettingsSchema.safeParse(restoreSettings(raw).settings).success).toBe(true);
  });
});

describe('migration from v0, the pre-release flat list of host strings', () => {
  const v0 = { hosts: ['portal.reseller.example', 'https://backup.msp.example:8443/app', '*'], disabled: ['mxhero'] };

  it('recognises v0 by its form', () => {
    expect(isV0(v0)).toBe(true);
    expect(isV0({ hosts: [] })).toBe(true);
    expect(isV0(valid)).toBe(false);
    expect(isV0({ products: {}, hosts: ['a.example'] })).toBe(false);
    expect(isV0('junk')).toBe(false);
  });

  it('turns host strings into Dropsuite entries and disabled products into switches', () => {
    expect(migrateV0toV1(v0)).toEqual({
      products: { dropsuite: true, dpod: true, mxhero: false },
      hosts: [
        { pattern: 'portal.reseller.example', product: 'dropsuite' },
        { pattern: 'https://backup.msp.example:8443/app', product: 'dropsuite' },
        { pattern: '*', product: 'dropsuite' },
      ],
    });
    expect(migrate(v0, 0, 1)).toEqual(migrateV0toV1(v0));
    expect(migrate(valid, 1, 1)).toBe(valid);
  });

  it('is applied when reading, with the upgrade told and what could not be kept reported', () => {
    const { settings, notices } = restoreSettings(v0);
    expect(settings).toEqual({
      products: { dropsuite: true, dpod: true, mxhero: false },
      hosts: [
        { pattern: '*://portal.reseller.example/*', product: 'dropsuite' },
        { pattern: 'https://backup.msp.example:8443/*', product: 'dropsuite' },
      ],
    });
    expect(notices.map((n) => n.kind)).toEqual(['upgraded', 'repaired']);
    expect(notices[1]?.message).toMatch(/^Host 3 \(“\*”\): that pattern is too broad/);
  });

  it('is applied to a value that claims version 0 whatever its form', () => {
    expect(restoreSettings({ hosts: ['portal.reseller.example'] }, 0).settings.hosts).toHaveLength(1);
  });
});
