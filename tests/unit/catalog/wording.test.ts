import { describe, expect, it } from 'vitest';
import { CATALOG, type Entry } from '../../../catalog';
import { words } from '../../../catalog/text';
import { DPOD_SEED, DROPSUITE_SEED, MXHERO_SEED, seedText } from './seeds';

/** A run of this many words shared with a seed is a copied sentence. */
const RUN = 6;

/**
 * Names that a sentence may only spell as the seed does: the products', the consoles' menus, pages, tabs,
 * buttons and settings, the documentation's chapters. A shared run made of these names alone is not a copy;
 * a run that holds one among other words still is ("shown on the System Status page").
 */
const NAMES = [
  'End-User Portal',
  'Account Settings',
  'Credentials',
  'System Status',
  'Backups',
  'Migrates',
  'Restores',
  'Downloads',
  'Force Backup',
  'Need Reauthentication',
  'Continue',
  'Re Authenticate',
  'Verify & Continue',
  'Device Authorization',
  'Edit',
  'Manage',
  'Maintenance',
  'Backup',
  'Configurable Parameters and Settings',
  'Maintenance Concepts',
  'Secure Backup',
  'Export Domain',
  'Error Policy',
  'DataPower',
  'DPOD',
  'API Connect',
  'Mail2Cloud',
  'mxHERO',
  'Box',
  'OneDrive',
  'S/MIME',
  'Microsoft',
];

/** The names as word lists, with every status label of the catalog (codes are names too). */
const NAME_WORDS = [...NAMES, ...CATALOG.flatMap((e) => e.labels)]
  .map((name) => words(name.replace(/_/g, ' ')))
  .filter((w) => w.length > 0);

/** For each word of a text, whether it stands inside one of the names. */
function inName(w: string[]): boolean[] {
  const flags = w.map(() => false);
  for (const name of NAME_WORDS) {
    for (let i = 0; i + name.length <= w.length; i++) {
      if (name.every((n, j) => w[i + j] === n)) for (let j = 0; j < name.length; j++) flags[i + j] = true;
    }
  }
  return flags;
}

function sentencesOf(e: Entry): string[] {
  return [
    e.meaning,
    e.cause,
    ...e.steps,
    e.noAction ?? '',
    e.shownAt,
    ...(e.scenarios ?? []).flatMap((s) => [s.situation, ...s.steps]),
    ...(e.generalAdvice ?? []),
  ].filter(Boolean);
}

const seedRuns = new Set<string>();
for (const name of [DROPSUITE_SEED, DPOD_SEED, MXHERO_SEED]) {
  const w = words(seedText(name).replace(/_/g, ' '));
  for (let i = 0; i + RUN <= w.length; i++) seedRuns.add(w.slice(i, i + RUN).join(' '));
}

/** The runs of a sentence that a seed holds too, but for runs made of names alone. */
function copiedRuns(sentence: string): string[] {
  const w = words(sentence.replace(/_/g, ' '));
  const names = inName(w);
  const copied: string[] = [];
  for (let i = 0; i + RUN <= w.length; i++) {
    const run = w.slice(i, i + RUN).join(' ');
    if (seedRuns.has(run) && !names.slice(i, i + RUN).every(Boolean)) copied.push(run);
  }
  return copied;
}

describe('catalog sentences are our own words', () => {
  it.each(CATALOG.map((e) => [e.id, e] as const))(`%s shares no run of ${RUN} words with a seed`, (_id, entry) => {
    for (const sentence of sentencesOf(entry)) expect(copiedRuns(sentence), sentence).toEqual([]);
  });

  it('the check itself catches a copied sentence, and a template around a name', () => {
    expect(copiedRuns('The task will not execute - the device was not available')).not.toEqual([]);
    // Six words, two of them a page's name: still the seed's template.
    expect(copiedRuns('Shown on the System Status page, on the Backups tab.')).toEqual([
      'shown on the system status page',
    ]);
  });

  it('lets a menu path be spelled as the seed spells it', () => {
    // "end user portal account settings credentials": six words of the seed, all of them names.
    expect(copiedRuns('Open End-User Portal › Account Settings › Credentials.')).toEqual([]);
    expect(copiedRuns('Open End-User Portal › System Status › Restores and click Edit.')).toEqual([]);
  });
});
