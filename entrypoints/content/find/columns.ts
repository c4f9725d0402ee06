/**
 * Find, for Status columns: the tables and grids that have one, their cells from one native query, and the
 * label each cell shows. A column is where statuses stand, so it is read as a column, never walked.
 */
import {
  ARIA_TABLES,
  innermostWithSameText,
  isExcluded,
  MAX_LABEL,
  statusColumnIndex,
  TABLES,
  wholeText,
} from '../../../components/page/dom';
import type { ConsoleModule } from '../console-module';
import { CONTROLS, elementStatus, type StatusHit, textBesideControls } from './status';

/**
 * A Status column as read: its cells from the top and the label each shows (null: no status). Read under a
 * budget (see page-scan), a long column is read in part: `whole` says whether `cells` is every cell.
 */
export interface ColumnRead {
  table: Element;
  index: number;
  cells: ArrayLike<Element>;
  labels: (string | null)[];
  whole: boolean;
}

/** What a job may still read before it stops short: a page's size must not set what its load costs. */
export interface Budget {
  left: number;
}

/** Cells read per step of a job. */
const CELL_STEP = 512;

/** The tables and grids with a Status column under (or around) `root`, in document order. */
export function statusTables(root: Node): { table: Element; index: number }[] {
  const element = root.nodeType === Node.DOCUMENT_NODE ? (root as Document).documentElement : root;
  if (element.nodeType !== Node.ELEMENT_NODE && element.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return [];
  const scope = element as Element | ShadowRoot;
  const enclosing = scope instanceof Element ? scope.closest(TABLES) : null;
  const enclosingIndex = enclosing ? statusColumnIndex(enclosing) : -1;
  if (enclosing && enclosingIndex >= 0) return [{ table: enclosing, index: enclosingIndex }];
  // HTML tables, and ARIA grids by their column headers (which a Status column needs anyway). Two searches of
  // one simple selector each: Chromium answers those on a fast path, a list of both takes three times as long.
  const candidates = new Set<Element>(scope.querySelectorAll('table'));
  for (const header of scope.querySelectorAll('[role="columnheader"]')) {
    const table = header.closest(ARIA_TABLES);
    if (table) candidates.add(table);
  }
  const found = [...candidates]
    .map((table) => ({ table, index: statusColumnIndex(table) }))
    .filter(({ index }) => index >= 0);
  // Nested tables: the outer one's column is read, the inner ones stand in its cells.
  return found
    .sort((a, b) => (a.table.compareDocumentPosition(b.table) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1))
    .filter(({ table }, i, all) => !all.slice(0, i).some((outer) => outer.table.contains(table)));
}

/**
 * A job: the Status column `index` of a table, read up to the budget (all of it when unlimited), told to
 * `found`. Whether it was read whole.
 */
export function* readColumn(
  table: Element,
  index: number,
  found: (column: ColumnRead) => void,
  budget: Budget,
): Generator<unknown, boolean> {
  // All of the column when the budget is unlimited: one native query answers it (see columnCells).
  const { cells, whole } = Number.isFinite(budget.left)
    ? columnHead(table, index, Math.max(0, budget.left))
    : { cells: columnCells(table, index), whole: true };
  budget.left -= cells.length;
  const labels: (string | null)[] = new Array(cells.length);
  yield* readLabels(cells, labels);
  found({ table, index, cells, labels, whole });
  return whole;
}

/**
 * The body cells of one column, top to bottom. For an HTML table one query answers in native code: no
 * wrapper is made for its rows and no cell list per row. ARIA grids (AG Grid) may say each cell's column.
 */
export function columnCells(table: Element, index: number): ArrayLike<Element> {
  if (table instanceof HTMLTableElement) {
    if (hasLooseRows(table)) {
      return [...table.rows].map((r) => r.cells[index]).filter((c): c is HTMLTableCellElement => c?.localName === 'td');
    }
    return table.querySelectorAll(`:scope > tbody > tr > td:nth-child(${index + 1})`);
  }
  const byAria = table.querySelectorAll(`[aria-colindex="${index + 1}"]:not([role="columnheader"])`);
  if (byAria.length) return byAria;
  // Rows of cells only, as ARIA grids are built: the nth child is the nth cell, asked in native code.
  return table.querySelectorAll(`[role="row"] > :nth-child(${index + 1}):not([role="columnheader"])`);
}

/**
 * The first `limit` body cells of one column, and whether they are all of it. An HTML table's are read row by
 * row from the top, so a long table costs what is read of it, not its length.
 */
export function columnHead(table: Element, index: number, limit: number): { cells: Element[]; whole: boolean } {
  if (table instanceof HTMLTableElement && !hasLooseRows(table)) {
    const cells: Element[] = [];
    for (const body of table.tBodies) {
      for (let row = body.firstElementChild; row; row = row.nextElementSibling) {
        if (row.localName !== 'tr') continue;
        if (cells.length >= limit) return { cells, whole: false };
        // Along the row's children: no child list is made for each row.
        let cell = row.firstElementChild;
        for (let i = 0; cell && i < index; i++) cell = cell.nextElementSibling;
        if (cell?.localName === 'td') cells.push(cell);
      }
    }
    return { cells, whole: true };
  }
  const all = columnCells(table, index);
  return { cells: Array.prototype.slice.call(all, 0, limit) as Element[], whole: all.length <= limit };
}

const ALL_CELLS = new WeakMap<ColumnRead, ArrayLike<Element>>();

/** Every cell of a column read in part, asked once (Tab stops further down, focus in its rows). */
export function allCells(column: ColumnRead): ArrayLike<Element> {
  if (column.whole) return column.cells;
  let cells = ALL_CELLS.get(column);
  if (!cells) {
    cells = columnCells(column.table, column.index);
    ALL_CELLS.set(column, cells);
  }
  return cells;
}

/** Rows put straight under the table by a script, which a query through its bodies would miss. */
function hasLooseRows(table: HTMLTableElement): boolean {
  for (let child = table.firstElementChild; child; child = child.nextElementSibling) {
    if (child.localName === 'tr') return true;
  }
  return false;
}

/** The label a cell's text shows: the whole text when short, white space folded. */
function labelOfText(raw: string): string | null {
  if (raw.length > MAX_LABEL * 2) return null;
  const trimmed = raw.trim();
  // Most cells hold a word or words with single spaces: no new string unless white space needs folding.
  const label = /\s\s|[^\S ]/.test(trimmed) ? trimmed.replace(/\s+/g, ' ') : trimmed;
  return label && label.length <= MAX_LABEL ? label : null;
}

/** The label a Status column's cell shows: its whole text when short, not a control's. */
export function cellLabel(cell: Element): string | null {
  return labelOfCell(cell, cell.textContent ?? '');
}

/** The label of a cell whose text is `raw`: without the text of a control beside the status ("View log"). */
function labelOfCell(cell: Element, raw: string): string | null {
  const label = labelOfText(raw);
  if (!label || !cell.firstElementChild) return label;
  const own = textBesideControls(cell);
  return own ? labelOfText(own.label) : label;
}

/**
 * A job: the labels of a column's cells. A column repeats a handful of texts thousands of times: each text is
 * folded once, then looked up.
 */
export function* readLabels(cells: ArrayLike<Element>, into: (string | null)[]) {
  const known = new Map<string, string | null>();
  for (let i = 0; i < cells.length; i++) {
    const raw = (cells[i] as Element).textContent ?? '';
    let label = known.get(raw);
    if (label === undefined) {
      // A column repeats its cells' shape with their text: the first cell of a text stands for the others.
      label = labelOfCell(cells[i] as Element, raw);
      if (raw.length <= MAX_LABEL * 2 && known.size < 512) known.set(raw, label);
    }
    into[i] = label;
    if (i % CELL_STEP === CELL_STEP - 1) yield;
  }
}

const COUNTS = new WeakMap<ConsoleModule, Map<string, boolean>>();

/** Whether a Status column's label counts: a status of this console, known or of its shape. */
export function columnLabelCounts(module: ConsoleModule, label: string): boolean {
  let cache = COUNTS.get(module);
  if (!cache) {
    cache = new Map();
    COUNTS.set(module, cache);
  }
  const known = cache.get(label);
  if (known !== undefined) return known;
  const value =
    !!module.labelKind(label) ||
    !!module.unknownLike?.test(label) ||
    (!!module.unknownInStatusColumn && !/[@/]/.test(label));
  if (cache.size < 4096) cache.set(label, value);
  return value;
}

/**
 * The status element of a Status column's cell whose label was read and counts: the pill inside it, or the
 * cell. Null when it is a control's text. `table`: the cell's table, where no status stands was looked at when
 * the column was read.
 */
export function columnCellStatus(cell: Element, label: string, table: Element | null = null): HTMLElement | null {
  let element = innermostWithSameText(cell, label);
  if (wholeText(element) !== label) {
    // The label stands beside a control ("Failed" and a "View log" link): the element that shows it, if one does;
    // a label that is the cell's own text is no element's, and is no Tab stop (see elementStatus).
    const child = [...element.children].find((c) => !c.matches(CONTROLS) && wholeText(c) === label);
    if (!child) return null;
    element = innermostWithSameText(child, label);
  }
  return element instanceof HTMLElement && !isExcluded(element, table) ? element : null;
}

/** The status element of a Status column's cell, as hover and Tab see it (the pill inside it, or the cell). */
export function cellStatus(module: ConsoleModule, cell: Element): StatusHit | null {
  const label = cellLabel(cell);
  if (!label) return null;
  return elementStatus(module, innermostWithSameText(cell, label));
}
