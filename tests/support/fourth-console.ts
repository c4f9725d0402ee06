/**
 * A copy of the project with one more console folder in catalog/consoles/, built: what adding a console takes,
 * with nothing else of the project changed. The copy holds the project's tracked files (node_modules linked).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

export interface ConsoleCopy {
  dir: string;
  /** The e2e build of the copy, for Chromium. */
  build: string;
}

export function buildWithConsole(folder: string, name: string): ConsoleCopy {
  const dir = mkdtempSync(join(tmpdir(), 'status-lens-fourth-'));
  const files = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const file of files) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    cpSync(join(ROOT, file), join(dir, file));
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  cpSync(folder, join(dir, 'catalog/consoles', name), { recursive: true });
  execFileSync('npx', ['wxt', 'build', '--mode', 'e2e'], { cwd: dir, stdio: 'pipe' });
  return { dir, build: join(dir, '.output/chrome-mv3-e2e') };
}
