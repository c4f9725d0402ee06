/**
 * Watch: what the page changed, delivered in batches once it settles. The page's mutations are collected
 * as they come (nothing is read then) and handed on after a quiet moment — the trailing edge, so a late
 * render is never missed — or after a longest wait on a page that never stops changing.
 */
import { isOurs } from '../own';

/** Quiet time after the last change before a batch goes out. */
const SETTLE_MS = 80;
/** Longest a change waits on a page that keeps changing (a console that polls every 250 ms). */
const MAX_WAIT_MS = 400;

export interface PageChanges {
  /** Nodes the page added (elements and texts), and elements whose text changed in place. */
  roots: Node[];
  /** Texts whose content the page changed in place. */
  texts: Text[];
  /** Whether the page removed anything. */
  removed: boolean;
}

export class PageWatcher {
  private readonly observer: MutationObserver;
  private roots = new Set<Node>();
  private texts = new Set<Text>();
  private removed = false;
  private timer: number | undefined;
  private firstPending = 0;
  private readonly observed = new WeakSet<Node>();

  constructor(
    private readonly view: Window & typeof globalThis,
    private readonly onBatch: (changes: PageChanges) => void,
    /** Told at once, before the page settles: for what must not wait (an open tooltip whose status changed). */
    private readonly onChangeNow: () => void = () => {},
  ) {
    this.observer = new view.MutationObserver((records) => this.collect(records));
  }

  /** Watches a tree: the document, or an open shadow root found in it. */
  observe(root: Node): void {
    if (this.observed.has(root)) return;
    this.observed.add(root);
    this.observer.observe(root, { childList: true, subtree: true, characterData: true });
  }

  /** Delivers a batch now, whatever is pending (a route change: the page is read again at once). */
  flushSoon(): void {
    this.schedule(0);
  }

  stop(): void {
    this.observer.disconnect();
    if (this.timer !== undefined) this.view.clearTimeout(this.timer);
    this.timer = undefined;
  }

  private collect(records: MutationRecord[]): void {
    for (const record of records) {
      const target = record.target;
      if (isOurs(target)) continue;
      if (record.type === 'characterData') {
        this.texts.add(target as Text);
        continue;
      }
      for (const node of record.addedNodes) if (!isOurs(node)) this.roots.add(node);
      if (record.removedNodes.length) this.removed = true;
    }
    if (this.roots.size || this.texts.size || this.removed) {
      this.onChangeNow();
      const now = performance.now();
      if (this.timer === undefined) this.firstPending = now;
      this.schedule(Math.max(0, Math.min(SETTLE_MS, this.firstPending + MAX_WAIT_MS - now)));
    }
  }

  private schedule(delay: number): void {
    if (this.timer !== undefined) this.view.clearTimeout(this.timer);
    this.timer = this.view.setTimeout(() => this.deliver(), delay);
  }

  private deliver(): void {
    this.timer = undefined;
    const changes = { roots: [...this.roots], texts: [...this.texts], removed: this.removed };
    this.roots = new Set();
    this.texts = new Set();
    this.removed = false;
    this.onBatch(changes);
  }
}
