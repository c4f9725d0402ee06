import { describe, expect, it } from 'vitest';
import { CATALOG, entriesForLabel, lookup } from '../../../catalog';
import { type DropsuiteRow, dpodRows, dropsuiteRows, mxheroRows } from './seeds';

const byProduct = (p: string) => CATALOG.filter((e) => e.product === p);

describe('the seeds are read as expected', () => {
  it('finds the rows the documents hold', () => {
    const { rows, scenarios } = dropsuiteRows();
    expect(rows.filter((r) => r.section === 'backups')).toHaveLength(8);
    expect(rows.filter((r) => r.section === 'migrates')).toHaveLength(10);
    expect(rows.filter((r) => r.section === 'restores')).toHaveLength(10);
    expect(rows.filter((r) => r.section === 'downloads')).toHaveLength(7);
    expect(scenarios).toHaveLength(3);
    expect(dpodRows()).toHaveLength(40);
    expect(dpodRows().flat()).toHaveLength(53);
    expect(mxheroRows()).toHaveLength(15);
  });
});

/**
 * The texts a Dropsuite status cell names. "In Progress/Running" gives two names of one status; "Completed/Link"
 * gives one status shown with a download link: "Link" is no status, so the cell as written names it instead, and a
 * page cell reading "Link" alone is not taken for one.
 */
const NOT_A_STATUS = new Set(['Link']);
function statusNames(row: DropsuiteRow): string[] {
  const names = row.labels.filter((l) => !NOT_A_STATUS.has(l));
  return names.length < row.labels.length ? [...names, row.cell] : names;
}
/** A label as compared with a seed cell: case and the spaces around "/" do not matter. */
const cellKey = (label: string) => label.toLowerCase().replace(/\s*\/\s*/g, '/');

describe('Dropsuite is complete by construction', () => {
  const { rows } = dropsuiteRows();
  it.each(rows.map((r) => [r.section, r.cell, r] as const))('%s › %s has its own entry', (section, _c, row) => {
    const entries = statusNames(row).map((label) => lookup('dropsuite', section, label));
    expect(entries[0], `${section} ${row.labels[0]}`).toBeDefined();
    // Alternatives the seed gives in one cell are aliases of one entry.
    for (const e of entries) expect(e?.id).toBe(entries[0]?.id);
  });

  it('has no entry without a source row', () => {
    const known = new Set(rows.flatMap((r) => statusNames(r).map((l) => `${r.section}|${cellKey(l)}`)));
    for (const e of byProduct('dropsuite').filter((x) => x.section !== 'dashboard')) {
      for (const label of e.labels) expect(known, `${e.id} ${label}`).toContain(`${e.section}|${cellKey(label)}`);
    }
    expect(byProduct('dropsuite')).toHaveLength(rows.length + 1);
  });

  it('takes "Link" for a status nowhere, and the seed’s "Completed/Link" for Downloads’ Completed', () => {
    expect(entriesForLabel('dropsuite', 'Link')).toEqual([]);
    for (const cell of ['Completed/Link', 'completed / link', 'Completed']) {
      expect(lookup('dropsuite', 'downloads', cell)?.id, cell).toBe('dropsuite.downloads.completed');
    }
    expect(lookup('dropsuite', 'backups', 'Completed/Link')).toBeUndefined();
  });

  it('explains Need Reauthentication with its three scenarios and their buttons', () => {
    const entry = lookup('dropsuite', 'dashboard', 'Need Reauthentication');
    expect(entry?.scenarios).toHaveLength(dropsuiteRows().scenarios.length);
    expect(entry?.scenarios?.map((s) => s.button)).toEqual(['Continue', 'Re Authenticate', 'Verify & Continue']);
    expect(entry?.menuPaths).toContainEqual(['End-User Portal', 'Account Settings', 'Credentials']);
  });

  it('keeps a label in two sections as two entries with their own words', () => {
    const failed = entriesForLabel('dropsuite', 'Failed');
    expect(failed.map((e) => e.section).sort()).toEqual(['downloads', 'migrates', 'restores']);
    expect(new Set(failed.map((e) => e.meaning)).size).toBe(3);
    expect(lookup('dropsuite', undefined, 'Failed')).toBeUndefined();
  });
});

describe('DPOD is complete by construction', () => {
  // A row of several codes gives one explanation with every code matchable, except that a code ending a task
  // in failure (the unquiesce after an error) is not explained with the codes of a task under way.
  const onError = (code: string) => code.includes('_ON_ERROR_');
  it.each(dpodRows().map((codes) => [codes.join(' '), codes] as const))('%s', (_name, codes) => {
    for (const group of [codes.filter((c) => !onError(c)), codes.filter(onError)].filter((g) => g.length > 0)) {
      const entry = lookup('dpod', undefined, group[0] ?? '');
      expect(entry, group[0]).toBeDefined();
      expect([...(entry?.labels ?? [])].sort()).toEqual([...group].sort());
    }
  });

  it('has no entry without a source row', () => {
    const codes = new Set(dpodRows().flat());
    const entries = byProduct('dpod');
    for (const e of entries) for (const label of e.labels) expect(codes, `${e.id} ${label}`).toContain(label);
    expect(entries.flatMap((e) => e.labels).sort()).toEqual([...codes].sort());
    const split = dpodRows().filter((row) => row.some(onError)).length;
    expect(entries).toHaveLength(dpodRows().length + split);
  });
});

describe('mxHERO is complete by construction', () => {
  it.each(mxheroRows().map((r) => [r.code, r] as const))('%s', (_c, row) => {
    const entry = lookup('mxhero', undefined, row.code);
    expect(entry?.labels).toEqual([row.code]);
    expect(entry?.notification).toEqual({ module: row.module, type: row.type, level: row.level });
  });

  it('has no entry without a source row', () => {
    expect(byProduct('mxhero')).toHaveLength(mxheroRows().length);
  });
});
