/**
 * The row a status stands in, read for its context: the cells beside it (a table's or grid's, named by their
 * column headings) or the short texts of its item (a card, a list item). What a ticket needs to say which job
 * this is; never more than a few short values.
 */

import type { RowCell } from '../../../components/explanation/model';
import { cellIndex, columnHeaders, isCell, rowCells, TABLES, wholeText } from '../../../components/page/dom';
import { CONTROLS, textBesideControls } from '../find/status';

/** Rows, items and cards: what a status belongs to. */
export const ROW = 'tr, [role="row"], li, [role="listitem"], article, .card, [class*="card" i]';

const MAX_CELLS = 6;
const MAX_VALUE = 100;
/** Controls: their text is an action, not context. */
const CONTROL = 'a[href], button, [role="button"], input, select, textarea';

export interface Row {
  element: Element;
  /** The heading of each column, folded, by index; empty when the row is no table's. */
  headers: string[];
  /** The row's cells (a table's), or its items' short texts as cells of their own. */
  cells: Element[];
  /** The cell that holds the status, when it is one of `cells`. */
  statusCell: Element | null;
}

/** The row, item or card of a status element; null when it stands in none. */
export function rowOf(element: Element): Row | null {
  const tableRow = element.closest('tr, [role="row"]');
  const table = tableRow?.closest(TABLES);
  if (tableRow && table) {
    const cells = rowCells(tableRow);
    return {
      element: tableRow,
      headers: columnHeaders(table),
      cells,
      statusCell: cells.find((c) => c.contains(element)) ?? null,
    };
  }
  const item = element.closest(ROW);
  if (!item || wholeText(item).length > 600) return null;
  return { element: item, headers: [], cells: leaves(item), statusCell: null };
}

/** The row's column heading of a cell: by `aria-colindex` where a grid virtualises columns, else by position. */
export function headerOf(row: Row, cell: Element): string | null {
  const byAria = Number(cell.getAttribute('aria-colindex'));
  const index = Number.isInteger(byAria) && byAria > 0 ? byAria - 1 : isCell(cell) ? cellIndex(cell) : -1;
  return row.headers[index] ?? null;
}

/** The row's other cells, short, for a ticket: "Task: nightly-full", "Device: idg-prod-1". */
export function rowContext(row: Row, status: Element): RowCell[] {
  const out: RowCell[] = [];
  for (const cell of row.cells) {
    if (out.length >= MAX_CELLS) break;
    if (cell === row.statusCell || cell.contains(status) || status.contains(cell)) continue;
    const value = textWithoutControls(cell);
    if (!value) continue;
    const header = headerOf(row, cell);
    out.push({ name: header ? capitalise(header) : null, value: short(value) });
  }
  return out;
}

/** The short texts of an item that is no table row: its leaf elements' texts (a card's fields). */
function leaves(item: Element): Element[] {
  const out: Element[] = [];
  for (const el of item.querySelectorAll('*')) {
    if (out.length >= MAX_CELLS * 2) break;
    if (el.firstElementChild || el.closest(CONTROL)) continue;
    const text = wholeText(el);
    if (text && text.length <= MAX_VALUE * 2) out.push(el);
  }
  return out;
}

/** A cell's text without its buttons' and links' ("View log"); nothing of the page is copied or changed. */
export function textWithoutControls(cell: Element): string {
  if (!cell.querySelector(CONTROLS)) return wholeText(cell);
  // Nothing beside the controls (an Actions column's "Retry"): no text of the row's.
  return textBesideControls(cell)?.label ?? '';
}

function short(text: string): string {
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
