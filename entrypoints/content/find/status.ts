/**
 * Find, the rules: whether an element as a whole, or the token at an offset of a text, is a status of the
 * console. Pure functions of the nodes given; nothing on the page is changed.
 */
import {
  composedParent,
  holdsMoreText,
  innermostWithSameText,
  inStatusColumn,
  isCell,
  isExcluded,
  isNotAStatus,
  MAX_LABEL,
  wholeText,
} from '../../../components/page/dom';
import type { ConsoleModule, LabelKind } from '../console-module';
import { tokenAround } from './codes';

/** A status on the page: an element that as a whole is one, or a code that stands inside a text. */
export type StatusHit =
  | { kind: 'element'; element: HTMLElement; label: string }
  | { kind: 'text'; node: Text; start: number; end: number; label: string };

/** The element a status belongs to: itself, or the element holding the text it stands in. */
export function hostOf(hit: StatusHit): HTMLElement | null {
  if (hit.kind === 'element') return hit.element;
  const parent = composedParent(hit.node);
  return parent instanceof HTMLElement ? parent : null;
}

/** The Range a text status covers, made anew: the page may have changed the text since. */
export function rangeOf(hit: Extract<StatusHit, { kind: 'text' }>): Range | null {
  const text = hit.node.data;
  if (text.slice(hit.start, hit.end) !== hit.label) return null;
  const range = hit.node.ownerDocument.createRange();
  range.setStart(hit.node, hit.start);
  range.setEnd(hit.node, hit.end);
  return range;
}

/** Whether a hit still shows on the page what it showed when found. */
export function isCurrent(hit: StatusHit): boolean {
  if (hit.kind === 'element') return hit.element.isConnected && wholeText(hit.element) === hit.label;
  return hit.node.isConnected && hit.node.data.slice(hit.start, hit.end) === hit.label;
}

/** Whether an element, as a whole, is a status of the console; the innermost element holding it when it is. */
export function elementStatus(module: ConsoleModule, element: Element): StatusHit | null {
  const raw = element.textContent ?? '';
  if (raw.length > MAX_LABEL * 2) return null;
  let label = raw.replace(/\s+/g, ' ').trim();
  if (!label || label.length > MAX_LABEL) return null;
  let kind: LabelKind | 'unknown' | null = module.labelKind(label);
  if (!kind && element.firstElementChild) {
    // A status with a control beside it ("Retrying" and a "View log" link in one cell): the label is the rest.
    const own = textBesideControls(element);
    if (own) return besideControls(module, element, own);
  }
  kind ??= isUnknownStatus(module, element, label) ? 'unknown' : null;
  if (!kind || isExcluded(element)) return null;
  const target = innermostWithSameText(element, label);
  if (!(target instanceof HTMLElement)) return null;
  if (kind === 'common' && !hasStatusContext(target, label)) return null;
  label = label.slice(0, MAX_LABEL);
  return { kind: 'element', element: target, label };
}

/** Controls whose text is an action, never part of a status beside them. */
export const CONTROLS = 'a[href], button, [role="button"], [role="link"], [role="menuitem"], input, select, textarea';

interface OwnText {
  label: string;
  /** The text nodes the label is made of, in order. */
  texts: Text[];
}

/** An element's text without the text of the controls inside it; null when it holds no control. */
export function textBesideControls(element: Element): OwnText | null {
  if (!element.querySelector(CONTROLS)) return null;
  const texts: Text[] = [];
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.nodeType === Node.ELEMENT_NODE && (node as Element).matches(CONTROLS)
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE && (node as Text).data.trim()) texts.push(node as Text);
  }
  const label = texts
    .map((t) => t.data)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  return label ? { label, texts } : null;
}

/**
 * The status of an element that holds a control beside it: the element inside it that shows the label (the
 * pill), or, for a label standing in the element's own text, that text (a Range: the element as a whole is not
 * the status, so it gets no attribute).
 */
