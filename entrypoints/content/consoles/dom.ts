/** DOM helpers the console modules share. Pure functions of the nodes they are given. */
import { foldLabel } from '../../../catalog/text';
import type { ScanResult } from './types';

/** Attribute put on every status element the overlay handles; its value is the catalog entry id or "unknown". */
export const MARK = 'data-status-lens';
/** Attribute of the spans the overlay wraps around a code inside a sentence. */
export const TOKEN = 'data-status-lens-token';
/** The overlay's own host element: never scanned. */
export const HOST_TAG = 'status-lens-overlay';

/** Controls and navigation: a label there is an action or a place, not a status. */
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
  'code',
  'pre',
]);
const EXCLUDED_ROLES = new Set(['button', 'tab', 'tablist', 'menuitem', 'heading']);
const NOT_A_STATUS = [
  ...EXCLUDED_TAGS,
  'a[href]',
  ...[...EXCLUDED_ROLES].map((role) => `[role="${role}"]`),
  '[contenteditable=""]',
  '[contenteditable="true"]',
].join(', ');

/** `element.matches(NOT_A_STATUS)`, without the selector engine: it runs for every row of long tables. */
export function isNotAStatus(element: Element): boolean {
  const tag = element.localName;
  if (EXCLUDED_TAGS.has(tag) || (tag === 'a' && element.hasAttribute('href'))) return true;
  const role = element.getAttribute('role');
  if (role && EXCLUDED_ROLES.has(role)) return true;
  const editable = element.getAttribute('contenteditable');
  return editable === '' || editable === 'true';
}

export function isExcluded(element: Element): boolean {
  return element.closest(NOT_A_STATUS) !== null || element.closest(HOST_TAG) !== null;
}

/** Like `isExcluded`, for an element inside `container` already known not to be excluded: checks only between. */
export function isExcludedWithin(element: Element, container: Element): boolean {
  for (let el: Element | null = element; el && el !== container; el = el.parentElement) {
    if (isNotAStatus(el) || el.localName === HOST_TAG) return true;
  }
  return false;
}

/** Tables and ARIA grids. */
const TABLE_SELECTORS = ['table', '[role="table"]', '[role="grid"]'];
export const TABLES = TABLE_SELECTORS.join(', ');
const TABLE_ROLES = new Set(['table', 'grid']);

export function isTable(element: Element): boolean {
  return element.localName === 'table' || TABLE_ROLES.has(element.getAttribute('role') ?? '');
}

