import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { restoreSettings } from '../../../components/settings/salvage';
import { switchesOf } from '../../../components/settings/switches';

// What the content script reads of the settings must be what the options page shows for the same stored value.
const STORED: [string, unknown, number?][] = [
  ['nothing (a fresh install)', null],
  ['current settings', { products: { dropsuite: true, dpod: false, mxhero: true }, hosts: [] }],
  ['a bad switch', { products: { dropsuite: false, dpod: 'yes', mxhero: false }, hosts: [] }],
  ['missing switches', { products: { dpod: false } }],
  ['no switches at all', { hosts: [{ pattern: '*://*.reseller.example/*', product: 'dropsuite' }] }],
  ['switches that are not an object', { products: ['dpod'], hosts: [] }],
  ['a value that is not settings', 'garbage'],
  ['the v0 pre-release shape, by its form', { hosts: ['portal.reseller.example'], disabled: ['mxhero', 'dpod'] }],
  ['a v0 value stamped v1 by the storage library', { hosts: [], disabled: ['dropsuite'] }, 1],
];

describe('the console switches the content script reads', () => {
  it.each(STORED)('match the full settings for %s', (_name, raw, version) => {
    expect(switchesOf(raw, version)).toEqual(restoreSettings(raw, version).settings.products);
  });

  it('turn off what the v0 pre-release had disabled', () => {
    expect(switchesOf({ hosts: [], disabled: ['mxhero'] })).toEqual({ dropsuite: true, dpod: true, mxhero: false });
  });
});

describe('reading and watching the stored switches', () => {
  beforeEach(() => fakeBrowser.reset());

  async function load() {
    const { vi } = await import('vitest');
    vi.resetModules();
    return import('../../../components/settings/storage-item');
  }

  it('reads every console on from a fresh install, then what the options page saved', async () => {
    const item = await load();
    expect(await item.readSwitches()).toEqual({ dropsuite: true, dpod: true, mxhero: true });
    const seen: unknown[] = [];
    const unwatch = item.watchSwitches((switches) => seen.push(switches));
    const store = await import('../../../components/settings/store');
    await store.saveSettings({ products: { dropsuite: true, dpod: false, mxhero: true }, hosts: [] });
    expect(await item.readSwitches()).toEqual({ dropsuite: true, dpod: false, mxhero: true });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen).toEqual([{ dropsuite: true, dpod: false, mxhero: true }]);
    unwatch();
  });
});
