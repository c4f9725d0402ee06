import { productById } from '../../../catalog/products';
import type { Entry, ProductId } from '../../../catalog/schema';
import type { Finding, PageReport } from '../../../components/messaging/schema';
import type { ProductSwitches } from '../../../components/settings/schema';
import { CONSOLES, type ConsoleModule, type ScanResult } from '../consoles';
import {
  cellIndex,
  columnCellLabel,
  columnCellStatus,
  columnCells,
  HOST_TAG,
  isCell,
  MARK,
  TABLES,
  TOKEN,
  wholeText,
} from '../consoles/dom';
import { Tooltip, type TooltipSubject } from './tooltip';

/** Above this many added subtrees in one batch, one rescan of the page is cheaper than many small ones. */
const RESCAN_THRESHOLD = 300;
/**
 * A status column with more rows than this is made focusable near the viewport only, ahead of the reader,
 * instead of writing to thousands of cells at once; hover and the popup's report still cover every row.
 */
const EAGER_ROWS = 200;
/** Rows of a status column read in one task (about 5 ms on a slow machine). */
const COLUMN_SLICE = 2500;
/** Statuses found one by one (codes in a log) marked in one task (about 5 ms on a slow machine). */
const MARK_SLICE = 1000;
/** How far beyond the viewport, in viewport heights, statuses are made focusable ahead of Tab and scrolling. */
const WINDOW_MARGIN = 1;
/** Where a status's section is read: statuses in one of these share it. */
const GROUP = 'table, [role="table"], [role="grid"], [role="tabpanel"], section';
/** How long the pointer rests on a label before its tooltip shows (the budget is 100 ms). */
const SHOW_DELAY = 40;
/** Grace time to move the pointer from the label into the tooltip (WCAG 1.4.13, hoverable). */
const HIDE_DELAY = 250;

/** What a label means where it stands, read once per pass for each table or panel and label. */
interface Resolution {
  section: string | null;
  entry: Entry | undefined;
  /** The finding it counts towards in the popup's report. */
  key: string;
}
type ResolutionCache = Map<Element, Map<string, Resolution>>;

/** A status the last scans found on the page. */
interface Candidate {
  label: string;
  /** The table or panel it stands in. */
  group: Element;
}

/** A status column, read row by row: the labels it shows, counted, for the report. */
interface Column {
  index: number;
  /** The column's cells, top to bottom, when it was read. */
  cells: ArrayLike<Element>;
  counts: Map<string, number>;
  /** Rows read so far: a very long column is read in slices, one task each. */
  read: number;
  /** Long enough to be marked near the viewport only. */
  long: boolean;
}

interface Marked {
  label: string;
  entryId: string | null;
}

export interface OverlayHost {
  signal: AbortSignal;
  /** Called, debounced, whenever what the page shows changed. */
  onReport(report: PageReport): void;
}

/**
 * Runs the overlay on one document: picks the console the page is, marks its status elements,
 * keeps up with re-renders, and shows the tooltip on hover and focus. Everything it adds to the page
 * is removed by `stop()` (and when `signal` aborts).
 */
export class Overlay {
  private switches: ProductSwitches | null = null;
  private module: ConsoleModule | null = null;
  /** Statuses found one by one (pills, badges, codes): hover, focus and the report work from these... */
  private readonly candidates = new Map<HTMLElement, Candidate>();
  /** ...and from the status columns of tables, by table, whose cells are looked at only when needed. */
  private readonly columns = new Map<Element, Column>();
  /** Statuses made focusable and labelled on the page. */
  private readonly marked = new Map<HTMLElement, Marked & { group: Element }>();
  private windowScheduled = false;
  private readonly tooltip: Tooltip;
  private readonly observer: MutationObserver;
  private pendingRoots = new Set<Node>();
  private pendingText = new Set<HTMLElement>();
  private flushScheduled = false;
  private lastRecognition = { url: '', title: '', at: 0 };
  private showTimer: ReturnType<typeof setTimeout> | undefined;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  private reportTimer: ReturnType<typeof setTimeout> | undefined;
  private lastReport = '';
  private stopped = false;

