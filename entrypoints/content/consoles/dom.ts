/** DOM helpers the console modules share. Pure functions of the nodes they are given. */
import { foldLabel } from '../../../catalog/text';

/** Attribute put on every status element the overlay handles; its value is the catalog entry id or "unknown". */
export const MARK = 'data-status-lens';
/** Attribute of the spans the overlay wraps around a code inside a sentence. */
export const TOKEN = 'data-status-lens-token';
/** The overlay's own host element: never scanned. */
export const HOST_TAG = 'status-lens-overlay';

/** Controls and navigation: a label there is an action or a place, not a status. */
const NOT_A_STATUS =
  'button, [role="button"], a[href], input, select, textarea, option, label, summary, [role="tab"], [role="tablist"], [role="menuitem"], nav, h1, h2, h3, h4, h5, h6, [role="heading"], script, style, noscript, code, pre, [contenteditable=""], [contenteditable="true"]';

export function isExcluded(element: Element): boolean {
  return element.closest(NOT_A_STATUS) !== null || element.closest(HOST_TAG) !== null;
}

/** The whole text of an element, white space folded: `Authentication <span>Error</span>` reads as one label. */
export function wholeText(element: Element): string {
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Text of an element's own title or heading-like markers, for recognition and context. */
export function textOf(doc: Document, selector: string, limit = 50): string[] {
  const out: string[] = [];
  for (const el of doc.querySelectorAll(selector)) {
    out.push(wholeText(el));
    if (out.length >= limit) break;
  }
  return out;
}

/** Header texts of a table (or ARIA grid), folded, by column index. */
export function columnHeaders(table: Element): string[] {
  const headerRow =
    table.querySelector('thead tr') ??
    table.querySelector('[role="columnheader"]')?.parentElement ??
    table.querySelector('tr');
  if (!headerRow) return [];
  return [...headerRow.children]
    .filter((c) => c.matches('th, td, [role="columnheader"]'))
    .map((c) => foldLabel(wholeText(c)));
}

/** Cells of one row, as the row's children that are cells. */
export function rowCells(row: Element): Element[] {
  return [...row.children].filter((c) => c.matches('td, th, [role="cell"], [role="gridcell"]'));
}

/** The deepest element inside `cell` that holds the cell's whole text (the pill in `<td><span class="pill">…`). */
export function innermostWithSameText(cell: Element): HTMLElement {
  let current = cell;
  const text = wholeText(cell);
  for (;;) {
    const children = [...current.children].filter((c) => wholeText(c) === text);
    const only = children.length === 1 && current.children.length === 1 ? children[0] : undefined;
    if (!only) return current as HTMLElement;
    current = only;
  }
}

/**
 * Finds whole-token occurrences of codes in the text under `root`: a cell whose whole text is the code
 * is returned as is; a code inside a sentence is wrapped in a span so it can be focused and described.
 */
export function findCodeTokens(root: Element, pattern: RegExp): { element: HTMLElement; label: string }[] {
  const doc = root.ownerDocument;
  const found: { element: HTMLElement; label: string }[] = [];
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue;
    if (value && value.length > 3 && pattern.test(value)) texts.push(node as Text);
  }
  for (const text of texts) {
    const parent = text.parentElement;
    if (!parent || isExcluded(parent)) continue;
    if (parent.hasAttribute(TOKEN) || parent.hasAttribute(MARK)) {
      found.push({ element: parent, label: wholeText(parent) });
      continue;
    }
    const whole = wholeText(parent);
    if (new RegExp(`^(?:${pattern.source})$`).test(whole)) {
      found.push({ element: parent, label: whole });
      continue;
    }
    found.push(...wrapTokens(text, pattern));
  }
  return found;
}

function wrapTokens(text: Text, pattern: RegExp): { element: HTMLElement; label: string }[] {
  const doc = text.ownerDocument;
  const value = text.nodeValue ?? '';
  const global = new RegExp(pattern.source, 'g');
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
  const table = row?.closest('table, [role="table"], [role="grid"]');
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
