import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { exportSettingsFile, parseSettingsFile } from '../../../components/settings/file';
import type { Settings } from '../../../components/settings/schema';

const settings: Settings = {
  products: { dropsuite: true, dpod: false, mxhero: true },
  hosts: [{ pattern: 'https://dpod.corp.example:8443/*', product: 'dpod' }],
  notes: [{ product: 'dropsuite', section: 'backups', label: 'Space Full', text: 'Call the account manager first.' }],
  deskEntries: [
    {
      product: 'dpod',
      section: 'executions',
      label: 'EXECUTION_NEW_VENDOR_CODE',
      severity: 'warning',
      meaning: 'Appeared after the vendor’s last release; the backup ran.',
      steps: ['Check the next run.'],
    },
  ],
};

describe('settings file', () => {
  beforeEach(() => fakeBrowser.reset());

  it('round-trips what it exports, notes and desk entries included', async () => {
    const text = exportSettingsFile(settings, new Date('2025-01-02T03:04:05Z'));
    expect(JSON.parse(text)).toEqual({
      app: 'status-lens',
      kind: 'settings',
      version: 3,
      exportedAt: '2025-01-02T03:04:05.000Z',
      settings,
    });
    expect(await parseSettingsFile(text)).toEqual({ ok: true, settings });
  });

  it('normalises hosts typed by hand at a support desk: a bare host means https', async () => {
    const file = {
      app: 'status-lens',
      kind: 'settings',
      version: 2,
      settings: { ...settings, hosts: [{ pattern: 'portal.msp.example', product: 'dropsuite' }] },
    };
    expect(await parseSettingsFile(JSON.stringify(file))).toEqual({
      ok: true,
      settings: { ...settings, hosts: [{ pattern: 'https://portal.msp.example/*', product: 'dropsuite' }] },
    });
  });

  it('upgrades a file of the pre-release (v0) through the storage migrations', async () => {
    const file = { app: 'status-lens', kind: 'settings', version: 0, settings: { hosts: ['portal.msp.example'] } };
    const result = await parseSettingsFile(JSON.stringify(file));
    expect(result).toMatchObject({ ok: true, settings: { hosts: [{ product: 'dropsuite' }], notes: [] } });
    // The staging value is gone.
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('imports a v1 file, which knew neither notes nor a console added since, without a word', async () => {
    const v1 = {
      app: 'status-lens',
      kind: 'settings',
      version: 1,
      settings: { products: { dropsuite: false, dpod: true }, hosts: settings.hosts },
    };
    expect(await parseSettingsFile(JSON.stringify(v1))).toEqual({
      ok: true,
      settings: {
        products: { dropsuite: false, dpod: true, mxhero: true },
        hosts: settings.hosts,
        notes: [],
        deskEntries: [],
      },
    });
  });

  it.each([
    ['not JSON', '{"app": ', /^The file is not JSON/],
    ['another JSON file', '{"name": "package"}', /not a Status Lens settings file/],
    ['a list', '[1, 2]', /not a Status Lens settings file/],
    [
      'a newer version',
      JSON.stringify({ app: 'status-lens', kind: 'settings', version: 9, settings }),
      /newer Status Lens/,
    ],
    ['no settings', JSON.stringify({ app: 'status-lens', kind: 'settings', version: 1 }), /holds no settings/],
  ])('refuses %s', async (_name, text, problem) => {
    const result = await parseSettingsFile(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatch(problem);
  });

  it('refuses a file with any bad part, listing every problem', async () => {
    const bad = {
      products: { dropsuite: 'on', dpod: true, mxhero: true },
      hosts: [{ pattern: '*.com', product: 'dpod' }, settings.hosts[0], { pattern: 'x.example', product: 'exchange' }],
      notes: [
        { product: 'dpod', label: 'X', text: '<b>bold</b>' },
        { product: 'dpod', label: 'Y', text: 'x'.repeat(501) },
      ],
      deskEntries: [{ product: 'dpod', section: 'migrates', label: 'Z', severity: 'error', meaning: 'Something.' }],
    };
    const result = await parseSettingsFile(
      JSON.stringify({ app: 'status-lens', kind: 'settings', version: 2, settings: bad }),
    );
    expect(result).toEqual({
      ok: false,
      problems: [
        'The Dropsuite switch holds the text “on” instead of on or off.',
        'Host 1 (“*.com”): that pattern is too broad: *.com covers every site under .com.',
        'Host 3 (“x.example”): the text “exchange” is not one of the consoles.',
        'Desk note 1 (“X”): the note holds markup; desk text is plain text.',
        'Desk note 2 (“Y”): the note is longer than 500 characters.',
        'Desk entry 1 (“Z”): the section is not one of the console’s sections.',
      ],
    });
  });
});
