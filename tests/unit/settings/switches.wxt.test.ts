import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { restoreSettings } from '../../../components/settings/salvage';
import { switchesOf } from '../../../components/settings/switches';

// What the content script reads of the settings must be what the options page shows for the same stored value.
const STORED: [string, unknown][] = [
  ['nothing (a fresh install)', null],
  ['current settings', { products: { dropsuite: true, dpod: false, mxhero: true }, hosts: [] }],
  ['a bad switch', { products: { dropsuite: false, dpod: 'yes', mxhero: false }, hosts: [] }],
  ['missing switches', { products: { dpod: false } }],
  ['no switches at all', { hosts: [{ pattern: '*://*.reseller.example/*', product: 'dropsuite' }] }],
  ['switches that are not an object', { products: ['dpod'], hosts: [] }],
  ['a value that is not settings', 'garbage'],
];

describe('the console switches the content script reads', () => {
  it.each(STORED)('match the full settings for %s', (_name, raw) => {
    expect(switchesOf(raw)).toEqual(restoreSettings(raw).settings.products);
  });
});

describe('reading and watching the stored switches (kept for the content script until it takes content.ts)', () => {
  beforeEach(() => fakeBrowser.reset());

  async function load() {
    vi.resetModules();
    return import('../../../components/settings/storage-item');
  }

  it('reads every console on from a fresh install, then what the options page saved, then what policy sets', async () => {
    const item = await load();
    expect(await item.readSwitches()).toEqual({ dropsuite: true, dpod: true, mxhero: true });
    const seen: unknown[] = [];
    const unwatch = item.watchSwitches((switches) => seen.push(switches));
    const store = await import('../../../components/settings/store');
    await store.saveSettings({
      products: { dropsuite: true, dpod: false, mxhero: true },
      hosts: [],
      notes: [],
      deskEntries: [],
    });
    expect(await item.readSwitches()).toEqual({ dropsuite: true, dpod: false, mxhero: true });
    await fakeBrowser.storage.managed.set({ products: { dpod: true, mxhero: false } });
    await item.mirrorPolicy();
    expect(await item.readSwitches()).toEqual({ dropsuite: true, dpod: true, mxhero: false });
    await vi.waitFor(() => expect(seen.at(-1)).toEqual({ dropsuite: true, dpod: true, mxhero: false }));
    unwatch();
  });
});
