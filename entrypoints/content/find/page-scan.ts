/**
 * Find, for the whole page (the report and the keyboard commands, never hover): every status under a root,
 * in one pass over its texts. A table with a Status column is not walked: its column's cells come from one
 * native query and each is read once. Runs as a job of the scheduler, yielding every few dozen nodes.
 */
import { foldLabel } from '../../../catalog/text';
import { codesIn } from '../consoles/codes';
import {
  composedParent,
  HOST_TAG,
  innermostWithSameText,
  isExcluded,
  isNotAStatus,
  MAX_LABEL,
  statusColumnIndex,
  TABLES,
} from '../consoles/dom';
import type { ConsoleModule } from '../consoles/types';
import { elementStatus, type StatusHit } from './status';

/** A Status column as read: its cells, top to bottom, and the label each showed (null: none). */
export interface ColumnRead {
  table: Element;
  index: number;
  cells: ArrayLike<Element>;
  labels: (string | null)[];
}

export interface ScanSink {
  /** The statuses a text shows (none: it shows none now). */
  text(node: Text, hits: StatusHit[]): void;
  column(column: ColumnRead): void;
  shadowRoot(root: ShadowRoot): void;
}

/** Nodes judged per step of a job. */
const STEP = 64;
/** Cells read per step of a job. */
const CELL_STEP = 512;

/** What a console's texts must look like to be worth a closer look, built once per console. */
interface Prefilter {
  words: ReadonlySet<string>;
  /** For a console of codes: the codes' shape, or an underscore for codes of a shape not yet known. */
  shape: RegExp | null;
  /** For a console of codes: a text that is one code and nothing else (a cell's, a chip's). */
  whole: RegExp | null;
}
const PREFILTERS = new WeakMap<ConsoleModule, Prefilter>();

function prefilterOf(module: ConsoleModule, labels: readonly string[]): Prefilter {
  let filter = PREFILTERS.get(module);
  if (!filter) {
    const words = new Set<string>();
    for (const label of module.codes ? [] : labels) {
      const folded = foldLabel(label);
      words.add(folded);
      for (const word of folded.split(' ')) if (word.length > 2) words.add(word);
    }
    const shape = module.codes ? new RegExp(module.codes.shape.source) : module.unknownLike ? /_/ : null;
    const whole = module.codes ? new RegExp(`^\\s*(?:${module.codes.shape.source})\\s*$`) : null;
    filter = { words, shape, whole };
    PREFILTERS.set(module, filter);
  }
  return filter;
}

/**
 * Whether a text may hold a status: it is a label or one of its words, or it has the shape of a code.
 * Without `inText`, only a text that may be a status as a whole: a code inside a sentence is left for later.
 */
function mayHold(filter: Prefilter, value: string, inText: boolean): boolean {
  if (filter.whole && !inText) return value.length <= MAX_LABEL * 2 && filter.whole.test(value);
  if (filter.shape) return filter.shape.test(value);
  if (value.length > MAX_LABEL * 2) return false;
  const trimmed = value.trim();
  return trimmed.length > 0 && filter.words.has(trimmed.toLowerCase().replace(/\s+/g, ' '));
}

/** Remembers, for one pass, which elements stand where no status is: texts share their ancestors. */
export class ExclusionMemo {
  private readonly memo = new Map<Element, boolean>();

  excluded(element: Element | null): boolean {
    if (!element) return false;
    const known = this.memo.get(element);
    if (known !== undefined) return known;
    const value = isNotAStatus(element) || this.excluded(composedParent(element));
    this.memo.set(element, value);
    return value;
  }
}