  constructor(
    private readonly doc: Document,
    private readonly host: OverlayHost,
  ) {
    this.tooltip = new Tooltip(doc);
    this.observer = new MutationObserver((records) => this.onMutations(records));
    const signal = host.signal;
    const opts = { signal, capture: true, passive: true } as const;
    doc.addEventListener('pointerover', (e) => this.onPointerOver(e), opts);
    doc.addEventListener('pointerout', (e) => this.onPointerOut(e), opts);
    doc.addEventListener('focusin', (e) => this.onFocusIn(e), opts);
    doc.addEventListener('focusout', (e) => this.onFocusOut(e), opts);
    doc.addEventListener('keydown', (e) => this.onKeyDown(e), { signal, capture: true });
    doc.addEventListener('copy', (e) => this.onCopy(e), { signal, capture: true });
    // Scrolling (of the page or of any container: capture sees them all) brings more statuses near.
    doc.addEventListener('scroll', () => this.scheduleWindow(), opts);
    doc.defaultView?.addEventListener('resize', () => this.scheduleWindow(), { signal, passive: true });
    doc.defaultView?.addEventListener('popstate', () => this.recheck(true), { signal });
    doc.defaultView?.addEventListener('hashchange', () => this.recheck(true), { signal });
    signal.addEventListener('abort', () => this.stop());
  }

  /** Applies the console switches (first call starts the overlay). Turning one off removes its tooltips at once. */
  apply(switches: ProductSwitches): void {
    if (this.stopped) return;
    this.switches = switches;
    if (this.module && !switches[this.module.product]) this.deactivate();
    this.recheck(true);
    this.observer.observe(this.doc.documentElement, { childList: true, subtree: true, characterData: true });
  }

  /** The page's statuses now, for the popup. */
  report(): PageReport {
    const product = this.module?.product ?? null;
    if (!this.module || !product) return { product: null, findings: [] };
    const findings = new Map<string, Finding>();
    const cache: ResolutionCache = new Map();
    for (const [element, { label, group }] of this.candidates) {
      if (!element.isConnected) continue;
      const { section, entry, key } = this.resolve(element, label, group, cache);
      const prior = findings.get(key);
      if (prior) prior.count++;
      else findings.set(key, finding(product, section, label, entry, 1));
    }
    for (const [table, column] of this.columns) {
      if (!table.isConnected) continue;
      for (const [label, count] of column.counts) {
        const { section, entry, key } = this.resolve(table, label, table, cache);
        const prior = findings.get(key);
        if (prior) prior.count += count;
        else findings.set(key, finding(product, section, label, entry, count));
      }
    }
    return { product, findings: [...findings.values()].slice(0, 2000) };
  }

  /** Scrolls to the first status of an entry and opens its tooltip, as focus would. */
  reveal(entryId: string, label: string): boolean {
    const cache: ResolutionCache = new Map();
    for (const [element, candidate] of this.candidates) {
      if (!element.isConnected) continue;
      const id = this.resolve(element, candidate.label, candidate.group, cache).entry?.id ?? null;
      if (id === entryId || (!id && candidate.label === label)) {
        this.showStatus(element, candidate, cache);
        return true;
      }
    }
    for (const [table, column] of this.columns) {
      if (!table.isConnected) continue;
      for (let i = 0; i < column.cells.length; i++) {
        const status = columnCellStatus(column.cells[i] as Element);
        if (!status) continue;
        const id = this.resolve(table, status.label, table, cache).entry?.id ?? null;
        if (id === entryId || (!id && status.label === label)) {
          this.showStatus(status.element, { label: status.label, group: table }, cache);
          return true;
        }
      }
    }
    return false;
  }

  private showStatus(element: HTMLElement, candidate: Candidate, cache: ResolutionCache): void {
    this.mark(element, candidate, cache);
    element.scrollIntoView({ block: 'center' });
    element.focus({ preventScroll: true });
    this.open(element);
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.observer.disconnect();
    clearTimeout(this.showTimer);
    clearTimeout(this.hideTimer);
    clearTimeout(this.reportTimer);
    this.deactivate();
    this.tooltip.destroy();
  }

  // --- recognition and scanning -------------------------------------------------------------

