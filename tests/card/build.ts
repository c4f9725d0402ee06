/**
 * Bundles the card's harness (tests/card/harness.ts) with esbuild into tests/card/dist/harness.js, a classic
 * script, so harness.html works from file:// as well as over HTTP. The console registry's import.meta.glob is
 * resolved as Vite would (tests/support/import-glob.ts).
 */
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { importGlob } from '../support/import-glob';

export const HARNESS_DIR = import.meta.dirname;
export const HARNESS_HTML = resolve(HARNESS_DIR, 'harness.html');

export async function buildHarness(): Promise<void> {
  await build({
    entryPoints: [resolve(HARNESS_DIR, 'harness.ts')],
    outfile: resolve(HARNESS_DIR, 'dist/harness.js'),
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    plugins: [importGlob],
    logLevel: 'silent',
  });
}