/** The statuses a text shows: its codes, or the element around it that is a status as a whole. */
export function statusesOfText(module: ConsoleModule, node: Text, memo: ExclusionMemo): StatusHit[] {
  const parent = composedParent(node);
  if (!parent || memo.excluded(parent)) return [];
  const codes = module.codes;
  if (codes) {
    const found = codesIn(node.data, codes);
    if (found.length) {
      const first = found[0] as (typeof found)[number];
      // The code is all its element says (a cell, a chip): the element is the status. Asked of the parent's
      // children, not its text, which a long log line would have to build.
      if (
        found.length === 1 &&
        parent instanceof HTMLElement &&
        parent.childNodes.length === 1 &&
        node.data.trim() === first.code
      ) {
        return [{ kind: 'element', element: parent, label: first.code }];
      }
      return found.map(({ code, start, end }) => ({ kind: 'text', node, start, end, label: code }));
    }
  }
  for (let el: Element | null = parent, i = 0; el && i < 4; el = composedParent(el), i++) {
    if ((el.textContent?.length ?? 0) > MAX_LABEL * 2) break;
    const hit = elementStatus(module, el);
    if (hit) return [hit];
  }
  return [];
}

const ARIA_TABLES = '[role="table"], [role="grid"], [role="treegrid"]';

/** The tables and grids with a Status column under (or around) `root`, in document order. */
export function statusTables(root: Node): Element[] {
  const element = root.nodeType === Node.DOCUMENT_NODE ? (root as Document).documentElement : root;
  if (element.nodeType !== Node.ELEMENT_NODE && element.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return [];
  const scope = element as Element | ShadowRoot;
  const enclosing = scope instanceof Element ? scope.closest(TABLES) : null;
  if (enclosing && statusColumnIndex(enclosing) >= 0) return [enclosing];
  // HTML tables and the column headers of ARIA grids, which a Status column needs anyway, in one search of the
  // page: each search matches every element of it, and a grid's roles are several.
  const candidates = new Set<Element>();
  for (const candidate of scope.querySelectorAll('table, [role="columnheader"]')) {
    const table = candidate.localName === 'table' ? candidate : candidate.closest(ARIA_TABLES);
    if (table) candidates.add(table);
  }
  const found = [...candidates].filter((table) => statusColumnIndex(table) >= 0);
  // Nested tables: the outer one's column is read, the inner ones stand in its cells.
  return found
    .sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1))
    .filter((table, i, all) => !all.slice(0, i).some((outer) => outer.contains(table)));
}

/**
 * The body cells of one column, top to bottom. For an HTML table one query answers in native code: no
 * wrapper is made for its rows and no cell list per row. ARIA grids (AG Grid) may say each cell's column.
 */
export function columnCells(table: Element, index: number): ArrayLike<Element> {
  if (table instanceof HTMLTableElement) {
    for (let child = table.firstElementChild; child; child = child.nextElementSibling) {
      // Rows put straight under the table by a script: the query below would miss them.
      if (child.localName === 'tr')
        return [...table.rows]
          .map((r) => r.cells[index])
          .filter((c): c is HTMLTableCellElement => !!c && c.localName === 'td');
    }
    return table.querySelectorAll(`:scope > tbody > tr > td:nth-child(${index + 1})`);
  }
  const byAria = table.querySelectorAll(`[aria-colindex="${index + 1}"]:not([role="columnheader"])`);
  if (byAria.length) return byAria;
  // Rows of cells only, as ARIA grids are built: the nth child is the nth cell, asked in native code.
  return table.querySelectorAll(`[role="row"] > :nth-child(${index + 1}):not([role="columnheader"])`);
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
  return labelOfText(cell.textContent ?? '');
}

/**
 * The labels of a column's cells. A column repeats a handful of texts thousands of times: each text is
 * folded once, then looked up.
 */
function* readLabels(cells: ArrayLike<Element>, into: (string | null)[]) {
  const known = new Map<string, string | null>();
  for (let i = 0; i < cells.length; i++) {
    const raw = (cells[i] as Element).textContent ?? '';
    let label = known.get(raw);
    if (label === undefined) {
      label = labelOfText(raw);
      if (raw.length <= MAX_LABEL * 2 && known.size < 512) known.set(raw, label);
    }
    into[i] = label;
    if (i % CELL_STEP === CELL_STEP - 1) yield;
  }
}

/**
 * The status element of a Status column's cell whose label was read and counts: the pill inside it, or the
 * cell. Null when it is a control's text. `table`: the cell's table, where no status stands was looked at when
 * the column was read.
 */
export function columnCellStatus(cell: Element, label: string, table: Element | null = null): HTMLElement | null {
  const element = innermostWithSameText(cell, label);
  return element instanceof HTMLElement && !isExcluded(element, table) ? element : null;
}

