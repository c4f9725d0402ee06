import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COPIED_SEEDS, DPOD_SEED, DROPSUITE_SEED, MXHERO_SEED, SHARED_SEEDS } from './seeds';

describe('the copy of the source documents', () => {
  it('holds the three documents', () => {
    expect(readdirSync(COPIED_SEEDS).sort()).toEqual([DPOD_SEED, DROPSUITE_SEED, MXHERO_SEED].sort());
  });

  // Only where ../shared is checked out beside the repository (a clone elsewhere has the copy alone).
  it.runIf(existsSync(SHARED_SEEDS))('is identical to ../shared/seeds', () => {
    for (const name of readdirSync(SHARED_SEEDS)) {
      expect(readFileSync(`${COPIED_SEEDS}${name}`, 'utf8'), name).toBe(readFileSync(`${SHARED_SEEDS}${name}`, 'utf8'));
    }
  });
});
