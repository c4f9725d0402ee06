/**
 * Present: the tooltip, the highlight of a code inside a text, the Tab stops, and what a re-render does
 * to an open tooltip. Events come from ./pointer; what a status means comes from ../resolve.
 */
import { productById } from '../../../catalog/products';
import { type Desk, EMPTY_DESK } from '../../../components/desk/schema';
import { MARK } from '../consoles/dom';
import type { ConsoleModule } from '../consoles/types';
import { cellLabel, columnCellStatus, columnLabelCounts } from '../find/columns';
import { elementStatus, hostOf, isCurrent, rangeOf, type StatusHit, statusAt } from '../find/status';
import { ResolutionCache, safely, subjectOf } from '../resolve';
import { ActiveHighlight } from './highlight';
import type { Anchor } from './placement';
import { TabStops } from './tab-stops';
import { Tooltip } from './tooltip';
import type { TooltipSubject } from './tooltip-content';

/** Rows, items and cards: where a re-rendered status is looked for again. */
const ROW = 'tr, [role="row"], li, [role="listitem"], article, .card';

export class Presenter {
  readonly tooltip: Tooltip;
  readonly tabStops: TabStops;
  private readonly highlight: ActiveHighlight;
  private current: { hit: StatusHit; anchor: Anchor; row: Element | null } | null = null;
  /** The desk's notes and entries in force. */
  private desk: Desk = EMPTY_DESK;

  constructor(
    doc: Document,
    private readonly module: ConsoleModule,
  ) {
    const view = doc.defaultView as Window & typeof globalThis;
    // Statuses marked in one go (the rows near the viewport) share one reading of their sections.
    let cache: ResolutionCache | null = null;
    const resolutions = () => {
      if (!cache) {
        cache = new ResolutionCache(module);
        queueMicrotask(() => {
          cache = null;
        });
      }
      return cache;
    };
    this.tooltip = new Tooltip(doc);
    this.highlight = new ActiveHighlight(doc);
    this.tabStops = new TabStops(
      view,
      (element) => {
        const hit = elementStatus(module, element);
        if (hit?.kind !== 'element' || hit.element !== element) return null;
        return resolutions().get(hit).entry?.id ?? 'unknown';
      },
      (cell, table) => {
        // A Status column is where statuses stand, and its table is the group whose section they share.
        const label = cellLabel(cell);
        if (!label || !columnLabelCounts(module, label)) return null;
        const element = columnCellStatus(cell, label, table);
        const group = module.onlySection ? null : table;
        return element ? { element, mark: resolutions().at(element, label, group).entry?.id ?? 'unknown' } : null;
      },
    );
  }

  /** The desk's knowledge changed (a note added, a policy applied): an open tooltip shows it at once. */
  setDesk(desk: Desk): void {
    this.desk = desk;
    if (this.current) this.show(this.current.hit);
  }

  /** The status the tooltip explains now. */
  get shown(): StatusHit | null {
    return this.current?.hit ?? null;
  }

  /** Builds the tooltip's host ahead, so the first hover pays only for its content. */
  prepare(productName = productById(this.module.product).shortName): void {
    this.tooltip.prepare();
    this.tooltip.host?.setAttribute('data-console', this.module.product);
    this.tooltip.host?.setAttribute('aria-label', `Status Lens · ${productName}`);
  }

  /** Whether a hit is the one shown (the same element, or the same code at the same place). */
  isShown(hit: StatusHit): boolean {
    const shown = this.current?.hit;
    if (!shown || shown.kind !== hit.kind) return false;
    if (shown.kind === 'element' && hit.kind === 'element') return shown.element === hit.element;
    return shown.kind === 'text' && hit.kind === 'text' && shown.node === hit.node && shown.start === hit.start;
  }

  show(hit: StatusHit, options: { focus?: boolean; scroll?: boolean } = {}): boolean {
    const anchor: Anchor | null = hit.kind === 'element' ? hit.element : rangeOf(hit);
    if (!anchor) return false;
    const element = hostOf(hit);
    if (options.scroll) element?.scrollIntoView({ block: 'center' });
    // A command moved the focus here: the keyboard is in use.
    if (options.focus) this.tabStops.wake();
    if (hit.kind === 'element') {
      this.tabStops.mark(hit.element);
      if (options.focus) hit.element.focus({ preventScroll: true });
    }
    this.current = { hit, anchor, row: element?.closest(ROW) ?? null };
    this.highlight.show(anchor instanceof Range ? anchor : null);
    const subject: TooltipSubject = safely(() => subjectOf(this.module, hit, this.desk), {
      kind: 'unknown',
      label: hit.label,
      productName: '',
      ref: { product: this.module.product, section: null, label: hit.label },
    });
    this.tooltip.show(anchor, subject);
    this.tooltip.subjectKey = subjectKey(subject);
    return true;
  }

  hide(): void {
    this.current = null;
    this.highlight.show(null);
    this.tooltip.hide();
  }

  /**
   * After the page changed: the open tooltip follows its status — the same element's new label, the same
   * row's new status — or closes. It never stays on a node that left the page or on a label it no longer shows.
   */
  follow(now = false): void {
    const current = this.current;
    if (!current) return;
    const { hit, row } = current;
    if (isCurrent(hit)) {
      // The label is the same; once the page settles, its section is read again (the page may have moved it).
      if (!now && this.tooltip.subjectKey !== subjectKey(safely(() => subjectOf(this.module, hit, this.desk), null))) {
        this.show(hit);
      }
      return;
    }
    const next = this.again(hit, row);
    if (next) this.show(next);
    else this.hide();
  }

  /** The status standing where `hit` stood: its element's new label, its text's code, its row's status. */
  private again(hit: StatusHit, row: Element | null): StatusHit | null {
    if (hit.kind === 'element' && hit.element.isConnected) return elementStatus(this.module, hit.element);
    if (hit.kind === 'text' && hit.node.isConnected)
      return statusAt(this.module, null, { node: hit.node, offset: hit.start });
    if (!row?.isConnected) return null;
    for (const candidate of row.querySelectorAll(`[${MARK}], td, [role="gridcell"], [role="cell"], span, code`)) {
      const found = elementStatus(this.module, candidate);
      if (found) return found;
    }
    return null;
  }

  stop(): void {
    this.hide();
    this.current = null;
    this.highlight.stop();
    this.tabStops.stop();
    this.tooltip.destroy();
  }
}

/** What an explanation depends on: a subject shown again only when this changes. */
export function subjectKey(subject: TooltipSubject | null): string {
  if (!subject) return '';
  if (subject.kind === 'unknown') return `?${subject.label}`;
  const id = subject.kind === 'known' ? subject.entry.id : `desk:${subject.deskEntry.label}`;
  return `${id}|${subject.context.label}|${subject.context.supportIdValue ?? ''}|${subject.deskNotes.length}`;
}