function besideControls(module: ConsoleModule, element: Element, own: OwnText): StatusHit | null {
  const { label } = own;
  if (label.length > MAX_LABEL || isExcluded(element)) return null;
  const kind = module.labelKind(label) ?? (module.unknownInStatusColumn && inStatusColumn(element) ? 'unknown' : null);
  if (!kind) return null;
  if (kind === 'common' && !hasStatusContext(element, label) && !inStatusColumn(element)) return null;
  for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
    if (!child.matches(CONTROLS) && wholeText(child) === label) {
      const target = innermostWithSameText(child, label);
      return target instanceof HTMLElement ? { kind: 'element', element: target, label } : null;
    }
  }
  // The label is one text node of the element's own: that text, trimmed.
  const node = own.texts.length === 1 ? own.texts[0] : undefined;
  if (!node || node.parentNode !== element) return null;
  const start = node.data.indexOf(label.split(' ')[0] ?? label);
  if (start < 0 || node.data.slice(start, start + label.length) !== label) return null;
  return { kind: 'text', node, start, end: start + label.length, label };
}

/** A label the catalog does not know that stands where this console's statuses do. */
function isUnknownStatus(module: ConsoleModule, element: Element, label: string): boolean {
  // A code-like value is a status only in a status field: elsewhere it is an identifier (EXECUTION_ID_4471).
  if (module.unknownLike?.test(label)) return inStatusColumn(element) || namedAsStatus(element, label);
  if (!module.unknownInStatusColumn || /[@/]/.test(label) || !inStatusColumn(element)) return false;
  // The cell's whole text, not a part of a known label split over elements ("Authentication <span>Error</span>").
  const cell = element.closest('td, [role="cell"], [role="gridcell"]');
  return !!cell && wholeText(cell) === label;
}

/** The code at `offset` of a text, when it is a known one standing as a whole token where statuses stand. */
export function tokenStatus(module: ConsoleModule, node: Text, offset: number): StatusHit | null {
  const codes = module.codes;
  if (!codes) return null;
  const token = tokenAround(node.data, offset);
  if (!token) return null;
  const label = node.data.slice(token.start, token.end);
  if (!codes.known.has(label)) return null;
  const parent = composedParent(node);
  if (!parent || isExcluded(parent)) return null;
  // A chip or cell that holds nothing but the code is a status as a whole: it can take focus.
  if (parent instanceof HTMLElement && wholeText(parent) === label) return { kind: 'element', element: parent, label };
  return { kind: 'text', node, start: token.start, end: token.end, label };
}

/** How far up from the element under the pointer a status may start (a pill's icon, its label's span). */
const CLIMB = 5;

/** The status at the pointer: an element around the target, or the code at the caret. */
export function statusAt(
  module: ConsoleModule,
  target: Element | null,
  caret: { node: Node; offset: number } | null,
): StatusHit | null {
  // The pointer on a control (a "View log" link beside a status) points at the control, not the status.
  const onControl = !!target && isExcluded(target);
  for (let el = onControl ? null : target, i = 0; el && i < CLIMB; el = composedParent(el), i++) {
    if (holdsMoreText(el, MAX_LABEL * 2) || isNotAStatus(el)) break;
    const hit = elementStatus(module, el);
    if (hit) return hit;
  }
  if (caret && caret.node.nodeType === Node.TEXT_NODE) return tokenStatus(module, caret.node as Text, caret.offset);
  return null;
}

// --- where a common word counts ---------------------------------------------------------------

/** Class names of status pills, badges and fields, as words: "MuiChip-label", "badge", "st", "job-state". */
const STATUS_CLASS_WORDS = new Set([
  'status',
  'state',
  'badge',
  'pill',
  'chip',
  'tag',
  'label',
  'lozenge',
  'st',
  'sts',
  'result',
  'outcome',
]);
const STATUS_ATTRIBUTES = [
  'col-id',
  'data-field',
  'data-col',
  'data-column',
  'data-label',
  'aria-label',
  'title',
  'name',
];

