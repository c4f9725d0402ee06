/** DOM helpers the console modules and the overlay's stages share. Pure functions of the nodes they are given. */
import { foldLabel } from '../../catalog/text';

/** Longest text an element may hold to be a status as a whole. */
export const MAX_LABEL = 60;

/** Controls, navigation, headings and scripts: a label there is an action, a place or code, not a status. */
const EXCLUDED_TAGS = new Set([
  'button',
  'input',
  'select',
  'textarea',
  'option',
  'label',
  'summary',
  'nav',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'script',
  'style',
  'noscript',
  'template',
  'title',
]);
const EXCLUDED_ROLES = new Set(['button', 'tab', 'tablist', 'menuitem', 'heading', 'link', 'navigation', 'textbox']);

/** Whether an element itself is a control, a heading, a link or the like (not its ancestors). */
export function isNotAStatus(element: Element): boolean {
  const tag = element.localName;
  if (EXCLUDED_TAGS.has(tag) || (tag === 'a' && element.hasAttribute('href'))) return true;
  const role = element.getAttribute('role');
  if (role && EXCLUDED_ROLES.has(role)) return true;
  const editable = element.getAttribute('contenteditable');
  return editable === '' || editable === 'true' || editable === 'plaintext-only';
}

/** The parent of a node, crossing out of a shadow root to its host. */
export function composedParent(node: Node): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.parentNode;
  return root && root.nodeType === Node.DOCUMENT_FRAGMENT_NODE ? ((root as ShadowRoot).host ?? null) : null;
}

/**
 * Whether an element or an ancestor (across shadow roots) is where no status stands; up to `checked`, an
 * ancestor known not to be (a Status column's table, looked at when it was read).
 */
export function isExcluded(element: Element, checked: Element | null = null): boolean {
  for (let el: Element | null = element; el && el !== checked; el = composedParent(el))
    if (isNotAStatus(el)) return true;
  return false;
}

/** The ARIA roles of a table or grid. */
const TABLE_ROLES = ['table', 'grid', 'treegrid'];
const ARIA_TABLE_SELECTORS = TABLE_ROLES.map((role) => `[role="${role}"]`);
/** ARIA tables and grids, as a selector. */
export const ARIA_TABLES = ARIA_TABLE_SELECTORS.join(', ');
/** Tables and ARIA grids, as a selector. */
export const TABLES = `table, ${ARIA_TABLES}`;

/** Whether an element is a table or an ARIA grid (what TABLES matches), cheap enough to ask of every element. */
export function isTable(element: Element): boolean {
  if (element.localName === 'table') return true;
  const role = element.getAttribute('role');
  return role !== null && TABLE_ROLES.includes(role);
}

/**
 * Whether an element holds more than `limit` characters of text, read only as far as the limit: an ancestor of
 * the pointer's target may hold a whole log, whose textContent would be built to be measured.
 */
export function holdsMoreText(element: Node, limit: number): boolean {
  const walker = (element.ownerDocument ?? (element as Document)).createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let length = 0;
  while (walker.nextNode()) {
    length += (walker.currentNode as Text).length;
    if (length > limit) return true;
  }
  return false;
}

