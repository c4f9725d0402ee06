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

export const DROPSUITE_SEED = 'dropsuite-errors-and-statuses.txt' as const;
export const DPOD_SEED = 'dpod-backup-task-statuses.txt' as const;
export const MXHERO_SEED = 'mxhero-notification-error-codes.txt' as const;

export interface DropsuiteRow {
  section: string;
  /** The status cell as the seed writes it: "In Progress/Running", "Completed/Link". */
  cell: string;
  /** The cell split at "/": the alternatives it names. */
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
      else rows.push({ section: table, cell, labels: cell.split('/').map((s) => s.trim()) });
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

const HEADINGS = [...DROPSUITE_TABLES.map(([re]) => re), /^Important Mentions$/];

/** The lines of the Dropsuite seed from a heading to the next heading (or the end). */
function dropsuitePassage(heading: string): string[] | undefined {
  const lines = seedText(DROPSUITE_SEED)
    .split('\n')
    .map((l) => l.trim());
  const start = lines.indexOf(heading);
  if (start < 0 || !HEADINGS.some((re) => re.test(heading))) return undefined;
  const end = lines.findIndex((l, i) => i > start && HEADINGS.some((re) => re.test(l)));
  return lines.slice(start, end < 0 ? undefined : end);
}

/** A row of a Dropsuite table: from its first cell to the closing "|" line. */
function dropsuiteRow(heading: string, cell: string): string | undefined {
  const lines = dropsuitePassage(heading);
  if (!lines) return undefined;
  let rowStarts = false;
  for (const [i, line] of lines.entries()) {
    if (line === '|' || line === '---|') {
      rowStarts = true;
      continue;
    }
    if (rowStarts && line.split('|')[0]?.trim() === cell) {
      const end = lines.indexOf('|', i);
      return lines.slice(i, end < 0 ? undefined : end).join('\n');
    }
    rowStarts = false;
  }
  return undefined;
}

/**
 * The text a seed source points at (catalog/sources.ts says how `row` names it), or undefined when the seed has
 * no such row: a Dropsuite row or passage, a DPOD row by its codes, an mxHERO row by its code or the passage on
 * levels.
 */
export function seedRowText(file: string, row: string): string | undefined {
  if (file === DROPSUITE_SEED) {
    const [heading, cell, ...rest] = row.split(' › ');
    if (rest.length > 0 || !heading) return undefined;
    return cell === undefined ? dropsuitePassage(heading)?.join('\n') : dropsuiteRow(heading, cell);
  }
  if (file === DPOD_SEED) {
    return seedText(DPOD_SEED)
      .split('\n')
      .map((l) => l.trim())
      .find((l) => l.split(' |')[0] === row && dpodRows().some((codes) => codes.join(' ') === row));
  }
  if (file === MXHERO_SEED) {
    const lines = seedText(MXHERO_SEED)
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    if (row === 'Understanding Error Levels') {
      const end = lines.indexOf('Module (origin)');
      const start = lines.lastIndexOf(row, end);
      return start < 0 ? undefined : lines.slice(start, end).join('\n');
    }
    if (!mxheroRows().some((r) => r.code === row)) return undefined;
    const i = lines.indexOf(row);
    return lines.slice(i - 1, i + 5).join('\n');
  }
  return undefined;
}
