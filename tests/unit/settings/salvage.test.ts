import { describe, expect, it } from 'vitest';
import { isV0, migrateV0toV1, migrateV1toV2, migrateV2toV3 } from '../../../components/settings/migrations';
import { parsePolicy } from '../../../components/settings/policy-hosts';
import { restoreSettings } from '../../../components/settings/salvage';
import { DEFAULT_SETTINGS, SettingsSchema } from '../../../components/settings/schema';

const valid = {
  products: { dropsuite: true, dpod: false, mxhero: true },
  hosts: [
    { pattern: 'https://dpod.corp.example:8443/*', product: 'dpod' },
    { pattern: '*://*.reseller.example/*', product: 'dropsuite' },
  ],
  notes: [{ product: 'dpod', section: null, label: 'EXECUTION_FAILED', text: 'Page the on-call storage admin.' }],
  deskEntries: [],
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

  it('fills missing parts with defaults, silently: a console or field added since is no repair', () => {
    const { settings, notices } = restoreSettings({ products: { dpod: false } });
    expect(settings).toEqual({
      products: { dropsuite: true, dpod: false, mxhero: true },
      hosts: [],
      notes: [],
      deskEntries: [],
    });
    expect(notices).toEqual([]);
  });

  it('loses only the notes and desk entries that do not validate, and says which and why', () => {
    const entry = { product: 'dpod', section: 'executions', label: 'NEW_CODE', severity: 'error', meaning: 'New.' };
    const { settings, notices } = restoreSettings({
      ...valid,
      notes: [valid.notes[0], { product: 'dpod', label: 'A', text: '' }, 'text', { product: 'exchange', text: 'x' }],
      deskEntries: [entry, { ...entry, meaning: 'Again.' }, { ...entry, label: 'OTHER', severity: 'fatal' }],
    });
    expect(settings.notes).toEqual(valid.notes);
    expect(settings.deskEntries).toEqual([{ ...entry, steps: [] }]);
    expect(notices.map((n) => n.message)).toEqual([
      'Desk note 2 (“A”): the note is empty; it was dropped.',
      'Desk note 3: it is not a desk note or entry; it was dropped.',
      'Desk note 4: its product is missing or not valid; it was dropped.',
      'Desk entry 2 (“NEW_CODE”): the same status is explained above; it was dropped.',
      'Desk entry 3 (“OTHER”): its severity is missing or not valid; it was dropped.',
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

  it('keeps a host saved without a console (v3: the console is recognised from the page), quietly', () => {
    const hosts = [{ pattern: 'http://status.msp.example:8080/*' }, valid.hosts[0]];
    expect(restoreSettings({ ...valid, hosts })).toEqual({ settings: { ...valid, hosts }, notices: [] });
  });

  it('refuses a policy host that names no console: the managed schema requires one', () => {
    const policy = parsePolicy({
      hosts: [{ pattern: 'dpod.corp.example' }, { pattern: 'b.example', product: 'dpod' }],
    });
    expect(policy.hosts).toEqual([{ pattern: 'https://b.example/*', product: 'dpod' }]);
    expect(policy.ignored).toEqual([
      'Policy host 1 (“dpod.corp.example”): nothing is not one of the consoles; it is ignored.',
    ]);
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

describe('migrations (run by @wxt-dev/storage, see store.wxt.test.ts)', () => {
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
      // A bare host string meant http and https in the pre-release: it says so now.
      hosts: [
        { pattern: '*://portal.reseller.example', product: 'dropsuite' },
        { pattern: 'https://backup.msp.example:8443/app', product: 'dropsuite' },
        { pattern: '*://*', product: 'dropsuite' },
      ],
    });
  });

  it('v1 → v2 adds the desk, and takes an unversioned v0 value (read as v1 by the library) through v0 → v1', () => {
    const v1 = { products: valid.products, hosts: valid.hosts };
    expect(migrateV1toV2(v1)).toEqual({ ...v1, notes: [], deskEntries: [] });
    expect(migrateV1toV2(valid)).toEqual(valid);
    expect(migrateV1toV2(v0)).toEqual({ ...(migrateV0toV1(v0) as object), notes: [], deskEntries: [] });
    expect(migrateV1toV2('junk')).toBe('junk');
  });

  it('v2 → v3 changes nothing: every v2 value is a v3 value', () => {
    expect(migrateV2toV3(valid)).toBe(valid);
  });

  it('leaves to the salvage what could not be kept', () => {
    const { settings, notices } = restoreSettings(migrateV1toV2(v0));
    expect(settings.hosts).toEqual([
      { pattern: '*://portal.reseller.example/*', product: 'dropsuite' },
      { pattern: 'https://backup.msp.example:8443/*', product: 'dropsuite' },
    ]);
    expect(notices.map((n) => n.message)).toEqual([
      'Host 3 (“*://*”): that pattern is too broad: it would cover every site; it was dropped.',
    ]);
  });
});
