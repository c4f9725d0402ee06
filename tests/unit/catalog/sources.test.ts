import { describe, expect, it } from 'vitest';
import { CATALOG, type Entry, lookup, SEED_DOCUMENTS } from '../../../catalog';
import { SEED_FILES } from '../../../catalog/sources';
import { foldLabel } from '../../../catalog/text';
import { DPOD_SEED, DROPSUITE_SEED, dpodRows, dropsuiteRows, MXHERO_SEED, seedRowText } from './seeds';

/**
 * The pages of the vendors' public documentation that were read for the catalog, by title. A citation of any
 * other page, or of one of these at another address, fails: a source must be one somebody read.
 */
const READ_PAGES: Record<string, string> = {
  'Backup Plan': 'https://www.ibm.com/docs/en/dpod/1.0.23?topic=backup-plan',
  'Backup Execution (Tasks)': 'https://montier.atlassian.net/wiki/x/YZF0tAM',
  'Backup Activity': 'https://montier.atlassian.net/wiki/spaces/DPOD010021x/pages/16139751214/Backup+Activity',
  'Maintenance Concepts': 'https://montier.atlassian.net/wiki/spaces/DPOD010805/pages/275939382/Maintenance+Concepts',
  'Appliance Backup REST API':
    'https://montier.atlassian.net/wiki/spaces/DPOD010805/pages/275940020/Appliance+Backup+REST+API',
};

const seedSources = (e: Entry) => e.sources.filter((s) => s.kind === 'seed');

/** The entry's claims: every text but the general advice, which is marked as not from a source. */
function claims(e: Entry): string[] {
  return [
    e.meaning,
    e.cause,
    ...e.steps,
    e.noAction ?? '',
    e.shownAt,
    ...(e.scenarios ?? []).flatMap((s) => [s.situation, ...s.steps]),
  ].filter(Boolean);
}

/** Numbers of an entry that no seed row it cites holds, each with where it stands. */
function unsupportedNumbers(e: Entry): string[] {
  const cited = seedSources(e)
    .map((s) => seedRowText(s.file, s.row) ?? '')
    .join('\n');
  // Whole numbers only: the 2 of Mail2Cloud is a name, not a number.
  const holds = (n: string) => new RegExp(`(?<![\\w.])${n}(?!\\w|\\.\\d)`).test(cited);
  const numbers = [
    ...e.facts.map((f) => [String(f.value), `fact "${f.label}"`] as const),
    ...claims(e).flatMap((text) =>
      (text.match(/(?<![\w.])\d+(?:\.\d+)?(?!\w|\.\d)/g) ?? []).map((n) => [n, `"${text}"`] as const),
    ),
  ];
  return numbers.filter(([n]) => !holds(n)).map(([n, where]) => `${n} in ${where}`);
}

