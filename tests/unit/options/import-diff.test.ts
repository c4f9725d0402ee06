import { describe, expect, it } from 'vitest';
import type { Settings } from '../../../components/settings/schema';
import { changeCount, diffSettings, losesSomething, mergeSettings } from '../../../entrypoints/options/import-diff';

const current: Settings = {
  products: { dropsuite: true, dpod: true, mxhero: true },
  hosts: [
    { pattern: 'https://a.example/*', product: 'dpod' },
    { pattern: 'https://b.example/*', product: 'dropsuite' },
  ],
  notes: [
    { product: 'dropsuite', section: 'backups', label: 'Space Full', text: 'Call the account manager.' },
    { product: 'dpod', section: null, label: null, text: 'DPOD runs at night.' },
  ],
  deskEntries: [
    { product: 'dpod', section: 'executions', label: 'X_ONE', severity: 'warning', meaning: 'One.', steps: [] },
  ],
};

const file: Settings = {
  products: { dropsuite: true, dpod: false, mxhero: true },
  hosts: [{ pattern: 'https://b.example/*', product: 'dpod' }, { pattern: 'https://c.example/*' }],
  notes: [{ product: 'dropsuite', section: 'backups', label: 'space full', text: 'Ask the reseller first.' }],
  deskEntries: [
    { product: 'dpod', section: 'executions', label: 'X_ONE', severity: 'error', meaning: 'One, worse.', steps: [] },
    { product: 'mxhero', section: null, label: 'NEW_CODE', severity: 'info', meaning: 'New.', steps: [] },
  ],
};

describe('what importing a file changes', () => {
  it('lists, per kind of setting, what Replace adds, replaces and removes', () => {
    const diff = diffSettings(current, file);
    expect(diff.switches).toEqual([{ key: 'dpod', kind: 'replaced', text: 'DPOD: on → off' }]);
    expect(diff.hosts).toEqual([
      { key: 'https://b.example/*', kind: 'replaced', text: 'https://b.example: Dropsuite → DPOD' },
      { key: 'https://c.example/*', kind: 'added', text: 'https://c.example (Console recognised from the page)' },
      { key: 'https://a.example/*', kind: 'removed', text: 'https://a.example (DPOD)' },
    ]);
    // The same status's note with other words is one note replaced, not one added and one removed.
    expect(diff.notes.map((c) => [c.kind, c.text])).toEqual([
      ['replaced', 'space full · Dropsuite › Backups: “Call the account manager.” → “Ask the reseller first.”'],
      ['removed', 'every status · DPOD: “DPOD runs at night.”'],
    ]);
    expect(diff.entries.map((c) => [c.kind, c.text])).toEqual([
      ['replaced', 'X_ONE · DPOD › Backup task executions'],
      ['added', 'NEW_CODE · mxHERO'],
    ]);
    expect(changeCount(diff)).toBe(8);
    expect(losesSomething(diff)).toBe(true);
  });

  it('finds nothing to change in the settings’ own export', () => {
    const diff = diffSettings(current, structuredClone(current));
    expect(changeCount(diff)).toBe(0);
    expect(losesSomething(diff)).toBe(false);
  });

  it('merges: the file’s added to yours, the file’s winning where both have a host or entry, nothing removed', () => {
    const merged = mergeSettings(current, file);
    expect(merged.ok).toBe(true);
    if (!merged.ok) return;
    expect(merged.settings).toEqual({
      products: file.products,
      hosts: [current.hosts[0], file.hosts[0], file.hosts[1]],
      notes: [...current.notes, file.notes[0]],
      deskEntries: file.deskEntries,
    });
    const diff = diffSettings(current, merged.settings);
    expect(changeCount(diff, 'removed')).toBe(0);
    expect(diff.notes.map((c) => c.kind)).toEqual(['added']);
  });

  it('refuses a merge past the desk’s limits, saying why', () => {
    const many = (n: number, prefix: string) =>
      Array.from({ length: n }, (_, i) => ({
        product: 'dpod' as const,
        section: null,
        label: null,
        text: `${prefix} ${i}.`,
      }));
    const merged = mergeSettings({ ...current, notes: many(150, 'Mine') }, { ...file, notes: many(60, 'Theirs') });
    expect(merged).toEqual({ ok: false, problem: 'together there would be 210 notes, more than 200' });
  });
});
