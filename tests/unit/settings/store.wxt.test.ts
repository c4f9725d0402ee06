import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, type Settings } from '../../../components/settings/schema';

// The store defines its storage item on first use and keeps it (its migrations run then): import it afresh per test.
async function loadStore() {
  const { vi } = await import('vitest');
  vi.resetModules();
  return import('../../../components/settings/store');
}

const mine: Settings = {
  products: { dropsuite: false, dpod: true, mxhero: true },
  hosts: [{ pattern: '*://*.reseller.example/*', product: 'dropsuite' }],
  notes: [{ product: 'dropsuite', section: 'backups', label: 'Space Full', text: 'Call the account manager first.' }],
  deskEntries: [],
};

describe('settings store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('gives the defaults on a fresh install, without notices', async () => {
    const store = await loadStore();
    expect(await store.readSettings()).toEqual({ settings: DEFAULT_SETTINGS, notices: [] });
  });

  it('saves with the version stamped, and reads back', async () => {
    const store = await loadStore();
    await store.saveSettings(mine);
    expect(await fakeBrowser.storage.local.get(['settings', 'settings$'])).toEqual({
      settings: mine,
      settings$: { v: 3 },
    });
    expect(await store.getSettings()).toEqual(mine);
  });

  it('refuses to save invalid settings', async () => {
    const store = await loadStore();
    await expect(store.saveSettings({ ...mine, hosts: [{ pattern: '*', product: 'dpod' }] })).rejects.toThrow();
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({});
  });

  it('salvages data corrupted by hand, never throwing', async () => {
    await fakeBrowser.storage.local.set({
      settings: {
        products: { dropsuite: 'no', dpod: false },
        hosts: [{ pattern: '<all_urls>', product: 'dpod' }, mine.hosts[0]],
      },
    });
    const store = await loadStore();
    const { settings, notices } = await store.readSettings();
    expect(settings).toEqual({
      products: { dropsuite: true, dpod: false, mxhero: true },
      hosts: mine.hosts,
      notes: [],
      deskEntries: [],
    });
    // The bad switch and the bad host; the missing switch and lists are no repair.
    expect(notices).toHaveLength(2);
  });

  it.each([
    ['unversioned v0 data (which the library reads as v1)', { settings: { hosts: ['portal.reseller.example'] } }],
    ['a value stamped v0', { settings: { hosts: ['portal.reseller.example'] }, settings$: { v: 0 } }],
    [
      'a v1 value',
      {
        settings: {
          products: DEFAULT_SETTINGS.products,
          hosts: [{ pattern: 'portal.reseller.example', product: 'dropsuite' }],
        },
        settings$: { v: 1 },
      },
    ],
  ])('migrates %s through @wxt-dev/storage, in storage, without a notice', async (_name, stored) => {
    await fakeBrowser.storage.local.set(stored);
    const store = await loadStore();
    expect(await store.readSettings()).toEqual({
      settings: {
        products: DEFAULT_SETTINGS.products,
        hosts: [{ pattern: '*://portal.reseller.example/*', product: 'dropsuite' }],
        notes: [],
        deskEntries: [],
      },
      notices: [],
    });
    const after = await fakeBrowser.storage.local.get(['settings', 'settings$']);
    expect(after.settings$).toEqual({ v: 3 });
    expect(after.settings).toMatchObject({ notes: [], deskEntries: [] });
  });

  it('survives junk version metadata', async () => {
    await fakeBrowser.storage.local.set({ settings: mine, settings$: 'junk' });
    const store = await loadStore();
    expect(await store.getSettings()).toEqual(mine);
  });

  it('tells watchers about every change, salvaged', async () => {
    const store = await loadStore();
    const seen: Settings[] = [];
    const unwatch = store.watchSettings((s) => seen.push(s));
    await store.saveSettings(mine);
    await fakeBrowser.storage.local.set({ settings: 'junk' });
    unwatch();
    await store.saveSettings(DEFAULT_SETTINGS);
    expect(seen).toEqual([mine, DEFAULT_SETTINGS]);
  });
});