describe('every entry names its sources', () => {
  it.each(CATALOG.map((e) => [e.id, e] as const))('%s', (_id, e) => {
    expect(e.sources.length).toBeGreaterThan(0);
    // Each entry stands on a row of a seed, whatever pages it cites besides.
    expect(seedSources(e).length).toBeGreaterThan(0);
    for (const source of e.sources) {
      if (source.kind === 'seed') {
        expect(seedRowText(source.file, source.row), `${source.file}: ${source.row}`).toBeDefined();
      } else {
        expect(READ_PAGES[source.title], `unread page ${source.title}`).toBe(source.url);
        expect(source.publisher).toBe('IBM DPOD documentation');
      }
    }
    expect(new Set(e.sources.map((s) => JSON.stringify(s))).size, 'a source cited twice').toBe(e.sources.length);
  });

  it('names each seed as a reader would, linking only the vendors’ own pages', () => {
    expect(Object.keys(SEED_DOCUMENTS).sort()).toEqual([...SEED_FILES].sort());
    expect(SEED_DOCUMENTS[DROPSUITE_SEED].url).toBeUndefined();
    for (const file of [DPOD_SEED, MXHERO_SEED] as const) expect(SEED_DOCUMENTS[file].url).toMatch(/^https:\/\//);
  });
});

describe('every entry cites the seed row of its own status', () => {
  const cites = (e: Entry | undefined, file: string, row: string) =>
    !!e?.sources.some((s) => s.kind === 'seed' && s.file === file && s.row === row);

  it.each(dropsuiteRows().rows.map((r) => [r.section, r.labels.join('/'), r] as const))(
    'Dropsuite %s › %s',
    (section, cell) => {
      const headings: Record<string, string> = {
        backups: 'Backup Errors & Statuses',
        migrates: 'Migration Errors & Statuses',
        restores: 'Restore Errors & Statuses',
        downloads: 'Downloading Errors & Statuses',
      };
      const entry = lookup('dropsuite', section, cell.split('/')[0] ?? '');
      expect(cites(entry, DROPSUITE_SEED, `${headings[section]} › ${cell}`), entry?.id).toBe(true);
    },
  );

  it('Dropsuite Need Reauthentication', () => {
    const entry = lookup('dropsuite', 'dashboard', 'Need Reauthentication');
    expect(cites(entry, DROPSUITE_SEED, '"Need Reauthentication" Errors')).toBe(true);
  });

  it.each(dpodRows().map((codes) => [codes.join(' ')] as const))('DPOD %s', (row) => {
    for (const code of row.split(' ')) expect(cites(lookup('dpod', undefined, code), DPOD_SEED, row), code).toBe(true);
  });

  it('mxHERO, each code', () => {
    for (const e of CATALOG.filter((x) => x.product === 'mxhero')) {
      expect(cites(e, MXHERO_SEED, e.labels[0] ?? ''), e.id).toBe(true);
    }
  });

  it('a row cited as an entry’s own holds its labels', () => {
    for (const e of CATALOG.filter((x) => x.product !== 'dropsuite')) {
      const own = seedSources(e).filter((s) => e.labels.some((l) => s.row.split(' ').includes(l)));
      expect(own.length, e.id).toBeGreaterThan(0);
    }
  });
});

describe('every number comes from a seed row the entry cites', () => {
  it.each(CATALOG.map((e) => [e.id, e] as const))('%s', (_id, e) => {
    expect(unsupportedNumbers(e)).toEqual([]);
  });

  it('the check finds a number the cited row does not hold', () => {
    const retrying = lookup('dropsuite', 'migrates', 'Retrying');
    expect(retrying).toBeDefined();
    if (!retrying) return;
    // 25 is in the Migrates row; 30 minutes is told under Backups only.
    expect(unsupportedNumbers(retrying)).toEqual([]);
    const borrowed: Entry = {
      ...retrying,
      steps: [...retrying.steps, 'It reconnects every 30 minutes.'],
      facts: [...retrying.facts, { label: 'Reconnects every', value: 30, unit: 'minutes' }],
    };
    expect(unsupportedNumbers(borrowed)).toEqual([
      '30 in fact "Reconnects every"',
      '30 in "It reconnects every 30 minutes."',
    ]);
    // The same number is fine once the row that tells it is cited.
    const cited: Entry = {
      ...borrowed,
      sources: [
        ...borrowed.sources,
        { kind: 'seed', file: DROPSUITE_SEED, row: 'Backup Errors & Statuses › Retrying' },
      ],
    };
    expect(unsupportedNumbers(cited)).toEqual([]);
  });

  it('the seed rows read are the rows themselves, not the whole document', () => {
    expect(seedRowText(DROPSUITE_SEED, 'Migration Errors & Statuses › Retrying')).toMatch(/25 times/);
    expect(seedRowText(DROPSUITE_SEED, 'Migration Errors & Statuses › Retrying')).not.toMatch(/30 minutes/);
    expect(seedRowText(DROPSUITE_SEED, 'Downloading Errors & Statuses › Retrying')).not.toMatch(/25/);
    expect(seedRowText(DROPSUITE_SEED, 'Important Mentions')).toMatch(/Migration ID/);
    expect(seedRowText(DROPSUITE_SEED, 'Migration Errors & Statuses › Nonexistent')).toBeUndefined();
    expect(seedRowText(DPOD_SEED, 'EXECUTION_FAILED_LONG_RUNNING')).toMatch(/60 minutes/);
    expect(seedRowText(DPOD_SEED, 'EXECUTION_UNQUIESCE_STARTED')).toBeUndefined();
    expect(seedRowText(MXHERO_SEED, 'smime_error')).toMatch(/sign\/encrypt\/verify/);
    expect(seedRowText(MXHERO_SEED, 'Understanding Error Levels')).toMatch(/requires immediate action/);
  });
});

describe('general advice is kept apart', () => {
  it('never repeats a step, and stands only where the vendor gives no step for it', () => {
    for (const e of CATALOG) {
      const steps = new Set(e.steps.map(foldLabel));
      for (const advice of e.generalAdvice ?? [])
        expect(steps.has(foldLabel(advice)), `${e.id}: ${advice}`).toBe(false);
    }
  });

  it('removes the claims no source supports', () => {
    const text = JSON.stringify(CATALOG.map(({ generalAdvice: _, ...claimed }) => claimed));
    for (const claim of [
      /API Connect’s own tools/,
      /mistyped, or the devices it named were renamed/,
      /usually behind other tasks/,
      /IBM support/,
      /mxHERO support/,
      /by a cleanup/,
      /a limited number of times/,
    ]) {
      expect(text).not.toMatch(claim);
    }
  });
});
