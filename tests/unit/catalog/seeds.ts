/**
 * Reads the source documents, so the catalog tests compare against them. They live in `../shared/seeds/` beside
 * the repository; a clone elsewhere (CI in a temporary directory) reads the copy in `tests/fixtures/seeds/`,
 * which a test keeps identical to the shared documents wherever both are present.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SHARED_SEEDS = fileURLToPath(new URL('../../../../shared/seeds/', import.meta.url));
export const COPIED_SEEDS = fileURLToPath(new URL('../../fixtures/seeds/', import.meta.url));
const SEEDS = existsSync(SHARED_SEEDS) ? SHARED_SEEDS : COPIED_SEEDS;
export const seedText = (name: string) => readFileSync(`${SEEDS}${name}`, 'utf8');

export const DROPSUITE_SEED = 'dropsuite-errors-and-statuses.txt';
export const DPOD_SEED = 'dpod-backup-task-statuses.txt';
export const MXHERO_SEED = 'mxhero-notification-error-codes.txt';

export interface DropsuiteRow {
  section: string;
  labels: string[];
}

const DROPSUITE_TABLES: [RegExp, string][] = [
  [/^Backup Errors & Statuses$/, 'backups'],
  [/^Migration Errors & Statuses$/, 'migrates'],
  [/^Restore Errors & Statuses$/, 'restores'],
  [/^Downloading Errors & Statuses$/, 'downloads'],
  [/^"Need Reauthentication" Errors$/, 'reauth'],
];

/** Status rows of the four tables, and the scenario rows of the reauthentication table. */
export function dropsuiteRows(): { rows: DropsuiteRow[]; scenarios: string[] } {
  const rows: DropsuiteRow[] = [];
  const scenarios: string[] = [];
  let table: string | undefined;
  let rowStarts = false;
  for (const raw of seedText(DROPSUITE_SEED).split('\n')) {
    const line = raw.trim();
    const heading = DROPSUITE_TABLES.find(([re]) => re.test(line));
    if (heading) {
      table = heading[1];
      rowStarts = false;
      continue;
    }
    if (line === 'Important Mentions') table = undefined;
    if (line === '|' || line === '---|') {
      rowStarts = true;
      continue;
    }
    if (rowStarts && table && line) {
      const cell = line.split('|')[0]?.trim() ?? '';
      if (table === 'reauth') scenarios.push(cell);
      else rows.push({ section: table, labels: cell.split('/').map((s) => s.trim()) });
    }
    rowStarts = false;
  }
  return { rows, scenarios };
}

/** DPOD rows: each a list of the codes that share one description. */
export function dpodRows(): string[][] {
  return seedText(DPOD_SEED)
    .split('\n')
    .map((line) => /^([A-Z_ ]+?) \|/.exec(line.trim())?.[1])
    .filter((cell): cell is string => !!cell && cell !== 'Status Code')
    .map((cell) => cell.split(/\s+/));
}

export interface MxheroRow {
  module: string;
  code: string;
  type: string;
  level: string;
}

/** mxHERO's table is one cell a line: module, code, type, level, description, action. */
export function mxheroRows(): MxheroRow[] {
  const lines = seedText(MXHERO_SEED)
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const rows: MxheroRow[] = [];
  lines.forEach((line, i) => {
    const type = lines[i + 1] ?? '';
    const level = lines[i + 2] ?? '';
    if (/^[A-Za-z_]+$/.test(line) && /^(STORAGE|MAIL|RULE|PLATFORM)$/.test(type) && /^(ERROR|WARN|INFO)$/.test(level)) {
      rows.push({ module: lines[i - 1] ?? '', code: line, type, level });
    }
  });
  return rows;
}
