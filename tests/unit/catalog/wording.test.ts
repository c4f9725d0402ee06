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

/**
 * A run of the seeds within one word of a run of ours: the same words but one changed, one added or one left out.
 * Kept as keys: the run itself; the run with each word in turn replaced by "*" (one changed); the runs of RUN - 1
 * words (ours with one word more); and each run of RUN + 1 words with one word left out (ours with one word less).
 */
const WILD = '*';
const seedRuns = new Set<string>();
const seedShortRuns = new Set<string>();
const seedAlteredRuns = new Set<string>();
/** The words with the one at i replaced by the wildcard, or left out. */
const replaced = (w: string[], i: number) => [...w.slice(0, i), WILD, ...w.slice(i + 1)].join(' ');
const without = (w: string[], i: number) => [...w.slice(0, i), ...w.slice(i + 1)].join(' ');
for (const name of [DROPSUITE_SEED, DPOD_SEED, MXHERO_SEED]) {
  const w = words(seedText(name).replace(/_/g, ' '));
  for (let i = 0; i + RUN - 1 <= w.length; i++) {
    const short = w.slice(i, i + RUN - 1);
    seedShortRuns.add(short.join(' '));
    if (i + RUN <= w.length) {
      const run = w.slice(i, i + RUN);
      seedRuns.add(run.join(' '));
      for (let j = 0; j < RUN; j++) seedAlteredRuns.add(replaced(run, j));
    }
    if (i + RUN + 1 <= w.length) {
      const long = w.slice(i, i + RUN + 1);
      for (let j = 0; j < RUN + 1; j++) seedAlteredRuns.add(without(long, j));
    }
  }
}

/**
 * Whether a run of RUN words is a seed's run, or within one word of one, with words that are not names among those it
 * shares with the seed (`names`: for each word of the run, whether it stands in a name). A run whose shared words
 * are names alone is a name spelled as the seed spells it, whatever word stands beside it.
 */
function nearSeed(run: string[], names: boolean[]): boolean {
  const sharesWords = (edited?: number) => names.some((isName, j) => j !== edited && !isName);
  const key = run.join(' ');
  // The same run, or ours with one word less than a seed's.
  if ((seedRuns.has(key) || seedAlteredRuns.has(key)) && sharesWords()) return true;
  for (let j = 0; j < run.length; j++) {
    // One word changed, or ours with one word more.
    if (seedAlteredRuns.has(replaced(run, j)) && sharesWords(j)) return true;
    if (seedShortRuns.has(without(run, j)) && sharesWords(j)) return true;
  }
  return false;
}

/** The runs of a sentence that a seed holds too, or nearly (one word apart), but for runs of names alone. */
function copiedRuns(sentence: string): string[] {
  const w = words(sentence.replace(/_/g, ' '));
  const names = inName(w);
  const copied: string[] = [];
  for (let i = 0; i + RUN <= w.length; i++) {
    if (nearSeed(w.slice(i, i + RUN), names.slice(i, i + RUN))) copied.push(w.slice(i, i + RUN).join(' '));
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
    expect(copiedRuns('Shown on the System Status page, on the Backups tab.')).toContain(
      'shown on the system status page',
    );
  });

  it('the check catches a run with one word changed, added or left out', () => {
    // The seed: "There is a connection issue with the mail server."
    expect(copiedRuns('There is a connection problem with the mail server.')).not.toEqual([]);
    // The seed: "The storage credentials/token (e.g., Box, OneDrive) lost access or became invalid."
    expect(copiedRuns('The storage credentials or token lost their access, or became invalid.')).not.toEqual([]);
    // The seed: "The status will change automatically within a few hours."
    expect(copiedRuns('The status will change automatically in a few hours.')).not.toEqual([]);
    // Two words apart from any run of the seeds is our own wording.
    expect(copiedRuns('Something is wrong with the connection to the mail server.')).toEqual([]);
  });

  it('lets a menu path be spelled as the seed spells it', () => {
    // "end user portal account settings credentials": six words of the seed, all of them names.
    expect(copiedRuns('Open End-User Portal › Account Settings › Credentials.')).toEqual([]);
    expect(copiedRuns('Open End-User Portal › System Status › Restores and click Edit.')).toEqual([]);
  });
});

/*
 * A meaning that only restates its label tells nothing the label did not: "The device reported that its Secure Backup
 * failed" under EXECUTION_SECURE_BACKUP_UNSUCCESSFUL. A meaning must say at least MEANING_WORDS things beyond it.
 */
const MEANING_WORDS = 3;
/** Words that carry no claim. */
const FILLER = new Set(
  'a an and are as at be been but by for from has had have in into is it its of on or so that the their then there this to was were while with now yet right still s'.split(
    ' ',
  ),
);
/** Words for what a product, a section or any job is: saying them restates where the status stands. */
const PLACE = new Set(
  'task dpod backup migration migrate restore download job status mxhero mail2cloud notification'.split(' '),
);
/** Words that say what a label's word says. */
const SAME_AS = [
  'unsuccessful failed failure fail error exception fault',
  'completed complete finished finish done success successful successfully succeeded ended end over',
  'started start running run began begun executing execution progress under way',
  'cancelled canceled cancel stopped called off',
  'waiting wait queued queue pending hold',
  'not no never nothing',
].map((group) => group.split(' ').map(stem));

/** A word without its commonest endings: "quiesced", "quiesces" and "quiesce" are one word here. */
function stem(word: string): string {
  return word.length > 4 ? word.replace(/(ing|ed|es|s|d)$/, '') : word;
}

/** The words of a meaning beyond its labels, the words that say the same, and the words of its place. */
function beyondLabel(e: Entry): string[] {
  const said = new Set(e.labels.flatMap((l) => words(l.replace(/_/g, ' ')).map(stem)));
  for (const group of SAME_AS) if (group.some((w) => said.has(w))) for (const w of group) said.add(w);
  return words(e.meaning)
    .filter((w) => !FILLER.has(w))
    .map(stem)
    .filter((w) => !said.has(w) && !PLACE.has(w));
}

describe('no meaning only restates its label', () => {
  it.each(CATALOG.map((e) => [e.id, e] as const))('%s', (_id, e) => {
    expect(beyondLabel(e).length, `${e.meaning} adds ${beyondLabel(e).join(', ')}`).toBeGreaterThanOrEqual(
      MEANING_WORDS,
    );
  });

  it('the check finds the meanings that said no more than their label', () => {
    const restate = (labels: string[], meaning: string) => beyondLabel({ ...(CATALOG[0] as Entry), labels, meaning });
    expect(
      restate(['EXECUTION_SECURE_BACKUP_UNSUCCESSFUL'], 'The device reported that its Secure Backup failed.').length,
    ).toBeLessThan(MEANING_WORDS);
    expect(
      restate(['EXECUTION_FAILED_WITH_INTERNAL_EXCEPTION'], 'The task failed on an internal error of DPOD.').length,
    ).toBeLessThan(MEANING_WORDS);
    expect(restate(['Completed'], 'The migration has finished.').length).toBeLessThan(MEANING_WORDS);
  });
});