  /** Decides again which console the page is; cheap enough for every route change. */
  private recheck(force = false): void {
    const switches = this.switches;
    if (!switches || this.stopped) return;
    const now = Date.now();
    const url = this.doc.location?.href ?? '';
    const title = this.doc.title;
    const same = url === this.lastRecognition.url && title === this.lastRecognition.title;
    if (!force && ((same && this.module) || now - this.lastRecognition.at < 500)) return;
    this.lastRecognition = { url, title, at: now };
    const next = CONSOLES.find((c) => switches[c.product] && safely(() => c.recognise(this.doc), false)) ?? null;
    if (next !== this.module) {
      this.deactivate();
      this.module = next;
      if (next) this.scan([this.doc.documentElement]);
    }
    this.scheduleReport();
  }

  /**
   * Finds the statuses under each root and reads the status columns found, with `columns` (table → column
   * index) already known to have changed: a table touched by several roots is read once.
   */
  private scan(roots: readonly Element[], columns = new Map<Element, number>()): void {
    const module = this.module;
    if (!module) return;
    const results = roots.map((root) => safely(() => module.findStatuses(root), { statuses: [], columns: [] }));
    this.take(results, columns);
  }

  /** Takes what scans found: candidates marked in slices, columns read, and the rest of a scan continued. */
  private take(results: readonly ScanResult[], columns = new Map<Element, number>()): void {
    const module = this.module;
    const cache: ResolutionCache = new Map();
    const fresh: HTMLElement[] = [];
    const rests: (() => ScanResult)[] = [];
    for (const found of results) {
      for (const { element, label } of found.statuses) {
        this.candidates.set(element, { label, group: element.closest(GROUP) ?? this.doc.body });
        fresh.push(element);
      }
      for (const { table, index } of found.columns) columns.set(table, index);
      if (found.rest) rests.push(found.rest);
    }
    this.markCandidates(fresh, 0, cache);
    for (const [table, index] of columns) this.readColumn(table, index, cache);
    if (!rests.length) return;
    setTimeout(() => {
      // Another console now, or none: its scan is not ours to finish.
      if (this.stopped || this.module !== module) return;
      const more = rests.map((rest) => safely(rest, { statuses: [], columns: [] }));
      // Only our own wrapping of codes changed the page in this task (the page's changes of earlier tasks
      // were delivered already): not news to rescan.
      this.observer.takeRecords();
      this.take(more);
      this.scheduleReport();
    }, 0);
  }

  /**
   * Marks statuses found one by one, a slice per task: an execution log can hold thousands of codes. Hover
   * and the report work from the candidates at once; only Tab waits the few milliseconds a slice takes.
   */
  private markCandidates(elements: readonly HTMLElement[], from: number, cache: ResolutionCache): void {
    const end = Math.min(elements.length, from + MARK_SLICE);
    for (let i = from; i < end; i++) {
      const element = elements[i] as HTMLElement;
      const candidate = this.candidates.get(element);
      if (candidate && element.isConnected) this.mark(element, candidate, cache);
    }
    if (end >= elements.length) return;
    setTimeout(() => {
      if (this.stopped || !this.module) return;
      this.markCandidates(elements, end, cache);
    }, 0);
  }

  /**
   * Reads a status column again, whole: the labels it shows, counted. This is the only work done for
   * every row of a long table; a cell is looked at closer when it comes near the viewport or the pointer.
   */
  private readColumn(table: Element, index: number, cache: ResolutionCache = new Map()): void {
    const cells = columnCells(table, index);
    const column = { index, cells, counts: new Map<string, number>(), read: 0, long: cells.length > EAGER_ROWS };
    this.columns.set(table, column);
    this.readSlice(table, column);
    if (column.long) this.scheduleWindow();
    else this.markColumn(table, column, 0, cells.length, cache);
  }

