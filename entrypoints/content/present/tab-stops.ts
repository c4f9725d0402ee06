/**
 * Focus: whole-element statuses near the viewport are Tab stops, so the keyboard reaches them without
 * thousands of stops on a long list. The browser's IntersectionObserver says which are near; each gets
 * `tabindex` (unless the page made it focusable) and the marker attribute, both removed when it leaves
 * and when the overlay stops.
 */

import { allCells, type ColumnRead, columnCells } from '../find/columns';
import { bisect } from '../find/order';
import { MARK, OWN_TABINDEX } from '../own';

/**
 * How far beyond the viewport, in viewport heights, statuses are made Tab stops, ahead of Tab and scrolling:
 * half a viewport is more than a Tab moves, and focus marks the statuses around it anyway.
 */
const AHEAD = 0.5;
const MARGIN = `${AHEAD * 100}% 0px ${AHEAD * 100}% 0px`;

/** The status element of a Status column's cell, and its marker's value. */
export interface CellStatus {
  element: HTMLElement;
  mark: string;
}

export class TabStops {
  private observer: IntersectionObserver | null = null;
  /** The tables of the Status columns: says, after the page's layout, which are near the viewport. */
  private tableObserver: IntersectionObserver | null = null;
  /**
   * Whether the keyboard has been used on the page (Tab, a keyboard focus inside it, a command). Until then only
   * a status whose tooltip opened is marked: a page read with the pointer keeps its tab order, and pays nothing.
   */
  private awake = false;
  private readonly tracked = new Set<HTMLElement>();
  private readonly marked = new Map<HTMLElement, { ownTabindex: boolean }>();
  private columns: readonly ColumnRead[] = [];
  private frame = 0;
  private readonly abort: AbortController;
  /** Called as the keyboard comes into use, before any status is marked: the Status columns may be found then. */
  onWake: () => void = () => {};