/** The whole text of an element, white space folded: `Authentication <span>Error</span>` reads as one label. */
export function wholeText(element: Node): string {
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Elements matching any of `selectors`, one query each: Chromium answers a single simple selector from its
 * indexes in well under a millisecond on a 5,000-row page, and a selector list by matching every element.
 */
export function queryAll(root: ParentNode, selectors: readonly string[]): Element[] {
  const seen = new Set<Element>();
  const out: Element[] = [];
  for (const selector of selectors) {
    for (const el of root.querySelectorAll(selector)) {
      if (seen.has(el)) continue;
      seen.add(el);
      out.push(el);
    }
  }
  return out;
}

/** The first element matching one of `selectors`, tried in order (the most telling first). */
export function queryFirst(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}

/** Texts of the elements matching any of `selectors` (titles, headings, tabs), for recognition and context. */
export function textOf(root: ParentNode, selectors: readonly string[], limit = 50): string[] {
  return queryAll(root, selectors)
    .slice(0, limit)
    .map((el) => wholeText(el));
}

/**
 * Whether a table or grid under `root` passes `test`. HTML tables come first, from the element's own
 * cached list; each kind of ARIA grid costs a search of the whole page, made only when still needed.
 */
export function someTable(root: Element, test: (table: Element) => boolean): boolean {
  // item() walks on from the last match; asking the length (as for...of does) would walk the whole page.
  const tables = root.getElementsByTagName('table');
  for (let i = 0, table = tables.item(0); table; table = tables.item(++i)) if (test(table)) return true;
  for (const selector of ARIA_TABLE_SELECTORS) {
    for (const table of root.querySelectorAll(selector)) if (test(table)) return true;
  }
  return false;
}

/** Header texts of a table (or ARIA grid), folded, by column index. A table without a header row has none. */
export function columnHeaders(table: Element): string[] {
  // An HTML table's header row is its head's or its first row; only an ARIA grid's is searched for, which
  // would look at every cell of a long table that has none.
  const html = table instanceof HTMLTableElement ? (table.tHead?.rows[0] ?? firstRowOfHeaders(table)) : null;
  const headerRow = html ?? table.querySelector('[role="columnheader"]')?.parentElement;
  if (!headerRow) return [];
  return rowCells(headerRow).map((c) => foldLabel(wholeText(c)));
}

/** The first row of a table when it is made of header cells (a table without `thead`). */
function firstRowOfHeaders(table: Element): Element | null {
  const row = table.querySelector('tr');
  return row && [...row.children].some((c) => c.localName === 'th') ? row : null;
}

const CELL_ROLES = new Set(['cell', 'gridcell', 'columnheader', 'rowheader']);

export function isCell(element: Element): boolean {
  const tag = element.localName;
  return tag === 'td' || tag === 'th' || CELL_ROLES.has(element.getAttribute('role') ?? '');
}

const CELLS = 'td, th, [role="cell"], [role="gridcell"], [role="columnheader"], [role="rowheader"]';

/**
 * Cells of one row, in order: its children that are cells, or, where a grid wraps them (AG Grid's
 * `role="presentation"` containers), its cells whose row it is.
 */
export function rowCells(row: Element): Element[] {
  const direct = [...row.children].filter(isCell);
  if (direct.length) return direct;
  return [...row.querySelectorAll(CELLS)].filter((cell) => cell.parentElement?.closest('tr, [role="row"]') === row);
}

/** Index of a cell among the cells of its row. */
export function cellIndex(cell: Element): number {
  let index = 0;
  for (let sibling = cell.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
    if (isCell(sibling)) index++;
  }
  return index;
}

/** The deepest element inside `element` that holds its whole text (the pill in `<td><span class="pill">…`). */
export function innermostWithSameText(element: Element, text = wholeText(element)): HTMLElement {
  let current = element;
  for (;;) {
    const only = current.childElementCount === 1 ? current.firstElementChild : null;
    if (!only || wholeText(only) !== text) return current as HTMLElement;
    current = only;
  }
}

/** The value of the cell under one of `columns` (folded header names) in the row of `element`. */
export function valueInRow(element: Element, columns: readonly string[]): string | null {
  const row = element.closest('tr, [role="row"]');
  const table = row?.closest(TABLES);
  if (!row || !table) return null;
  const headers = columnHeaders(table);
  const cells = rowCells(row);
  // ARIA grids that virtualise columns (AG Grid) say each cell's column on the cell.
  for (const column of columns) {
    const index = headers.indexOf(column);
    const byIndex = index >= 0 ? (cells.find((c) => ariaColumn(c) === index + 1) ?? cells[index]) : undefined;
    if (byIndex && !byIndex.contains(element)) {
      const text = wholeText(byIndex);
      if (text) return text.slice(0, 120);
    }
  }
  return null;
}

function ariaColumn(cell: Element): number | null {
  const value = Number(cell.getAttribute('aria-colindex'));
  return Number.isInteger(value) && value > 0 ? value : null;
}

/** Whether an element stands in the Status column of a table or grid (its cell's header says "Status"). */
export function inStatusColumn(element: Element): boolean {
  const cell = element.closest('td, [role="cell"], [role="gridcell"]');
  const table = cell?.closest(TABLES);
  if (!cell || !table) return false;
  const headers = columnHeaders(table);
  const byAria = ariaColumn(cell);
  const header = byAria ? headers[byAria - 1] : headers[cellIndex(cell)];
  return header === 'status' || header === 'status code';
}

/** The index of a table's Status column, or -1. */
export function statusColumnIndex(table: Element): number {
  const headers = columnHeaders(table);
  const index = headers.indexOf('status');
  return index >= 0 ? index : headers.indexOf('status code');
}