  /** Reads the next rows of a column; the rest in a later task, so no task of ours runs long on any table. */
  private readSlice(table: Element, column: Column): void {
    const cells = column.cells;
    const end = Math.min(cells.length, column.read + COLUMN_SLICE);
    for (let i = column.read; i < end; i++) {
      const label = columnCellLabel(cells[i] as Element);
      if (label) column.counts.set(label, (column.counts.get(label) ?? 0) + 1);
    }
    column.read = end;
    if (end >= cells.length) return;
    setTimeout(() => {
      // Read again meanwhile (a re-render) or gone: that reading carries on instead.
      if (this.stopped || this.columns.get(table) !== column || !table.isConnected) return;
      this.readSlice(table, column);
      this.scheduleReport();
    }, 0);
  }

  /** Marks the statuses of cells `from` (inclusive) to `to` (exclusive) of a status column. */
  private markColumn(table: Element, column: Column, from: number, to: number, cache: ResolutionCache): void {
    const cells = column.cells;
    for (let i = from; i < Math.min(to, cells.length); i++) {
      const status = columnCellStatus(cells[i] as Element);
      if (status) this.mark(status.element, { label: status.label, group: table }, cache);
    }
  }

  /** The section and entry of a status, read once per table or panel and label in one pass. */
  private resolve(element: Element, label: string, group: Element, cache: ResolutionCache): Resolution {
    const module = this.module;
    if (!module) return { section: null, entry: undefined, key: '' };
    let byLabel = cache.get(group);
    if (!byLabel) {
      byLabel = new Map();
      cache.set(group, byLabel);
    }
    let resolution = byLabel.get(label);
    if (!resolution) {
      const section = safely(() => module.sectionOf(element, label), null);
      const entry = module.resolve(label, section);
      resolution = { section, entry, key: `${section}|${label}|${entry?.id ?? ''}` };
      byLabel.set(label, resolution);
    }
    return resolution;
  }

  private mark(element: HTMLElement, candidate: Candidate, cache: ResolutionCache = new Map()): void {
    const entryId = this.resolve(element, candidate.label, candidate.group, cache).entry?.id ?? null;
    const prior = this.marked.get(element);
    if (prior && prior.label === candidate.label && prior.entryId === entryId) return;
    this.marked.set(element, { label: candidate.label, entryId, group: candidate.group });
    element.setAttribute(MARK, entryId ?? 'unknown');
    // Reachable with Tab like any control, unless the page made it focusable already.
    if (!element.hasAttribute('tabindex') && element.tabIndex < 0) {
      element.setAttribute('tabindex', '0');
      element.dataset.statusLensTabindex = '';
    }
  }

  private scheduleWindow(): void {
    if (this.windowScheduled || this.stopped || !this.hasLongColumn()) return;
    this.windowScheduled = true;
    const view = this.doc.defaultView;
    // In the next frame, when layout is done anyway; a hidden tab has no frames and needs nothing yet.
    if (view) view.requestAnimationFrame(() => this.markNearViewport());
    else setTimeout(() => this.markNearViewport(), 16);
  }

  private hasLongColumn(): boolean {
    for (const column of this.columns.values()) if (column.long) return true;
    return false;
  }

