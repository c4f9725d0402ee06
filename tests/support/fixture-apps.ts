/**
 * Bundles the fixture apps (tests/fixtures/apps/<name>/main.tsx or main.ts) with esbuild, in process, into
 * tests/fixtures/apps/<name>/dist/ (gitignored), where each app's index.html loads dist/main.js and, when the
 * app imports CSS (Bootstrap, AG Grid), dist/main.css. Everything comes from node_modules, never the network.
 *
 * Used as the browser project's globalSetup (vitest.config.ts), so `vitest run --project browser` builds first;
 * `buildFixtureApps()` can also be called from a script (the demo, the bench).
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { FIXTURES } from './server';

export const APPS = resolve(FIXTURES, 'apps');

function entryOf(dir: string): string | null {
  for (const name of ['main.tsx', 'main.ts']) {
    const file = join(dir, name);
    if (existsSync(file)) return file;
  }
  return null;
}

/** The names of the apps that have an entry point. */
export function fixtureAppNames(): string[] {
  if (!existsSync(APPS)) return [];
  return readdirSync(APPS, { withFileTypes: true })
    .filter((d) => d.isDirectory() && entryOf(join(APPS, d.name)))
    .map((d) => d.name)
    .sort();
}

/** Builds the named apps (all by default) and returns their names. Throws on the first build error. */
export async function buildFixtureApps(names: string[] = fixtureAppNames()): Promise<string[]> {
  await Promise.all(
    names.map(async (name) => {
      const dir = join(APPS, name);
      const entry = entryOf(dir);
      if (!entry) throw new Error(`fixture app ${name} has no main.tsx or main.ts`);
      const outdir = join(dir, 'dist');
      rmSync(outdir, { recursive: true, force: true });
      await build({
        entryPoints: { main: entry },
        outdir,
        bundle: true,
        format: 'esm',
        platform: 'browser',
        target: 'chrome120',
        jsx: 'automatic',
        define: { 'process.env.NODE_ENV': '"production"' },
        minify: false,
        sourcemap: false,
        legalComments: 'none',
        logLevel: 'silent',
        loader: { '.woff': 'file', '.woff2': 'file', '.svg': 'dataurl', '.png': 'file' },
      });
    }),
  );
  return names;
}

/** Vitest globalSetup: the browser tests load the apps from dist/. */
export default async function setup(): Promise<void> {
  const started = performance.now();
  const built = await buildFixtureApps();
  if (built.length) {
    console.log(`fixture apps built in ${Math.round(performance.now() - started)} ms: ${built.join(', ')}`);
  }
}
