import { CATALOG, lookup } from '../../../catalog';
import {
  columnCells,
  columnHeaders,
  findCodeTokens,
  TABLES,
  tablesIn,
  textOf,
  tokenPattern,
  tokenScanResult,
  wholeText,
} from './dom';
import type { ConsoleModule, ScanResult } from './types';

/**
 * IBM DataPower Operations Dashboard, installed on the customer's own host: recognised by its
 * product name in the title or toolbar. Its codes are distinctive, so they count wherever they
 * stand — a table cell or a sentence of an execution log — as whole tokens.
 */

const CODES = CATALOG.filter((e) => e.product === 'dpod').flatMap((e) => e.labels);
const PATTERN = tokenPattern(CODES);
const CODE_LIKE = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;

function recognise(doc: Document): boolean {
  const names = [
    doc.title,
    ...textOf(
      doc,
      ['header', 'mat-toolbar', '[class*="toolbar" i]', '[class*="brand" i]', '[class*="logo" i]', 'h1'],
      10,
    ),
    ...[...doc.querySelectorAll('img[alt]')].slice(0, 10).map((i) => i.getAttribute('alt') ?? ''),
  ];
  return names.some((n) => /\bDataPower Operations Dashboard\b|\bDPOD\b/i.test(n));
}

function findStatuses(root: Element): ScanResult {
  const scan = tokenScanResult(findCodeTokens(root, PATTERN));
  // A code-like value in a Status column that the catalog does not know: listed as unknown, so a
  // new status of a newer DPOD version is noticed. Known codes are the walk's.
  const tables = root.matches(TABLES) ? [root] : tablesIn(root);
  for (const table of tables) {
    const index = columnHeaders(table).findIndex((h) => h === 'status' || h === 'status code');
    if (index < 0) continue;
    const cells = columnCells(table, index);
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i];
      const text = cell ? wholeText(cell) : '';
      if (cell instanceof HTMLElement && CODE_LIKE.test(text) && !PATTERN.test(text)) {
        scan.statuses.push({ element: cell, label: text });
      }
    }
  }
  return scan;
}

export const dpod: ConsoleModule = {
  product: 'dpod',
  recognise,
  findStatuses,
  sectionOf: () => 'executions',
  supportIdOf: () => null,
  resolve: (label) => lookup('dpod', 'executions', label),
};
