import { describe, expect, it } from 'vitest';
import { CATALOG, type Entry } from '../../../catalog';
import { words } from '../../../catalog/text';
import { DPOD_SEED, DROPSUITE_SEED, MXHERO_SEED, seedText } from './seeds';

const RUN = 8;

function sentencesOf(e: Entry): string[] {
  return [
    e.meaning,
    e.cause,
    ...e.steps,
    e.noAction ?? '',
    e.shownAt,
    ...(e.scenarios ?? []).flatMap((s) => [s.situation, ...s.steps]),
  ].filter(Boolean);
}

const seedRuns = new Set<string>();
for (const name of [DROPSUITE_SEED, DPOD_SEED, MXHERO_SEED]) {
  const w = words(seedText(name));
  for (let i = 0; i + RUN <= w.length; i++) seedRuns.add(w.slice(i, i + RUN).join(' '));
}

describe('catalog sentences are our own words', () => {
  it.each(CATALOG.map((e) => [e.id, e] as const))('%s shares no run of 8 words with a seed', (_id, entry) => {
    for (const sentence of sentencesOf(entry)) {
      const w = words(sentence);
      for (let i = 0; i + RUN <= w.length; i++) {
        const run = w.slice(i, i + RUN).join(' ');
        expect(seedRuns.has(run), `"${run}" in: ${sentence}`).toBe(false);
      }
    }
  });

  it('the check itself catches a copied sentence', () => {
    const copied = 'The task will not execute - the device was not available';
    const w = words(copied);
    expect(seedRuns.has(w.slice(0, RUN).join(' '))).toBe(true);
  });
});
