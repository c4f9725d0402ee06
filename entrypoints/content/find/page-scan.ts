/**
 * Find, for the whole page (the report and the keyboard commands, never hover): every status under a root,
 * in one pass over its nodes in document order. A table with a Status column is not walked: its column is
 * read (./columns).
 * Runs as a job of the scheduler, yielding every few dozen nodes, and reads no more than its budget: each
 * text and cell looked at spends one (an element passed on the way costs a glance at its name and role: a
 * console's menus and panels before its table do not use up what the table needs).
 */
import {
  composedParent,
  holdsMoreText,
  isNotAStatus,
  isTable,
  MAX_LABEL,
  statusColumnIndex,
  TABLES,
} from '../../../components/page/dom';
import type { ConsoleModule } from '../console-module';
import { HOST_TAG } from '../own';
import { codesIn } from './codes';
import { type Budget, type ColumnRead, readColumn } from './columns';
import { elementStatus, type StatusHit } from './status';

export interface ScanSink {
  /** The statuses a text shows (none: it shows none now). */
  text(node: Text, hits: StatusHit[]): void;
  column(column: ColumnRead): void;
  shadowRoot(root: ShadowRoot): void;
  /** The budget ran out inside `node` (a table, the root): it was not all read. */
  partial(node: Node): void;
}

/** Nodes judged per step of a job. */
const STEP = 64;

/** What a console's texts must look like to be worth a closer look, built once per console. */
interface Prefilter {
  words: ReadonlySet<string>;
  /** For a console of codes: the codes' shape, or an underscore for codes of a shape not yet known. */
  shape: RegExp | null;
  /** For a console of codes: a text that is one code and nothing else (a cell's, a chip's). */
  whole: RegExp | null;
}
const PREFILTERS = new WeakMap<ConsoleModule, Prefilter>();

function prefilterOf(module: ConsoleModule): Prefilter {
  let filter = PREFILTERS.get(module);
  if (!filter) {
    const words = new Set<string>();
    for (const folded of module.codes ? [] : module.catalog.foldedLabels()) {
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
    if (holdsMoreText(el, MAX_LABEL * 2)) break;
    const hit = elementStatus(module, el);
    if (hit) return [hit];
  }
  return [];
}

/**
 * The statuses a text shows, judged only when it may hold one. Without `inText`, codes standing inside a
 * longer text (a log line, a message) are not looked for: they are counted when someone asks.
 */
export function judgeText(module: ConsoleModule, text: Text, memo: ExclusionMemo, inText: boolean): StatusHit[] {
  return mayHold(prefilterOf(module), text.data, inText) ? statusesOfText(module, text, memo) : [];
}

/**
 * A job: every status under `root`, told to `sink`, in one walk in document order; codes inside longer texts
 * only with `inText` (the report and the keyboard commands ask for them; the badge and Tab stops need the
 * statuses that stand alone). A table with a Status column met on the way is read as a column and stepped
 * over. Where `budget` runs out the job ends, and tells `sink` it read only part: what a page costs at load
 * is what was read of it, not its size.
 */
export function* scan(
  module: ConsoleModule,
  root: Node,
  sink: ScanSink,
  inText = true,
  budget: Budget = { left: Number.POSITIVE_INFINITY },
) {
  const memo = new ExclusionMemo();
  if (root.nodeType === Node.TEXT_NODE) {
    const text = root as Text;
    budget.left--;
    sink.text(text, judgeText(module, text, memo, inText));
    return;
  }
  // Once codes inside texts are asked for, a console of codes reads no column: its codes count wherever they
  // stand, a table's other columns included, and each as the text it is.
  const columns = !(module.codes && inText);
  const element = root.nodeType === Node.DOCUMENT_NODE ? (root as Document).documentElement : root;
  if (!element) return;
  // Rows added to a Status column (or the table itself): the column is read again.
  const column = (read: ColumnRead) => sink.column(read);
  const enclosing = columns && element instanceof Element ? element.closest(TABLES) : null;
  const enclosingIndex = enclosing ? statusColumnIndex(enclosing) : -1;
  if (enclosing && enclosingIndex >= 0) {
    if (memo.excluded(enclosing) || (yield* readColumn(enclosing, enclosingIndex, column, budget))) return;
    sink.partial(enclosing);
    return sink.partial(root);
  }
  // Custom elements anywhere in the document are for consoles built of them; elsewhere, in what the page adds.
  const whole = element === element.ownerDocument?.documentElement;
  const shadows = !whole || !!module.webComponents;
  const filter = prefilterOf(module);
  const walker = (element.ownerDocument ?? document).createTreeWalker(
    element,
    NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT,
  );
  let n = 0;
  for (let node: Node | null = element; node; node = walker.nextNode()) {
    if (++n % STEP === 0) yield;
    if (node.nodeType === Node.TEXT_NODE) {
      if (--budget.left < 0) return sink.partial(root);
      const text = node as Text;
      if (mayHold(filter, text.data, inText)) sink.text(text, statusesOfText(module, text, memo));
      continue;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) continue;
    const el = node as Element;
    if (shadows && el.shadowRoot && el.localName !== HOST_TAG) sink.shadowRoot(el.shadowRoot);
    if (!columns || !isTable(el)) continue;
    const index = statusColumnIndex(el);
    if (index < 0 || memo.excluded(el)) continue;
    if (!(yield* readColumn(el, index, column, budget))) {
      // The column and, after it, the rest of the root were not read.
      sink.partial(el);
      return sink.partial(root);
    }
    // Its column was read, and its other cells hold no status: on past it.
    let last: Node = el;
    while (last.lastChild) last = last.lastChild;
    walker.currentNode = last;
  }
}

/**
 * A job: the open shadow roots of the custom elements under `root` (not the overlay's), whose texts a walk of
 * the document cannot see, told to `found`; among the first `limit` elements. Returns how many it looked at.
 */
export function* shadowRootsUnder(root: Node, found: (root: ShadowRoot) => void, limit = Number.POSITIVE_INFINITY) {
  if (root.nodeType === Node.TEXT_NODE) return 0;
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  const first = root.nodeType === Node.ELEMENT_NODE ? root : walker.nextNode();
  let n = 0;
  for (let node = first; node && n < limit; node = walker.nextNode(), n++) {
    const element = node as Element;
    if (element.shadowRoot && element.localName !== HOST_TAG) found(element.shadowRoot);
    if (n % 2048 === 2047) yield;
  }
  return n;
}
