import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { CATALOG, dataFileEntries } from '../../../catalog';
import { CONSOLES } from '../../../catalog/consoles';
import type { EntryInput } from '../../../catalog/schema';
import { validateCatalog, validateConsoles } from '../../../catalog/validate';

// zod/mini loads no messages; English ones make a failure below readable. The shipped code never shows them.
z.config(z.locales.en());

/** The issues of a failed parse, as "path: message" lines. */
function issuesOf(result: ReturnType<typeof validateCatalog>): string[] {
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

// The catalog is validated here rather than when the extension loads (catalog/index.ts applies defaults only).
describe('the catalog as shipped', () => {
  const parsed = validateCatalog(CONSOLES.flatMap((c) => dataFileEntries(c.id)));

  it('is valid', () => {
    expect(issuesOf(parsed)).toEqual([]);
    expect(parsed.success).toBe(true);
  });

  it('is at run time what the schema makes of the data files', () => {
    // Catches defaults (menuPaths, facts) or trimming that the run-time code would not apply.
    expect(CATALOG).toStrictEqual(parsed.data);
  });

  it('has valid console definitions, one per folder, ids unique', () => {
    const consoles = validateConsoles(CONSOLES.map(({ page, ...info }) => info));
    expect(consoles.success).toBe(true);
    expect(CONSOLES.length).toBeGreaterThanOrEqual(3);
  });
});

describe('catalog validation catches', () => {
  const base = dataFileEntries('dropsuite')[0] as EntryInput;

  it('a duplicate id', () => {
    const twin: EntryInput = { ...base, labels: ['Something Else'] };
    expect(issuesOf(validateCatalog([base, twin]))).toEqual([`1.id: duplicate id ${base.id}`]);
  });

  it('a label naming two entries of one section', () => {
    // Labels compare folded: case does not matter.
    const shouted = (base.labels[0] ?? '').toUpperCase();
    const other: EntryInput = { ...base, id: `${base.id}-twin`, labels: [shouted] };
    expect(issuesOf(validateCatalog([base, other]))).toEqual([`1.labels: ${shouted} also names ${base.id}`]);
  });

  it('an unknown section', () => {
    const lost: EntryInput = { ...base, id: 'dropsuite.nowhere.lost', section: 'nowhere' };
    expect(issuesOf(validateCatalog([lost]))).toEqual(['0.section: unknown section dropsuite.nowhere']);
  });

  it('a seed typo, a missing full stop and a lower-case start in a sentence', () => {
    const sloppy: EntryInput = {
      ...base,
      meaning: "The mailbox reached it's limit.",
      cause: 'The backup has started and is still copying mail',
      shownAt: 'shown on the Backups tab.',
    };
    expect(issuesOf(validateCatalog([sloppy]))).toEqual([
      '0.meaning: carries a seed typo',
      '0.cause: ends with a full stop',
      '0.shownAt: starts with a capital letter',
    ]);
  });

  it('an entry without steps that does not say nothing is to be done, nor gives general advice', () => {
    const { noAction: _, ...silent } = base;
    expect(issuesOf(validateCatalog([{ ...silent, steps: [] }]))).toEqual([
      '0.noAction: an entry without steps says that nothing is to be done, or gives general advice',
    ]);
    const advised: EntryInput = { ...silent, steps: [], generalAdvice: ['Check the device by hand.'] };
    expect(issuesOf(validateCatalog([advised]))).toEqual([]);
  });

  it('an entry without a source, and a source of the wrong shape', () => {
    expect(issuesOf(validateCatalog([{ ...base, sources: [] }]))).toEqual([
      '0.sources: Too small: expected array to have >=1 items',
    ]);
    const loose = [
      {
        kind: 'doc',
        publisher: 'IBM DPOD documentation',
        title: 'Backup Plan',
        url: 'http://www.ibm.com/docs/en/dpod/1.0.23?topic=backup-plan',
      },
      { kind: 'seed', file: 'somewhere-else.txt', row: 'Retrying' },
      { kind: 'blog', title: 'A post', url: 'https://example.com/' },
    ];
    const issues = issuesOf(validateCatalog([{ ...base, sources: loose }]));
    expect(issues.map((i) => i.split(':')[0])).toEqual(['0.sources.0.url', '0.sources.1.file', '0.sources.2.kind']);
  });

  it('an id outside its product and section', () => {
    const misplaced: EntryInput = { ...base, id: 'dropsuite.restores.in-progress' };
    expect(issuesOf(validateCatalog([misplaced]))).toEqual(['0.id: id must start with dropsuite.backups.']);
  });
});
