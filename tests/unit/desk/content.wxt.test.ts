import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ContentSettings } from '../../../components/settings/content';
import { ALL_ON } from '../content/support/consoles';

// The storage item is defined on first use and kept (its migrations run then): import it afresh per test.
async function load() {
  vi.resetModules();
  const [content, inForce, item] = await Promise.all([
    import('../../../components/settings/content'),
    import('../../../components/settings/in-force'),
    import('../../../components/settings/storage-item'),
  ]);
  return { ...content, ...inForce, ...item };
}

const mine = {
  products: { dropsuite: true, dpod: false, mxhero: true },
  hosts: [],
  notes: [{ product: 'dpod', section: null, label: 'SUCCESS', text: 'Mine.' }],
  deskEntries: [],
};

/** Watches the settings in force as a content script does, keeping every value it is called back with. */
function watching(watch: (cb: (s: ContentSettings) => void) => () => void) {
  const seen: ContentSettings[] = [];
  const unwatch = watch((s) => seen.push(s));
  return { seen, unwatch, last: () => seen.at(-1) };
}

describe('the copy of the policy the background keeps', () => {
  beforeEach(() => fakeBrowser.reset());

  it('follows managed storage, written only when it changed', async () => {
    const item = await import('../../../components/settings/storage-item');
    await item.mirrorPolicy();
    expect(await fakeBrowser.storage.local.get('policy')).toEqual({});
    await fakeBrowser.storage.managed.set({ products: { dpod: false } });
    await item.mirrorPolicy();
    expect(await item.readPolicyCopy()).toEqual({ products: { dpod: false } });
    await fakeBrowser.storage.managed.clear();
    await item.mirrorPolicy();
    expect(await item.readPolicyCopy()).toEqual({});
  });
});