/** The whole text of an element, white space folded: `Authentication <span>Error</span>` reads as one label. */
export function wholeText(element: Element): string {
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Elements matching any of `selectors`, one query each: Chromium answers a single simple selector from its
 * indexes in well under a millisecond on a 5,000-row page, and a selector list by matching every element.
 * Grouped by selector, not in document order.
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

/** Tables and ARIA grids under `root`. */
export function tablesIn(root: Element): Element[] {
  return queryAll(root, TABLE_SELECTORS);
}

/**
 * Whether a table or grid under `root` passes `test`. HTML tables come first, from the element's own
 * cached list; each kind of ARIA grid costs a search of the whole page, made only when still needed.
 */
export function someTable(root: Element, test: (table: Element) => boolean): boolean {
  // item() walks on from the last match; asking the length (as for...of does) would walk the whole page.
  const tables = root.getElementsByTagName('table');
  for (let i = 0, table = tables.item(0); table; table = tables.item(++i)) if (test(table)) return true;
  for (const selector of TABLE_SELECTORS.slice(1)) {
    for (const table of root.querySelectorAll(selector)) if (test(table)) return true;
  }
  return false;
}

/** Header texts of a table (or ARIA grid), folded, by column index. */
export function columnHeaders(table: Element): string[] {
  const headerRow =
    table.querySelector('thead tr') ??
    table.querySelector('[role="columnheader"]')?.parentElement ??
    table.querySelector('tr');
  if (!headerRow) return [];
  return rowCells(headerRow).map((c) => foldLabel(wholeText(c)));
}

const CELL_ROLES = new Set(['cell', 'gridcell', 'columnheader', 'rowheader']);

export function isCell(element: Element): boolean {
  const tag = element.localName;
  return tag === 'td' || tag === 'th' || CELL_ROLES.has(element.getAttribute('role') ?? '');
}

/** Cells of one row, as the row's children that are cells. */
export function rowCells(row: Element): Element[] {
  return [...row.children].filter(isCell);
}

/** The cell of a row at a column index. */
export function cellAt(row: Element, index: number): Element | undefined {
  // An HTML row lists its own cells: no wrapper made for the cells before the one asked for.
  if (row instanceof HTMLTableRowElement) return row.cells[index];
  let i = 0;
  for (let cell = row.firstElementChild; cell; cell = cell.nextElementSibling) {
    if (!isCell(cell)) continue;
    if (i === index) return cell;
    i++;
  }
  return undefined;
}

/**
 * The body cells of one column, top to bottom. For an HTML table one query answers in native code: no
 * wrapper is made for its rows and no cell list per row, which halves the cost of reading a 5,000-row
 * column. Its rows hold only cells (the parser moves anything else out), so the nth child is the nth cell.
 */
export function columnCells(table: Element, index: number): ArrayLike<Element> {
  if (table instanceof HTMLTableElement) {
    // Rows put straight under the table by a script are rare; the query would miss them.
    for (let child = table.firstElementChild; child; child = child.nextElementSibling) {
      if (child.localName === 'tr') return fromRows(table.rows, index);
    }
    return table.querySelectorAll(`:scope > tbody > tr > :nth-child(${index + 1})`);
  }
  return fromRows(table.querySelectorAll('[role="row"]'), index);
}

function fromRows(rows: ArrayLike<Element>, index: number): Element[] {
  const cells: Element[] = [];
  for (let i = 0; i < rows.length; i++) {
    const cell = cellAt(rows[i] as Element, index);
    if (cell) cells.push(cell);
  }
  return cells;
}

const CONTROL_TAGS = new Set(['button', 'input', 'select', 'textarea']);

/** The text of a status column's cell when it shows a status: not empty, not a sentence, not a control. */
export function columnCellLabel(cell: Element): string | null {
  const raw = cell.textContent ?? '';
  if (raw.length > 200) return null;
  const trimmed = raw.trim();
  // Most cells hold one word or words with single spaces: no new string unless white space needs folding.
  const label = /\s\s|[^\S ]/.test(trimmed) ? trimmed.replace(/\s+/g, ' ') : trimmed;
  if (!label || label.length > 60) return null;
  if (cell.localName === 'th' || cell.getAttribute('role') === 'columnheader') return null;
  if (cell.firstElementChild && hasControl(cell)) return null;
  return label;
}

/** Whether a (small) cell holds a button, link or field: walked by hand, a selector query per row costs more. */
function hasControl(cell: Element): boolean {
  for (let el = cell.firstElementChild; el && el !== cell; ) {
    const tag = el.localName;
    if (CONTROL_TAGS.has(tag) || (tag === 'a' && el.hasAttribute('href'))) return true;
    if (el.firstElementChild) el = el.firstElementChild;
    else {
      while (el && el !== cell && !el.nextElementSibling) el = el.parentElement;
      el = el && el !== cell ? el.nextElementSibling : null;
    }
  }
  return false;
}

/** The element to describe for a status column's cell: the pill inside it, or the cell. */
export function columnCellStatus(cell: Element): { element: HTMLElement; label: string } | null {
  const label = columnCellLabel(cell);
  if (!label) return null;
  const element = innermostWithSameText(cell, label);
  return element === cell || !isExcludedWithin(element, cell) ? { element, label } : null;
}

/** Index of a cell among the cells of its row. */
export function cellIndex(cell: Element): number {
  let index = 0;
  for (let sibling = cell.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
    if (isCell(sibling)) index++;
  }
  return index;
}

/** The deepest element inside `cell` that holds the cell's whole text (the pill in `<td><span class="pill">…`). */
export function innermostWithSameText(cell: Element, text = wholeText(cell)): HTMLElement {
  let current = cell;
  for (;;) {
    const only = current.childElementCount === 1 ? current.firstElementChild : null;
    if (!only || wholeText(only) !== text) return current as HTMLElement;
    current = only;
  }
}

/** Found statuses, and the rest of the subtree to scan in a later task when the walk ran out of time. */
export interface TokenScan {
  found: { element: HTMLElement; label: string }[];
  rest?: () => TokenScan;
}

/** Time one slice of a code walk may take: a long execution log is walked over several tasks. */
const WALK_BUDGET_MS = 8;

/**
 * Finds whole-token occurrences of codes in the text under `root`: a cell whose whole text is the code
 * is returned as is; a code inside a sentence is wrapped in a span so it can be focused and described.
 * Walks for a few milliseconds at most; `rest` carries on from there.
 */
export function findCodeTokens(root: Element, pattern: RegExp, from?: Node): TokenScan {
  const found: TokenScan['found'] = [];
  // Whether the root stands where no status is, asked once; below it, each text's own ancestors only.
  if (isExcluded(root)) return { found };
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  if (from) walker.currentNode = from;
  const deadline = performance.now() + WALK_BUDGET_MS;
  let node: Node | null = from ?? walker.nextNode();
  for (let n = 1; node; n++) {
    // Step on first: wrapping a code replaces its text, which would end the walk there.
    const next = walker.nextNode();
    const value = node.nodeValue;
    if (value && value.length > 3 && pattern.test(value)) found.push(...tokensOf(node as Text, root, pattern));
    node = next;
    if ((n & 63) === 0 && performance.now() > deadline) break;
  }
  const rest = node;
  // The page may have removed the rest meanwhile; what it adds is scanned on its own.
  if (!rest) return { found };
  return { found, rest: () => (root.contains(rest) ? findCodeTokens(root, pattern, rest) : { found: [] }) };
}

/** The codes of one text: its element when the code is all it says, else each code wrapped in a span. */
function tokensOf(text: Text, root: Element, pattern: RegExp): TokenScan['found'] {
  const parent = text.parentElement;
  if (!parent || isExcludedWithin(parent, root)) return [];
  if (parent.hasAttribute(TOKEN) || parent.hasAttribute(MARK)) return [{ element: parent, label: wholeText(parent) }];
  const whole = wholeText(parent);
  if (variantsOf(pattern).whole.test(whole)) return [{ element: parent, label: whole }];
  return wrapTokens(text, pattern);
}

/** A code walk as a console module's scan result, its rest included. */
export function tokenScanResult(scan: TokenScan): ScanResult {
  const rest = scan.rest;
  return { statuses: scan.found, columns: [], rest: rest && (() => tokenScanResult(rest())) };
}

const VARIANTS = new WeakMap<RegExp, { whole: RegExp; global: RegExp }>();

/** The whole-text and global forms of a token pattern, compiled once: a pattern of 53 codes is costly to build. */
function variantsOf(pattern: RegExp): { whole: RegExp; global: RegExp } {
  let variants = VARIANTS.get(pattern);
  if (!variants) {
    variants = { whole: new RegExp(`^(?:${pattern.source})$`), global: new RegExp(pattern.source, 'g') };
    VARIANTS.set(pattern, variants);
  }
  return variants;
}

function wrapTokens(text: Text, pattern: RegExp): { element: HTMLElement; label: string }[] {
  const doc = text.ownerDocument;
  const value = text.nodeValue ?? '';
  const global = variantsOf(pattern).global;
  global.lastIndex = 0;
  const out: { element: HTMLElement; label: string }[] = [];
  const fragment = doc.createDocumentFragment();
  let last = 0;
  for (const match of value.matchAll(global)) {
    const start = match.index ?? 0;
    if (start > last) fragment.append(value.slice(last, start));
    const span = doc.createElement('span');
    span.setAttribute(TOKEN, '');
    span.textContent = match[0];
    fragment.append(span);
    out.push({ element: span, label: match[0] });
    last = start + match[0].length;
  }
  if (out.length === 0) return out;
  if (last < value.length) fragment.append(value.slice(last));
  text.replaceWith(fragment);
  return out;
}

/** A regular expression matching any of `codes` as a whole token (not inside a longer identifier). */
export function tokenPattern(codes: readonly string[]): RegExp {
  const escaped = [...codes].sort((a, b) => b.length - a.length).map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![A-Za-z0-9_-])(?:${escaped.join('|')})(?![A-Za-z0-9_-])`);
}

/** The value of the cell under one of `columns` (folded header names) in the row of `element`. */
export function valueInRow(element: Element, columns: readonly string[]): string | null {
  const row = element.closest('tr, [role="row"]');
  const table = row?.closest(TABLES);
  if (!row || !table) return null;
  const headers = columnHeaders(table);
  const cells = rowCells(row);
  for (const column of columns) {
    const index = headers.indexOf(column);
    const value = index >= 0 ? cells[index] : undefined;
    if (value && !value.contains(element)) {
      const text = wholeText(value);
      if (text) return text.slice(0, 120);
    }
  }
  return null;
}
