/**
 * package-lock.json agrees with package.json and holds every platform's optional packages, so that
 * `npm ci` installs from it on any machine (it refuses a lock that lacks, say, Biome's macOS binary).
 * Regenerate it with `npm run lock` (see the README).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const read = (file: string) => JSON.parse(readFileSync(resolve(ROOT, file), 'utf8'));

type Deps = Record<string, string>;
interface LockEntry {
  version?: string;
  dependencies?: Deps;
  devDependencies?: Deps;
  optionalDependencies?: Deps;
  peerDependencies?: Deps;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  link?: boolean;
}

const pkg = read('package.json');
const lock = read('package-lock.json') as { lockfileVersion: number; packages: Record<string, LockEntry> };
const root = lock.packages[''] ?? {};

/** Where Node would find `name` from the package at `at` (a lock key such as node_modules/a/node_modules/b). */
function resolveFrom(at: string, name: string): string | undefined {
  let dir = at;
  for (;;) {
    const key = dir ? `${dir}/node_modules/${name}` : `node_modules/${name}`;
    if (lock.packages[key]) return key;
    if (!dir) return undefined;
    const cut = dir.lastIndexOf('/node_modules/');
    dir = cut < 0 ? '' : dir.slice(0, cut);
  }
}

describe('package-lock.json', () => {
  it('is a lockfile v3', () => {
    expect(lock.lockfileVersion).toBe(3);
  });

  it.each(['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'] as const)(
    "has package.json's %s in its root entry, with the same ranges",
    (field) => {
      expect(root[field] ?? {}).toEqual(pkg[field] ?? {});
    },
  );

  it('locks every package that any locked package needs, the optional ones of every platform included', () => {
    const missing: string[] = [];
    for (const [at, entry] of Object.entries(lock.packages)) {
      if (entry.link) continue;
      const needs = {
        ...entry.dependencies,
        ...entry.optionalDependencies,
        ...(at === '' ? entry.devDependencies : {}),
      };
      for (const name of Object.keys(needs)) {
        if (!resolveFrom(at, name)) missing.push(`${name} (needed by ${at || 'package.json'})`);
      }
    }
    expect(missing).toEqual([]);
  });
});