/** The status element of a Status column's cell, as hover and Tab see it (the pill inside it, or the cell). */
export function cellStatus(module: ConsoleModule, cell: Element): StatusHit | null {
  const label = cellLabel(cell);
  if (!label) return null;
  return elementStatus(module, innermostWithSameText(cell, label));
}

/**
 * The statuses a text shows, judged only when it may hold one. Without `inText`, codes standing inside a
 * longer text (a log line, a message) are not looked for: they are counted when someone asks.
 */
export function judgeText(
  module: ConsoleModule,
  labels: readonly string[],
  text: Text,
  memo: ExclusionMemo,
  inText: boolean,
): StatusHit[] {
  return mayHold(prefilterOf(module, labels), text.data, inText) ? statusesOfText(module, text, memo) : [];
}

/**
 * A job: every status under `root`, told to `sink`; codes inside longer texts only with `inText` (the
 * report and the keyboard commands ask for them; the badge and Tab stops need the statuses that stand alone).
 */
export function* scan(module: ConsoleModule, labels: readonly string[], root: Node, sink: ScanSink, inText = true) {
  const memo = new ExclusionMemo();
  if (root.nodeType === Node.TEXT_NODE) {
    const text = root as Text;
    sink.text(text, judgeText(module, labels, text, memo, inText));
    return;
  }
  // Once codes inside texts are asked for, a console of codes reads no column: its codes count wherever they
  // stand, a table's other columns included, and each as the text it is.
  const tables = module.codes && inText ? [] : statusTables(root);
  for (const table of tables) {
    if (memo.excluded(table)) continue;
    const index = statusColumnIndex(table);
    const cells = columnCells(table, index);
    const labelsRead: (string | null)[] = new Array(cells.length);
    yield* readLabels(cells, labelsRead);
    sink.column({ table, index, cells, labels: labelsRead });
  }
  yield* walkTexts(module, labels, root, tables, memo, sink, inText);
  // Custom elements anywhere in the document are for consoles built of them; elsewhere, in what the page adds.
  const whole = root.nodeType === Node.DOCUMENT_NODE || root === root.ownerDocument?.documentElement;
  if (!whole || module.webComponents) {
    yield* shadowRootsUnder(root, (shadow) => sink.shadowRoot(shadow), whole ? Infinity : ADDED_ELEMENTS);
  }
}

/** Elements of an added subtree looked at for custom elements: a render of a few rows or a panel. */
const ADDED_ELEMENTS = 2000;

/** The texts under `root`, status tables stepped over whole. */
function* walkTexts(
  module: ConsoleModule,
  labels: readonly string[],
  root: Node,
  tables: readonly Element[],
  memo: ExclusionMemo,
  sink: ScanSink,
  inText: boolean,
) {
  const filter = prefilterOf(module, labels);
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let t = 0;
  let skip = tables[0];
  let n = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    while (skip && !skip.contains(node) && skip.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING) {
      skip = tables[++t];
    }
    if (skip?.contains(node)) {
      // Into a status table: its column was read, and its other cells hold no status. On past it.
      let last: Node = skip;
      while (last.lastChild) last = last.lastChild;
      walker.currentNode = last;
      skip = tables[++t];
      continue;
    }
    const text = node as Text;
    if (mayHold(filter, text.data, inText)) sink.text(text, statusesOfText(module, text, memo));
    if (++n % STEP === 0) yield;
  }
}

/**
 * A job: the open shadow roots of the custom elements under `root` (not the overlay's), whose texts a walk of
 * the document cannot see, told to `found`; among the first `limit` elements.
 */
export function* shadowRootsUnder(root: Node, found: (root: ShadowRoot) => void, limit = Infinity) {
  if (root.nodeType === Node.TEXT_NODE) return;
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  const first = root.nodeType === Node.ELEMENT_NODE ? root : walker.nextNode();
  for (let node = first, n = 0; node && n < limit; node = walker.nextNode(), n++) {
    const element = node as Element;
    if (element.shadowRoot && element.localName !== HOST_TAG) found(element.shadowRoot);
    if (n % 2048 === 2047) yield;
  }
}