  constructor(
    private readonly view: Window & typeof globalThis,
    /** The marker's value for a status element: its entry id, or "unknown". */
    private readonly markOf: (element: HTMLElement) => string | null,
    /**
     * The status element of a Status column's cell. Its label is read now, not taken from the column's reading:
     * a cell the page changed since would be marked by its old label (a few near cells are read, not the column).
     */
    private readonly statusOfCell: (cell: Element, table: Element) => CellStatus | null,
  ) {
    // The page's own realm's, as its listeners are.
    this.abort = new view.AbortController();
    // Tab pressed: the statuses near the viewport are marked now, before the browser moves the focus on. Once
    // awake, each Tab marks them again from the page as it is: a console that re-renders its rows faster than
    // the page settles (polling every 200 ms) still has its Tab stops where the next Tab goes.
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Tab') return;
      if (!this.awake) this.wake();
      else this.markNow();
    };
    view.document.addEventListener('keydown', onKey, { capture: true, signal: this.abort.signal });
  }

  get isAwake(): boolean {
    return this.awake;
  }

  /** The keyboard is in use: statuses near the viewport become Tab stops at once, and from now on as they come. */
  wake(): void {
    if (this.awake) return;
    // Before it is awake: the columns found are taken in below, once, not in a frame of their own.
    this.onWake();
    this.awake = true;
    const view = this.view;
    if (typeof view.IntersectionObserver === 'function') {
      this.observer = new view.IntersectionObserver((entries) => this.onEntries(entries), { rootMargin: MARGIN });
      this.tableObserver = new view.IntersectionObserver((entries) => this.onTables(entries), { rootMargin: MARGIN });
    }
    // Scrolling (of the page or any container: capture sees them all) brings more rows of a column near.
    const options = { capture: true, passive: true, signal: this.abort.signal } as const;
    view.document.addEventListener('scroll', () => this.scheduleColumns(), options);
    view.addEventListener('resize', () => this.scheduleColumns(), options);
    this.markNear();
    this.markColumns();
    for (const element of this.tracked) this.observer?.observe(element);
    for (const { table } of this.columns) this.tableObserver?.observe(table);
  }

  /** The statuses near the viewport, marked now from the page's current rows (not the rows last read). */
  private markNow(): void {
    this.markNear();
    this.markColumns(true);
  }

  /** Status elements within reach of the viewport, read before any is written. */
  private markNear(): void {
    const height = this.view.innerHeight || 800;
    const near = [...this.tracked].filter((element) => {
      if (!element.isConnected) return false;
      const box = element.getBoundingClientRect();
      return box.bottom >= -AHEAD * height && box.top <= (1 + AHEAD) * height && box.width + box.height > 0;
    });
    for (const element of near) this.mark(element);
  }

  /**
   * The Status columns of the page. A column runs to thousands of rows, so its cells are not watched one by
   * one: the rows within reach of the visible part (AHEAD) are found by bisection over their positions,
   * a few reads whatever the length, after each scroll.
   */
  setColumns(columns: readonly ColumnRead[]): void {
    this.columns = columns;
    if (!this.awake) return;
    if (!this.tableObserver) {
      this.scheduleColumns();
      return;
    }
    // Observed anew, each table is reported once the page is laid out: its rows' positions are read then,
    // not here, where they would make the browser lay out a page it is still changing.
    this.tableObserver.disconnect();
    for (const { table } of columns) this.tableObserver.observe(table);
  }

  private onTables(entries: IntersectionObserverEntry[]): void {
    if (entries.some((entry) => entry.isIntersecting)) this.markColumns();
  }

  /** Starts watching a status element; it is marked once it comes near the viewport. */
  track(element: HTMLElement): void {
    if (this.tracked.has(element)) return;
    this.tracked.add(element);
    if (!this.awake) return;
    if (this.observer) this.observer.observe(element);
    else this.mark(element);
  }

  /** Marks a status now (the tooltip, focus or a command went there). */
  mark(element: HTMLElement, value = this.markOf(element)): void {
    if (!value) return;
    if (element.getAttribute(MARK) !== value) element.setAttribute(MARK, value);
    if (this.marked.has(element)) return;
    // Reachable with Tab like any control, unless the page made it focusable already.
    const ownTabindex = element.hasAttribute('tabindex') || element.tabIndex >= 0;
    if (!ownTabindex) {
      element.setAttribute('tabindex', '0');
      element.setAttribute(OWN_TABINDEX, '');
    }
    this.marked.set(element, { ownTabindex });
  }

  unmark(element: HTMLElement): void {
    const state = this.marked.get(element);
    if (!state) return;
    this.marked.delete(element);
    element.removeAttribute(MARK);
    if (!state.ownTabindex) {
      element.removeAttribute('tabindex');
      element.removeAttribute(OWN_TABINDEX);
    }
  }

  /** Marks of statuses that left the page or stopped being one are taken back. */
  prune(isStatus: (element: HTMLElement) => boolean): void {
    for (const element of [...this.marked.keys()]) {
      if (!element.isConnected) {
        this.marked.delete(element);
        this.observer?.unobserve(element);
      } else if (!isStatus(element)) this.unmark(element);
      else this.mark(element);
    }
    for (const element of this.tracked) if (!element.isConnected) this.tracked.delete(element);
  }

  private scheduleColumns(): void {
    if (this.frame || !this.columns.length) return;
    this.frame = this.view.requestAnimationFrame(() => {
      this.frame = 0;
      this.markColumns();
    });
  }

  /** `live`: each column's cells are asked of the page now, not taken from its last reading (rows re-rendered). */
  private markColumns(live = false): void {
    const height = this.view.innerHeight || 800;
    const top = -AHEAD * height;
    const bottom = (1 + AHEAD) * height;
    // Every position and status is read before anything is written: a write between reads would make the
    // browser lay out the page again for each row.
    const near: CellStatus[] = [];
    for (const column of this.columns) {
      const { table } = column;
      // Not rendered (a tab panel not shown): its turn comes when it is.
      if (!table.isConnected || table.getClientRects().length === 0) continue;
      // A long column read in part at load: its first cells serve while they reach past the window.
      const last = column.cells[column.cells.length - 1];
      const reaches = !!last && last.getBoundingClientRect().top > bottom;
      const cells = live ? columnCells(table, column.index) : column.whole || reaches ? column.cells : allCells(column);
      const low = bisect(cells.length, (i) => (cells[i] as Element).getBoundingClientRect().bottom < top);
      for (let i = low; i < cells.length && (cells[i] as Element).getBoundingClientRect().top <= bottom; i++) {
        const status = this.statusOfCell(cells[i] as Element, table);
        if (status && !this.marked.has(status.element)) near.push(status);
      }
    }
    for (const { element, mark } of near) this.mark(element, mark);
  }

  stop(): void {
    this.abort.abort();
    if (this.frame) this.view.cancelAnimationFrame(this.frame);
    this.observer?.disconnect();
    this.tableObserver?.disconnect();
    for (const element of [...this.marked.keys()]) this.unmark(element);
  }

  private onEntries(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      const element = entry.target as HTMLElement;
      if (!element.isConnected) {
        this.observer?.unobserve(element);
        this.marked.delete(element);
      } else if (entry.isIntersecting) this.mark(element);
      else if (element.ownerDocument.activeElement !== element) this.unmark(element);
    }
  }
}
