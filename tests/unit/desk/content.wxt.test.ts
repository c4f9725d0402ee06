import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ContentSettings } from '../../../components/settings/content';

// The storage item is defined (and its migrations run) when imported: import it afresh per test.
async function load() {
  vi.resetModules();
  return import('../../../components/settings/content');
}

const mine = {
  products: { dropsuite: true, dpod: false, mxhero: true },
  hosts: [],
  notes: [{ product: 'dpod', section: null, label: 'SUCCESS', text: 'Mine.' }],
  deskEntries: [],
};

describe('the copy of the policy the content script reads', () => {
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

describe('watchContentSettings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('calls back once with the defaults on a fresh install', async () => {
    const { watchContentSettings } = await load();
    const seen: ContentSettings[] = [];
    const unwatch = watchContentSettings((s) => seen.push(s));
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    // A change after the first read is the next call: nothing came between them.
    await fakeBrowser.storage.local.set({ settings: mine });
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    expect(seen[0]).toEqual({
      switches: { dropsuite: true, dpod: true, mxhero: true },
      desk: { notes: [], entries: [] },
      hosts: [],
    });
    expect(seen[1]?.switches.dpod).toBe(false);
    unwatch();
  });

  it('merges the policy over the user’s own, and follows both', async () => {
    await fakeBrowser.storage.local.set({ settings: mine, settings$: { v: 2 } });
    await fakeBrowser.storage.managed.set({
      products: { mxhero: false },
      notes: [{ product: 'dpod', label: 'SUCCESS', text: 'From the organisation.' }],
    });
    const { mirrorPolicy } = await import('../../../components/settings/storage-item');
    await mirrorPolicy();
    const { watchContentSettings } = await load();
    const seen: ContentSettings[] = [];
    const unwatch = watchContentSettings((s) => seen.push(s));
    await vi.waitFor(() => expect(seen.at(-1)?.switches).toEqual({ dropsuite: true, dpod: false, mxhero: false }));
    expect(seen.at(-1)?.desk.notes.map((n) => [n.text, n.origin])).toEqual([
      ['From the organisation.', 'policy'],
      ['Mine.', 'user'],
    ]);

    // What the background does when the browser changes the policy.
    await fakeBrowser.storage.managed.set({ products: { dpod: true } });
    await (await import('../../../components/settings/storage-item')).mirrorPolicy();
    await vi.waitFor(() => expect(seen.at(-1)?.switches).toEqual({ dropsuite: true, dpod: true, mxhero: true }));

    await fakeBrowser.storage.local.set({ settings: { ...mine, notes: [] } });
    await vi.waitFor(() => expect(seen.at(-1)?.desk.notes.map((n) => n.origin)).toEqual(['policy']));
    unwatch();
    const calls = seen.length;
    // Another watcher, told of the next change: the first one would have been told by then, had it still watched.
    const after: ContentSettings[] = [];
    const unwatchAfter = watchContentSettings((s) => after.push(s));
    await vi.waitFor(() => expect(after).toHaveLength(1));
    await fakeBrowser.storage.local.set({ settings: mine });
    await vi.waitFor(() => expect(after).toHaveLength(2));
    expect(seen).toHaveLength(calls);
    unwatchAfter();
  });

  it('starts watching before it reads: a change made while it reads is not lost', async () => {
    const { watchContentSettings } = await load();
    const seen: ContentSettings[] = [];
    const unwatch = watchContentSettings((s) => seen.push(s));
    // Written before the first read has answered.
    void fakeBrowser.storage.local.set({ settings: mine });
    await vi.waitFor(() => expect(seen.at(-1)?.switches.dpod).toBe(false));
    expect(seen.every((s) => s.switches.dpod === false)).toBe(true);
    unwatch();
  });

  it('leaves out what does not validate, never throwing', async () => {
    await fakeBrowser.storage.local.set({
      settings: { products: 'junk', notes: [{ product: 'dpod', text: '<i>x</i>' }, 7], deskEntries: 'no' },
    });
    await fakeBrowser.storage.local.set({ policy: { products: { dpod: 'no' }, notes: 'x' } });
    const { watchContentSettings } = await load();
    const seen: ContentSettings[] = [];
    const unwatch = watchContentSettings((s) => seen.push(s));
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect(seen[0]).toEqual({
      switches: { dropsuite: true, dpod: true, mxhero: true },
      desk: { notes: [], entries: [] },
      hosts: [],
    });
    unwatch();
  });

  it('declares the hosts of the policy and the user, the policy first, passing over malformed ones', async () => {
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
    const { watchContentSettings } = await load();
    const seen: ContentSettings[] = [];
    const unwatch = watchContentSettings((s) => seen.push(s));
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect(seen[0]?.hosts).toEqual([
      { pattern: 'https://dpod.corp.example/*', product: 'dpod' },
      { pattern: 'https://reseller.example/*', product: 'dropsuite' },
    ]);
    unwatch();
  });

  it('only reads: a value the background has not migrated yet is left to it, and the migrated one followed', async () => {
    // v0, the pre-release shape, as a browser updated from it holds it until the background starts.
    const v0 = { hosts: ['backup.reseller.example'], disabled: ['dpod'] };
    await fakeBrowser.storage.local.set({ settings: v0 });
    const { watchContentSettings } = await load();
    const seen: ContentSettings[] = [];
    const unwatch = watchContentSettings((s) => seen.push(s));
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ settings: v0 });
    // The background migrates (storage-item.ts defines the item and runs its migrations).
    const { settingsItem } = await import('../../../components/settings/storage-item');
    await settingsItem.migrate();
    await vi.waitFor(() => expect(seen.at(-1)?.switches).toEqual({ dropsuite: true, dpod: false, mxhero: true }));
    expect(seen.at(-1)?.hosts).toEqual([{ pattern: 'backup.reseller.example', product: 'dropsuite' }]);
    unwatch();
  });
});
