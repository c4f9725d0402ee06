import { describe, expect, it } from 'vitest';
import { exportSettingsFile, parseSettingsFile } from '../../../components/settings/file';
import type { Settings } from '../../../components/settings/schema';

const settings: Settings = {
  products: { dropsuite: true, dpod: false, mxhero: true },
  hosts: [{ pattern: 'https://dpod.corp.example:8443/*', product: 'dpod' }],
};

describe('settings file', () => {
  it('round-trips what it exports', () => {
    const text = exportSettingsFile(settings, new Date('2025-01-02T03:04:05Z'));
    expect(JSON.parse(text)).toEqual({
      app: 'status-lens',
      kind: 'settings',
      version: 1,
      exportedAt: '2025-01-02T03:04:05.000Z',
      settings,
    });
    expect(parseSettingsFile(text)).toEqual({ ok: true, settings });
  });

  it('normalises hosts typed by hand at a support desk', () => {
    const file = {
      app: 'status-lens',
      kind: 'settings',
      version: 1,
      settings: { ...settings, hosts: [{ pattern: 'portal.msp.example', product: 'dropsuite' }] },
    };
    expect(parseSettingsFile(JSON.stringify(file))).toEqual({
      ok: true,
      settings: { ...settings, hosts: [{ pattern: '*://portal.msp.example/*', product: 'dropsuite' }] },
    });
  });

  it('upgrades a file of an older version', () => {
    const file = { app: 'status-lens', kind: 'settings', version: 0, settings: { hosts: ['portal.msp.example'] } };
    const result = parseSettingsFile(JSON.stringify(file));
    expect(result).toMatchObject({ ok: true, settings: { hosts: [{ product: 'dropsuite' }] } });
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
  ])('refuses %s', (_name, text, problem) => {
    const result = parseSettingsFile(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatch(problem);
  });

  it('refuses a file with any bad part, listing every problem', () => {
    const bad = {
      products: { dropsuite: 'on', dpod: true, mxhero: true },
      hosts: [{ pattern: '*.com', product: 'dpod' }, settings.hosts[0], { pattern: 'x.example', product: 'exchange' }],
    };
    const result = parseSettingsFile(
      JSON.stringify({ app: 'status-lens', kind: 'settings', version: 1, settings: bad }),
    );
    expect(result).toEqual({
      ok: false,
      problems: [
        'The Dropsuite switch holds the text “on” instead of on or off.',
        'Host 1 (“*.com”): that pattern is too broad: *.com covers every site under .com.',
        'Host 3 (“x.example”): the text “exchange” is not one of the consoles.',
      ],
    });
  });
});