  /**
   * Marks the statuses of long tables within a viewport's height above and below the visible part, so Tab
   * and screen readers find them before the reader gets there. Rows run top to bottom, so the first one in
   * range is found by bisection: a few positions read, whatever the length of the table.
   */
  private markNearViewport(): void {
    this.windowScheduled = false;
    if (this.stopped || !this.module) return;
    const height = this.doc.defaultView?.innerHeight || this.doc.documentElement.clientHeight || 800;
    const top = -height * WINDOW_MARGIN;
    const bottom = height * (1 + WINDOW_MARGIN);
    const cache: ResolutionCache = new Map();
    for (const [table, column] of this.columns) {
      // Not rendered (a tab panel not shown): its turn comes when it is.
      if (!column.long || !table.isConnected || table.getClientRects().length === 0) continue;
      const cells = column.cells;
      let low = 0;
      let high = cells.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if ((cells[middle] as Element).getBoundingClientRect().bottom < top) low = middle + 1;
        else high = middle;
      }
      let end = low;
      while (end < cells.length && (cells[end] as Element).getBoundingClientRect().top <= bottom) end++;
      this.markColumn(table, column, low, end, cache);
    }
  }

  private unmark(element: HTMLElement): void {
    this.marked.delete(element);
    element.removeAttribute(MARK);
    if (element.dataset.statusLensTabindex !== undefined) {
      element.removeAttribute('tabindex');
      delete element.dataset.statusLensTabindex;
    }
    if (element.hasAttribute(TOKEN)) element.replaceWith(...element.childNodes);
  }

  private deactivate(): void {
    this.tooltip.hide();
    for (const element of [...this.marked.keys()]) this.unmark(element);
    // Spans wrapped around codes in sentences, whether marked or not.
    for (const span of this.doc.querySelectorAll(`[${TOKEN}]`)) span.replaceWith(...span.childNodes);
    this.candidates.clear();
    this.columns.clear();
    this.module = null;
  }

  private onMutations(records: MutationRecord[]): void {
    if (this.stopped) return;
    for (const record of records) {
      const target = record.target;
      if (target.nodeName.toLowerCase() === HOST_TAG || (target as Element).closest?.(HOST_TAG)) continue;
      if (record.type === 'characterData') {
        const owner = target.parentElement?.closest<HTMLElement>(`[${MARK}]`);
        if (owner) this.pendingText.add(owner);
        else if (target.parentElement) this.pendingRoots.add(target.parentElement);
      } else {
        for (const node of record.addedNodes)
          if (node.nodeType === Node.ELEMENT_NODE || node.nodeType === Node.TEXT_NODE) this.pendingRoots.add(node);
        const owner = record.target instanceof HTMLElement ? record.target.closest<HTMLElement>(`[${MARK}]`) : null;
        if (owner) this.pendingText.add(owner);
      }
    }
    if (!this.flushScheduled && (this.pendingRoots.size || this.pendingText.size)) {
      this.flushScheduled = true;
      // Off the page's critical path: after its own work of this task and frame.
      setTimeout(() => this.flush(), 16);
    }
  }

  private flush(): void {
    this.flushScheduled = false;
    if (this.stopped) return;
    const roots = [...this.pendingRoots];
    const texts = [...this.pendingText];
    this.pendingRoots.clear();
    this.pendingText.clear();
    this.forgetRemoved();
    if (!this.module) {
      this.recheck();
      return;
    }
    this.recheck();
    if (!this.module) return;
    const changedColumns = new Map<Element, number>();
    for (const element of texts) {
      if (!element.isConnected) continue;
      const group = this.marked.get(element)?.group ?? this.doc.body;
      const candidate = { label: wholeText(element), group };
      const column = this.columns.get(group);
      if (column) changedColumns.set(group, column.index);
      else this.candidates.set(element, candidate);
      this.mark(element, candidate);
      if (this.tooltip.currentAnchor === element) this.open(element);
    }
    const elements =
      roots.length > RESCAN_THRESHOLD
        ? [this.doc.documentElement]
        : roots
            .map((node) => (node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement))
            .filter((element): element is Element => !!element?.isConnected);
    this.scan(elements, changedColumns);
    this.scheduleReport();
  }

  /** Forgets the statuses the page removed, so tables re-rendered for hours accumulate nothing. */
  private forgetRemoved(): void {
    for (const element of this.candidates.keys()) if (!element.isConnected) this.candidates.delete(element);
    for (const element of this.marked.keys()) if (!element.isConnected) this.marked.delete(element);
    for (const table of this.columns.keys()) if (!table.isConnected) this.columns.delete(table);
  }

  private scheduleReport(): void {
    clearTimeout(this.reportTimer);
    this.reportTimer = setTimeout(() => {
      if (this.stopped) return;
      const report = this.report();
      const text = JSON.stringify(report);
      if (text === this.lastReport) return;
      this.lastReport = text;
      this.host.onReport(report);
    }, 300);
  }

  // --- tooltip ------------------------------------------------------------------------------

  private subjectOf(element: HTMLElement): TooltipSubject | null {
    const module = this.module;
    if (!module) return null;
    // Read the page now: the text may have changed in place and the selected tab may be another.
    const label = wholeText(element);
    if (!label) return null;
    const section = module.sectionOf(element, label);
    const entry = module.resolve(label, section);
    if (entry)
      return {
        kind: 'known',
        entry,
        context: { label, sectionId: section, supportIdValue: module.supportIdOf(element, section) },
      };
    return { kind: 'unknown', label, productName: productById(module.product as ProductId).name };
  }

  private open(element: HTMLElement): void {
    clearTimeout(this.hideTimer);
    const subject = safely(() => this.subjectOf(element), null);
    if (subject) this.tooltip.show(element, subject);
  }

  /** The status under an event's target, marked now if it was not yet (hover reaches every status at once). */
  private statusAt(target: EventTarget | null): HTMLElement | null {
    if (!(target instanceof Element)) return null;
    for (let element: Element | null = target; element; element = element.parentElement) {
      if (this.marked.has(element as HTMLElement)) return element as HTMLElement;
      const candidate = this.candidates.get(element as HTMLElement);
      if (candidate) {
        this.mark(element as HTMLElement, candidate);
        return element as HTMLElement;
      }
      if (this.columns.size && isCell(element)) return this.columnStatusAt(element);
    }
    return null;
  }

  /** The status of a cell of a status column, if it is one. */
  private columnStatusAt(cell: Element): HTMLElement | null {
    const table = cell.closest(TABLES);
    const column = table && this.columns.get(table);
    if (!table || !column || cellIndex(cell) !== column.index) return null;
    const status = columnCellStatus(cell);
    if (!status) return null;
    this.mark(status.element, { label: status.label, group: table });
    return status.element;
  }

  private onPointerOver(event: PointerEvent): void {
    if (this.tooltip.contains(event.target as Node)) {
      clearTimeout(this.hideTimer);
      return;
    }
    const status = this.statusAt(event.target);
    if (!status) return;
    clearTimeout(this.hideTimer);
    clearTimeout(this.showTimer);
    if (this.tooltip.currentAnchor === status) return;
    this.showTimer = setTimeout(() => this.open(status), SHOW_DELAY);
  }

  private onPointerOut(event: PointerEvent): void {
    const from =
      this.statusAt(event.target) ?? (this.tooltip.contains(event.target as Node) ? this.tooltip.host : null);
    if (!from) return;
    const to = event.relatedTarget as Node | null;
    if (to && (from.contains(to) || this.tooltip.contains(to) || this.tooltip.currentAnchor?.contains(to))) return;
    clearTimeout(this.showTimer);
    if (!this.tooltip.isOpen || this.doc.activeElement === this.tooltip.currentAnchor) return;
    clearTimeout(this.hideTimer);
    this.hideTimer = setTimeout(() => this.tooltip.hide(), HIDE_DELAY);
  }

  private onFocusIn(event: FocusEvent): void {
    const status = this.statusAt(event.target);
    if (status) this.open(status);
    // Focus moved somewhere in a long table: make the statuses around it focusable before the next Tab.
    if (this.columns.size) this.markNearViewport();
  }

  private onFocusOut(event: FocusEvent): void {
    const status = this.statusAt(event.target);
    if (!status || this.tooltip.currentAnchor !== status) return;
    const to = event.relatedTarget as Node | null;
    if (to && this.tooltip.contains(to)) return;
    this.tooltip.hide();
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.tooltip.isOpen) {
      this.tooltip.hide();
      clearTimeout(this.showTimer);
    }
  }

  /** Ctrl+C on a focused status with nothing selected copies its explanation, for a ticket. */
  private onCopy(event: ClipboardEvent): void {
    const anchor = this.tooltip.currentAnchor;
    const selection = this.doc.getSelection();
    if (!anchor || this.doc.activeElement !== anchor || (selection && !selection.isCollapsed)) return;
    event.clipboardData?.setData('text/plain', this.tooltip.plainText);
    event.preventDefault();
  }
}

function finding(
  product: ProductId,
  section: string | null,
  label: string,
  entry: Entry | undefined,
  count: number,
): Finding {
  return {
    product,
    section,
    label: label.slice(0, 200),
    entryId: entry?.id ?? null,
    severity: entry?.severity ?? null,
    count,
  };
}

/** A page that throws or breaks the DOM must not take the overlay down. */
function safely<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch (error) {
    console.debug('[Status Lens]', error);
    return fallback;
  }
}
