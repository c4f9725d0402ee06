/** Bad input refused early and told once: migrations on their own shape only, unknown versions, lists by count. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checkDeskEntry, checkDeskNote, DESK_LIMITS } from '../../../components/desk/schema';
import { parseSettingsFile } from '../../../components/settings/file';
import { MAX_HOSTS } from '../../../components/settings/host-match';
import { contentSettingsOf } from '../../../components/settings/in-force';
import {
  isV0,
  MIGRATIONS,
  migrateV0toV1,
  migrateV1toV2,
  UNKNOWN_VERSION,
} from '../../../components/settings/migrations';
import { parsePolicy } from '../../../components/settings/policy-hosts';
import { restoreSettings } from '../../../components/settings/salvage';
import type { Settings } from '../../../components/settings/schema';

const current: Settings = {
  products: { dropsuite: true, dpod: false, mxhero: true },
  hosts: [{ pattern: 'https://dpod.corp.example:8443/*', product: 'dpod' }],
  notes: [{ product: 'dpod', section: null, label: 'EXECUTION_FAILED', text: 'Page the on-call storage admin.' }],
  deskEntries: [
    {
      product: 'dpod',
      section: 'executions',
      label: 'EXECUTION_NEW_VENDOR_CODE',
      severity: 'warning',
      meaning: 'Appeared after the vendor’s last release; the backup ran.',
      steps: [],
    },
  ],
};

const fileOf = (version: unknown, settings: unknown) =>
  JSON.stringify({ app: 'status-lens', kind: 'settings', version, settings });

const note = (i: number) => ({ product: 'dpod', label: `CODE_${i}`, text: `Note ${i}.` });

async function loadStore() {
  vi.resetModules();
  return import('../../../components/settings/store');
}

describe('a migration runs only on data of the shape it migrates', () => {
  it('v0 → v1 leaves anything that is not the pre-release shape as it is', () => {
    expect(migrateV0toV1(current)).toBe(current);
    // No switches, but notes: not the pre-release, which had none.
    const partial = { hosts: [], notes: current.notes };
    expect(isV0(partial)).toBe(false);
    expect(migrateV0toV1(partial)).toBe(partial);
    expect(migrateV1toV2(current)).toEqual(current);
  });

  it('every step in a row keeps current settings whole, whatever version they claim', () => {
    let value: unknown = current;
    for (const step of [MIGRATIONS[0], MIGRATIONS[1], MIGRATIONS[2]]) value = step?.(value);
    expect(restoreSettings(value).settings).toEqual(current);
  });

  it('an import saying "version": 0 over current settings keeps its notes, entries and hosts', async () => {
    fakeBrowser.reset();
    expect(await parseSettingsFile(fileOf(0, current))).toEqual({ ok: true, settings: current });
  });
});

describe('a version Status Lens does not know', () => {
  beforeEach(() => fakeBrowser.reset());

  it('in storage, below v0: read as corrupt, what is valid kept, the user told; saving clears it', async () => {
    await fakeBrowser.storage.local.set({ settings: current, settings$: { v: -3 } });
    const store = await loadStore();
    const { settings, notices } = await store.readSettings();
    expect(settings).toEqual(current);
    expect(notices.map((n) => n.message)).toEqual([
      'The stored settings carry a version Status Lens does not know; each part was checked and what is valid kept.',
    ]);
    await store.saveSettings(settings);
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({ settings: current });
    expect((await store.readSettings()).notices).toEqual([]);
  });

  it('in storage, below v0 and in the pre-release shape: still migrated, and told', async () => {
    await fakeBrowser.storage.local.set({ settings: { hosts: ['portal.msp.example'] }, settings$: { v: -1 } });
    const store = await loadStore();
    const { settings, notices } = await store.readSettings();
    expect(settings.hosts).toEqual([{ pattern: '*://portal.msp.example/*', product: 'dropsuite' }]);
    expect(notices).toHaveLength(1);
  });

  it('in storage, newer than this one: read for what is valid, and told', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...current, theme: 'dark' }, settings$: { v: 7 } });
    const store = await loadStore();
    const { settings, notices } = await store.readSettings();
    expect(settings).toEqual(current);
    expect(notices.map((n) => n.problem)).toEqual([
      'The stored settings come from a newer Status Lens (settings version 7)',
    ]);
  });

  it.each([-3, 1.5])('in a file (%s): refused in one sentence', async (version) => {
    expect(await parseSettingsFile(fileOf(version, current))).toEqual({
      ok: false,
      problems: [`The file's settings version (${version}) is not one Status Lens ever wrote.`],
    });
  });

  it('a file cannot pass the mark off as its own: only storage below v0 sets it', async () => {
    const result = await parseSettingsFile(fileOf(2, { ...current, [UNKNOWN_VERSION]: true }));
    expect(result).toEqual({ ok: true, settings: current });
  });
});

describe('lists over their limit are refused by count, before item checks, in one message', () => {
  it('a 30,000-note file: one problem, at once', async () => {
    const notes = Array.from({ length: 30_000 }, (_, i) => note(i));
    const started = performance.now();
    const result = await parseSettingsFile(fileOf(2, { ...current, notes }));
    expect(performance.now() - started).toBeLessThan(500);
    expect(result).toEqual({
      ok: false,
      problems: ['The desk notes: the list holds 30,000 notes, more than the 200 allowed.'],
    });
  });

  it('stored settings keep everything else, and say so once', () => {
    const deskEntries = Array.from({ length: DESK_LIMITS.entries + 1 }, () => current.deskEntries[0]);
    const { settings, notices } = restoreSettings({ ...current, deskEntries });
    expect(settings).toEqual({ ...current, deskEntries: [] });
    expect(notices.map((n) => n.message)).toEqual([
      'The desk entries: the list holds 201 entries, more than the 200 allowed; it was dropped.',
    ]);
  });

  it('hosts too', () => {
    const hosts = Array.from({ length: MAX_HOSTS + 1 }, (_, i) => ({ pattern: `h${i}.example`, product: 'dpod' }));
    expect(restoreSettings({ ...current, hosts }).notices.map((n) => n.message)).toEqual([
      'The host list holds 201 hosts, more than the 200 allowed; it starts empty.',
    ]);
    expect(restoreSettings({ ...current, hosts: hosts.slice(1) }).settings.hosts).toHaveLength(MAX_HOSTS);
  });

  it('a policy of 100,000 notes is ignored in one sentence, and costs the content script nothing to pass over', () => {
    const notes = Array.from({ length: 100_000 }, (_, i) => note(i));
    const hosts = Array.from({ length: 100_000 }, (_, i) => ({ pattern: `h${i}.example`, product: 'dpod' }));
    expect(parsePolicy({ notes, hosts }).ignored).toEqual([
      'The policy host list holds 100,000 hosts, more than the 200 allowed; it is ignored.',
      'The policy notes: the list holds 100,000 notes, more than the 200 allowed; it is ignored.',
    ]);
    const started = performance.now();
    const settings = contentSettingsOf(current, { notes, hosts, deskEntries: notes });
    expect(performance.now() - started).toBeLessThan(50);
    expect(settings.desk.notes).toHaveLength(1);
    expect(settings.hosts).toHaveLength(1);
  });

  it('the steps of a desk entry', () => {
    const steps = Array.from({ length: 10_000 }, (_, i) => `Step ${i}.`);
    expect(checkDeskEntry({ ...current.deskEntries[0], steps })).toEqual({
      ok: false,
      reason: `more than ${DESK_LIMITS.steps} steps`,
    });
  });
});

describe('desk text refuses invisible characters that change how it reads', () => {
  it.each([
    ['\u202e', 'U+202E'],
    ['\u202a', 'U+202A'],
    ['\u2066', 'U+2066'],
    ['\u2069', 'U+2069'],
    ['\u200e', 'U+200E'],
    ['\u200f', 'U+200F'],
    ['\u061c', 'U+061C'],
  ])('bidirectional control %j', (char, name) => {
    const checked = checkDeskNote({ product: 'dpod', label: null, text: `Call ${char}ACME first.` });
    expect(checked).toEqual({
      ok: false,
      reason: `the note holds a hidden text-direction control (${name}), which can make it read otherwise than it is; remove it`,
    });
  });

  it.each([
    ['\u200b', 'U+200B'],
    ['\u200c', 'U+200C'],
    ['\u200d', 'U+200D'],
    ['\u2060', 'U+2060'],
    ['\ufeff', 'U+FEFF'],
  ])('zero-width character %j, in a label too', (char, name) => {
    const checked = checkDeskEntry({ ...current.deskEntries[0], label: `EXECUTION${char}_FAILED` });
    expect(checked).toEqual({
      ok: false,
      reason: `the status holds a hidden zero-width character (${name}), which can make it read otherwise than it is; remove it`,
    });
  });

  it('keeps right-to-left text itself', () => {
    expect(checkDeskNote({ product: 'dpod', label: null, text: 'اتصل بفريق التخزين' }).ok).toBe(true);
  });
});
