/**
 * Focus: whole-element statuses near the viewport are Tab stops, so the keyboard reaches them without
 * thousands of stops on a long list. The browser's IntersectionObserver says which are near; each gets
 * `tabindex` (unless the page made it focusable) and the marker attribute, both removed when it leaves
 * and when the overlay stops.
 */
import { MARK } from '../consoles/dom';

/** How far beyond the viewport statuses are made Tab stops, ahead of Tab and scrolling. */
const MARGIN = '100% 0px 100% 0px';

export class TabStops {
  private readonly observer: IntersectionObserver | null;
  private readonly tracked = new WeakSet<HTMLElement>();
  private readonly marked = new Map<HTMLElement, { ownTabindex: boolean }>();

  constructor(
    view: Window & typeof globalThis,
    /** The marker's value for a status element: its entry id, or "unknown". */
    private readonly markOf: (element: HTMLElement) => string | null,
  ) {
    this.observer =
      typeof view.IntersectionObserver === 'function'
        ? new view.IntersectionObserver((entries) => this.onEntries(entries), { rootMargin: MARGIN })
        : null;
  }

  /** Starts watching a status element; it is marked once it comes near the viewport. */
  track(element: HTMLElement): void {
    if (this.tracked.has(element)) return;
    this.tracked.add(element);
    if (this.observer) this.observer.observe(element);
    else this.mark(element);
  }

  /** Marks a status now (focus or a command went there). */
  mark(element: HTMLElement): void {
    const value = this.markOf(element);
    if (!value) return;
    if (element.getAttribute(MARK) !== value) element.setAttribute(MARK, value);
    if (this.marked.has(element)) return;
    // Reachable with Tab like any control, unless the page made it focusable already.
    const ownTabindex = element.hasAttribute('tabindex') || element.tabIndex >= 0;
    if (!ownTabindex) element.setAttribute('tabindex', '0');
    this.marked.set(element, { ownTabindex });
  }

  unmark(element: HTMLElement): void {
    const state = this.marked.get(element);
    if (!state) return;
    this.marked.delete(element);
    element.removeAttribute(MARK);
    if (!state.ownTabindex) element.removeAttribute('tabindex');
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
  }

  stop(): void {
    this.observer?.disconnect();
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