function classWords(element: Element): string[] {
  const names = element.getAttribute('class');
  if (!names) return [];
  return names
    .split(/[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
}

/** Class names and attributes that say a field holds a status or code: `span.code`, `[data-field="status"]`. */
const FIELD_WORDS = new Set(['status', 'state', 'code', 'result']);

function namedAsStatus(element: Element, label: string): boolean {
  for (let el: Element | null = element; el && wholeText(el) === label; el = composedParent(el)) {
    if (classWords(el).some((w) => FIELD_WORDS.has(w))) return true;
    for (const name of STATUS_ATTRIBUTES) {
      const value = el.getAttribute(name);
      if (value && /\b(status|state|code)\b/i.test(value)) return true;
    }
  }
  return false;
}

/** The element's own marks of a status: a cell, a role, a class, an attribute, a pill's look. */
function looksLikeStatus(element: Element): boolean {
  if (isCell(element) || element.getAttribute('role') === 'status') return true;
  if (classWords(element).some((w) => STATUS_CLASS_WORDS.has(w))) return true;
  for (const name of STATUS_ATTRIBUTES) {
    const value = element.getAttribute(name);
    if (value && /\b(status|state)\b/i.test(value)) return true;
  }
  return looksLikePill(element);
}

/** A pill of any class naming: coloured or rounded apart from what stands around it. */
function looksLikePill(element: Element): boolean {
  const view = element.ownerDocument.defaultView;
  const parent = element.parentElement;
  if (!view || !parent) return false;
  const style = view.getComputedStyle(element);
  const background = style.backgroundColor;
  const coloured =
    !!background &&
    !/^(transparent|rgba\(0, 0, 0, 0\))$/.test(background) &&
    background !== view.getComputedStyle(parent).backgroundColor;
  const rounded = parseFloat(style.borderTopLeftRadius) > 0 && style.borderTopStyle !== 'none';
  return coloured || rounded;
}

/** A label before it says "Status": `<dt>Status</dt><dd>…`, `Status: <b>…</b>`. */
function labelledAsStatus(element: Element): boolean {
  const before = element.previousElementSibling;
  if (before && /\bstatus\s*:?$/i.test(wholeText(before))) return true;
  const text = element.previousSibling?.nodeType === Node.TEXT_NODE ? (element.previousSibling.textContent ?? '') : '';
  return /\bstatus\s*:?\s*$/i.test(text);
}

const ITEM_TAGS = new Set(['li', 'tr', 'article', 'dd']);
const ITEM_ROLES = new Set(['row', 'listitem', 'article', 'option']);

/** An item of a job list: a row, a list item, a card — one of several alike — holding more than the label. */
function isJobItem(element: Element, label: string): boolean {
  if (wholeText(element).length <= label.length) return false;
  if (ITEM_TAGS.has(element.localName) || ITEM_ROLES.has(element.getAttribute('role') ?? '')) return true;
  const cls = element.getAttribute('class');
  for (const sibling of [element.previousElementSibling, element.nextElementSibling]) {
    if (sibling && sibling.localName === element.localName && sibling.getAttribute('class') === cls) return true;
  }
  return false;
}

/**
 * Whether a common word stands where a status does: the element holding it (or one around it with the same
 * text) is a cell, a pill or badge, or a status field, or it sits in an item of a job list.
 */
export function hasStatusContext(element: Element, label: string): boolean {
  let el: Element | null = element;
  for (; el && wholeText(el) === label; el = composedParent(el)) {
    if (looksLikeStatus(el) || labelledAsStatus(el)) return true;
  }
  for (let i = 0; el && i < 3; el = composedParent(el), i++) {
    if (isJobItem(el, label)) return true;
  }
  return false;
}
