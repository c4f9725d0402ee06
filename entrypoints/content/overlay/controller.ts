import { productById } from '../../../catalog/products';
import type { ProductId } from '../../../catalog/schema';
import type { Finding, PageReport } from '../../../components/messaging/schema';
import type { Settings } from '../../../components/settings/schema';
import { CONSOLES, type ConsoleModule } from '../consoles';
import { HOST_TAG, MARK, TOKEN, wholeText } from '../consoles/dom';
import { Tooltip, type TooltipSubject } from './tooltip';

/** Above this many added subtrees in one batch, one rescan of the page is cheaper than many small ones. */
const RESCAN_THRESHOLD = 300;
/** How long the pointer rests on a label before its tooltip shows (the budget is 100 ms). */
const SHOW_DELAY = 40;
/** Grace time to move the pointer from the label into the tooltip (WCAG 1.4.13, hoverable). */
const HIDE_DELAY = 250;

/** Sections already read in one pass, by the table or panel that holds the statuses and by label. */
type SectionCache = Map<Element, Map<string, string | null>>;

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
  private settings: Settings | null = null;
  private module: ConsoleModule | null = null;
  private readonly marked = new Map<HTMLElement, Marked>();
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
    doc.defaultView?.addEventListener('popstate', () => this.recheck(true), { signal });
    doc.defaultView?.addEventListener('hashchange', () => this.recheck(true), { signal });
    signal.addEventListener('abort', () => this.stop());
  }

  /** Applies settings (first call starts the overlay). Turning a product off removes its tooltips at once. */
  apply(settings: Settings): void {
    if (this.stopped) return;
    this.settings = settings;
    if (this.module && !settings.products[this.module.product]) this.deactivate();
    this.recheck(true);
    this.observer.observe(this.doc.documentElement, { childList: true, subtree: true, characterData: true });
  }

  /** The page's statuses now, for the popup. */
  report(): PageReport {
    const product = this.module?.product ?? null;
    if (!this.module || !product) return { product: null, findings: [] };
    const findings = new Map<string, Finding>();
    const sections: SectionCache = new Map();
    for (const [element, mark] of this.marked) {
      if (!element.isConnected) continue;
      const section = this.sectionFor(element, mark.label, sections);
      const entry = this.module.resolve(mark.label, { section, supportIdValue: null });
      const key = `${section}|${mark.label}|${entry?.id ?? ''}`;
      const prior = findings.get(key);
      if (prior) prior.count++;
      else
        findings.set(key, {
          product,
          section,
          label: mark.label.slice(0, 200),
          entryId: entry?.id ?? null,
          severity: entry?.severity ?? null,
          count: 1,
        });
    }
    return { product, findings: [...findings.values()].slice(0, 2000) };
  }

  /** Scrolls to the first status of an entry and opens its tooltip, as focus would. */
  reveal(entryId: string, label: string): boolean {
    for (const [element, mark] of this.marked) {
      if (element.isConnected && (mark.entryId === entryId || (!mark.entryId && mark.label === label))) {
        element.scrollIntoView({ block: 'center' });
        element.focus({ preventScroll: true });
        this.open(element);
        return true;
      }
    }
    return false;
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
    const settings = this.settings;
    if (!settings || this.stopped) return;
    const now = Date.now();
    const url = this.doc.location?.href ?? '';
    const title = this.doc.title;
    const same = url === this.lastRecognition.url && title === this.lastRecognition.title;
    if (!force && ((same && this.module) || now - this.lastRecognition.at < 500)) return;
    this.lastRecognition = { url, title, at: now };
    const next =
      CONSOLES.find((c) => settings.products[c.product] && safely(() => c.recognise(this.doc), false)) ?? null;
    if (next !== this.module) {
      this.deactivate();
      this.module = next;
      if (next) this.scan(this.doc.documentElement);
    }
    this.scheduleReport();
  }

  private scan(root: Element): void {
    const module = this.module;
    if (!module) return;
    const sections: SectionCache = new Map();
    for (const { element, label } of safely(() => module.findStatuses(root), [])) this.mark(element, label, sections);
  }

  /**
   * The section of a status, read once per table or panel and label: its rows share it, and reading the full
   * context (with the row's support ID) for every row would put hover-time work on the page's load.
   */
  private sectionFor(element: HTMLElement, label: string, cache: SectionCache): string | null {
    const module = this.module;
    if (!module) return null;
    const container =
      element.closest('table, [role="table"], [role="grid"], [role="tabpanel"], section') ?? this.doc.body;
    let byLabel = cache.get(container);
    if (!byLabel) {
      byLabel = new Map();
      cache.set(container, byLabel);
    }
    let section = byLabel.get(label);
    if (section === undefined) {
      section = module.contextOf(element, label).section;
      byLabel.set(label, section);
    }
    return section;
  }

  private mark(element: HTMLElement, label: string, sections: SectionCache = new Map()): void {
    const module = this.module;
    if (!module) return;
    const entry = module.resolve(label, { section: this.sectionFor(element, label, sections), supportIdValue: null });
    const prior = this.marked.get(element);
    const entryId = entry?.id ?? null;
    if (prior && prior.label === label && prior.entryId === entryId) return;
    this.marked.set(element, { label, entryId });
    element.setAttribute(MARK, entryId ?? 'unknown');
    // Reachable with Tab like any control, unless the page made it focusable already.
    if (!element.hasAttribute('tabindex') && element.tabIndex < 0) {
      element.setAttribute('tabindex', '0');
      element.dataset.statusLensTabindex = '';
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
    // Spans wrapped around codes in sentences whose marks were already dropped.
    for (const span of this.doc.querySelectorAll(`[${TOKEN}]`)) span.replaceWith(...span.childNodes);
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
        if (record.target instanceof HTMLElement && record.target.closest(`[${MARK}]`)) {
          this.pendingText.add(record.target.closest(`[${MARK}]`) as HTMLElement);
        }
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
    // Forget elements the page removed, so re-rendering tables accumulate nothing.
    for (const element of this.marked.keys()) if (!element.isConnected) this.marked.delete(element);
    if (!this.module) {
      this.recheck();
      return;
    }
    this.recheck();
    if (!this.module) return;
    for (const element of texts) {
      if (!element.isConnected) continue;
      const label = wholeText(element);
      this.mark(element, label);
      if (this.tooltip.currentAnchor === element) this.open(element);
    }
    if (roots.length > RESCAN_THRESHOLD) this.scan(this.doc.documentElement);
    else {
      for (const node of roots) {
        const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
        if (element?.isConnected) this.scan(element);
      }
    }
    this.scheduleReport();
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
    const context = module.contextOf(element, label);
    const entry = module.resolve(label, context);
    if (entry)
      return {
        kind: 'known',
        entry,
        context: { label, sectionId: context.section, supportIdValue: context.supportIdValue },
      };
    return { kind: 'unknown', label, productName: productById(module.product as ProductId).name };
  }

  private open(element: HTMLElement): void {
    clearTimeout(this.hideTimer);
    const subject = safely(() => this.subjectOf(element), null);
    if (subject) this.tooltip.show(element, subject);
  }

  private statusAt(target: EventTarget | null): HTMLElement | null {
    if (!(target instanceof Element)) return null;
    const element = target.closest<HTMLElement>(`[${MARK}]`);
    return element && this.marked.has(element) ? element : null;
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

/** A page that throws or breaks the DOM must not take the overlay down. */
function safely<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch (error) {
    console.debug('[Status Lens]', error);
    return fallback;
  }
}