describe('the settings in force, as the background publishes them and a content script reads them', () => {
  beforeEach(() => fakeBrowser.reset());

  it('are the defaults on a fresh install, before the background has published anything', async () => {
    const { watchContentSettings } = await load();
    const w = watching(watchContentSettings);
    await vi.waitFor(() => expect(w.seen.length).toBe(1));
    expect(w.last()).toEqual({
      switches: ALL_ON,
      desk: { notes: [], entries: [] },
      hosts: [],
    });
    w.unwatch();
  });

  it('merge the policy over the user’s own, and follow both', async () => {
    await fakeBrowser.storage.local.set({ settings: mine, settings$: { v: 2 } });
    await fakeBrowser.storage.managed.set({
      products: { mxhero: false },
      notes: [{ product: 'dpod', label: 'SUCCESS', text: 'From the organisation.' }],
    });
    const { watchContentSettings, mirrorPolicy, publishSettingsInForce } = await load();
    await mirrorPolicy();
    await publishSettingsInForce();
    const w = watching(watchContentSettings);
    await vi.waitFor(() => expect(w.last()?.switches).toEqual({ dropsuite: true, dpod: false, mxhero: false }));
    expect(w.last()?.desk.notes.map((n) => [n.text, n.origin])).toEqual([
      ['From the organisation.', 'policy'],
      ['Mine.', 'user'],
    ]);

    // What the background does when the browser changes the policy.
    await fakeBrowser.storage.managed.set({ products: { dpod: true } });
    await mirrorPolicy();
    await publishSettingsInForce();
    await vi.waitFor(() => expect(w.last()?.switches).toEqual(ALL_ON));

    await fakeBrowser.storage.local.set({ settings: { ...mine, notes: [] } });
    await publishSettingsInForce();
    await vi.waitFor(() => expect(w.last()?.desk.notes.map((n) => n.origin)).toEqual(['policy']));
    w.unwatch();
    const count = w.seen.length;
    await fakeBrowser.storage.local.set({ settings: mine });
    await publishSettingsInForce();
    expect(w.seen.length).toBe(count);
  });

  it('start watching before reading: a change published while it reads is not lost', async () => {
    await fakeBrowser.storage.local.set({ settings: mine });
    const { watchContentSettings, publishSettingsInForce } = await load();
    const w = watching(watchContentSettings);
    // Published before the first read has answered.
    const published = publishSettingsInForce();
    await published;
    await vi.waitFor(() => expect(w.last()?.switches.dpod).toBe(false));
    w.unwatch();
  });

  it('leave out what does not validate, never throwing', async () => {
    await fakeBrowser.storage.local.set({
      settings: { products: 'junk', notes: [{ product: 'dpod', text: '<i>x</i>' }, 7], deskEntries: 'no' },
    });
    await fakeBrowser.storage.local.set({ policy: { products: { dpod: 'no' }, notes: 'x' } });
    const { watchContentSettings, publishSettingsInForce } = await load();
    await publishSettingsInForce();
    const w = watching(watchContentSettings);
    await vi.waitFor(() => expect(w.seen.length).toBe(1));
    expect(w.last()).toEqual({
      switches: ALL_ON,
      desk: { notes: [], entries: [] },
      hosts: [],
    });
    w.unwatch();
  });

  it('declare the hosts of the policy and the user, the policy first, passing over malformed ones', async () => {
    await fakeBrowser.storage.local.set({
      settings: {
        products: {},
        hosts: [
          { pattern: 'https://reseller.example/*', product: 'dropsuite' },
          { pattern: 7 },
          { pattern: 'x', product: 'none' },
        ],
      },
    });
    await fakeBrowser.storage.local.set({
      policy: { hosts: [{ pattern: 'https://dpod.corp.example/*', product: 'dpod' }] },
    });
    const { watchContentSettings, publishSettingsInForce } = await load();
    await publishSettingsInForce();
    const w = watching(watchContentSettings);
    await vi.waitFor(() =>
      expect(w.last()?.hosts).toEqual([
        { pattern: 'https://dpod.corp.example/*', product: 'dpod' },
        { pattern: 'https://reseller.example/*', product: 'dropsuite' },
      ]),
    );
    w.unwatch();
  });

  it('are published from the migrated settings: a pre-release value reaches the page in the current shape', async () => {
    // v0, the pre-release shape, as a browser updated from it holds it until the background starts.
    const v0 = { hosts: ['backup.reseller.example'], disabled: ['dpod'] };
    await fakeBrowser.storage.local.set({ settings: v0 });
    const { watchContentSettings, publishSettingsInForce } = await load();
    await publishSettingsInForce();
    const w = watching(watchContentSettings);
    await vi.waitFor(() => expect(w.last()?.switches).toEqual({ dropsuite: true, dpod: false, mxhero: true }));
    // The pre-release's bare host meant http and https, and still does, in the stored pattern form.
    expect(w.last()?.hosts).toEqual([{ pattern: '*://backup.reseller.example/*', product: 'dropsuite' }]);
    w.unwatch();
  });

  it('read by a page ignore a record of the wrong shape, keeping what has the right one', async () => {
    await fakeBrowser.storage.local.set({
      'in-force': {
        switches: { dpod: false, mxhero: 'off' },
        hosts: [{ pattern: 'https://dpod.corp.example/*', product: 'dpod' }, 'junk'],
        desk: {
          notes: [{ product: 'dpod', section: null, label: null, text: 'Kept.', origin: 'user' }, {}],
          entries: 3,
        },
      },
    });
    const { watchContentSettings } = await load();
    const w = watching(watchContentSettings);
    await vi.waitFor(() => expect(w.seen.length).toBe(1));
    expect(w.last()).toEqual({
      switches: { dropsuite: true, dpod: false, mxhero: true },
      hosts: [{ pattern: 'https://dpod.corp.example/*', product: 'dpod' }],
      desk: { notes: [{ product: 'dpod', section: null, label: null, text: 'Kept.', origin: 'user' }], entries: [] },
    });
    w.unwatch();
  });
});
