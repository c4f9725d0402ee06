/**
 * Present: a resolved status shown — its card placed beside it, its code marked when it stands in a text,
 * its element a Tab stop — and what a re-render does to an open card. Each status is resolved once per show
 * (../resolve) and that resolution is what the card, the Tab stop and the announcements use.
 */
import type { Desk } from '../../../components/desk/schema';
import { EMPTY_DESK } from '../../../components/desk/schema';
import { cardKind } from '../../../components/explanation/wording';
import type { ConsoleModule } from '../console-module';
import { ResolutionCache } from '../engine/report';
import { cellLabel, columnCellStatus, columnLabelCounts } from '../find/columns';
import { elementStatus, isCurrent, type StatusHit, statusAt } from '../find/status';
import { MARK } from '../own';
import { type Resolved, resolve } from '../resolve/resolve';
import { ROW } from '../resolve/row';
import { safely } from '../safely';
import { Card } from './card';
import { CodeMark } from './code-mark';
import { columnBox, place, type Surroundings, schemeAt, surroundings } from './placement';
import type { Rect, Side } from './safe-path';
import { TabStops } from './tab-stops';

export class Presenter {
  readonly card: Card;
  readonly tabStops: TabStops;
  readonly mark: CodeMark;
  private row: Element | null = null;
  private side: Side = 'right';
  private stopAutoUpdate: (() => void) | null = null;
  /** The desk's notes and entries in force. */
  private desk: Desk = EMPTY_DESK;

  private readonly view: Window & typeof globalThis;

  constructor(
    doc: Document,
    private readonly module: ConsoleModule,
  ) {
    const view = doc.defaultView as Window & typeof globalThis;
    this.view = view;
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
    this.card = new Card(doc);
    this.card.onResize = () => this.placeNow();
    this.mark = new CodeMark(() => this.card.layer());
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

  /** The desk's knowledge changed (a note added, a policy applied): an open card shows it at once. */
  setDesk(desk: Desk): void {
    this.desk = desk;
    const shown = this.shown;
    if (shown) this.show(shown);
  }

  /** The status the card explains now. */
  get shown(): StatusHit | null {
    return this.card.shown?.hit ?? null;
  }

  get resolved(): Resolved | null {
    return this.card.shown;
  }

  /** Builds the card's host ahead, so the first hover pays only for its content. */
  prepare(): void {
    this.card.prepare();
    this.card.host?.setAttribute('data-console', this.module.product);
  }

  /** Whether a hit is the one shown (the same element, or the same code at the same place). */
  isShown(hit: StatusHit): boolean {
    const shown = this.shown;
    return !!shown && sameHit(shown, hit);
  }

  /**
   * Makes the card of a status the pointer rests on, held back unseen: resolved, laid out and placed while the rest
   * goes on, so that `show` after it costs a repaint. Nothing is written to the page's own elements yet.
   */
  prepareCard(hit: StatusHit): void {
    if (this.shown) return;
    const prepared = this.card.prepared;
    if (prepared && sameHit(prepared.hit, hit)) return;
    const resolved = safely(() => resolve(this.module, hit, this.desk), null);
    if (resolved) this.hold(resolved);
  }

  /**
   * Makes a card unseen and takes it away, in idle time once the user reaches for the page: a page's first card
   * costs a layout of about 10 ms (its fonts and style met for the first time), later ones under 1 ms, and the
   * first hover is then one of the later ones. A full card (title, badge, buttons) is chosen where the page shows
   * one: a one-line card meets only some of the fonts, and the first full card then still paid 5–9 ms.
   */
  rehearse(hits: readonly StatusHit[]): void {
    if (this.card.made) return;
    let chosen: Resolved | null = null;
    for (const hit of hits) {
      const resolved = safely(() => resolve(this.module, hit, this.desk), null);
      chosen ??= resolved;
      if (resolved && cardKind(resolved.view) === 'full') {
        chosen = resolved;
        break;
      }
    }
    if (!chosen) return;
    this.hold(chosen);
    this.discard();
  }

  /**
   * A resolved status's card made, laid out and placed, unseen. Everything is read before anything is written: a
   * write between reads would make the browser compute the page's style and layout again for the next read (on a
   * 5,000-row page, tens of milliseconds). Nothing is written to the page's own elements.
   */
  private hold(resolved: Resolved): void {
    const scheme = schemeAt(resolved.element);
    const around = surroundings(resolved.anchor);
    this.row = resolved.element?.closest(ROW) ?? null;
    this.card.show(resolved, scheme, true);
    this.followPosition(resolved, around);
  }

  /** A card made for a rest that ended elsewhere goes. */
  discard(): void {
    if (this.card.prepared) this.hide();
  }

  /** Resolves a status and shows its card; what was resolved, or null when it is no longer on the page. */
  show(hit: StatusHit, options: { focus?: boolean; scroll?: boolean } = {}): Resolved | null {
    const prepared = this.card.prepared;
    const resolved =
      prepared && sameHit(prepared.hit, hit) && isCurrent(hit) && !options.scroll ? prepared : this.make(hit, options);
    if (!resolved) return null;
    this.card.reveal();
    // Written after the card is placed: the Tab stop and the mark are painted with the page's next frame.
    this.card.describe();
    if (options.focus) this.tabStops.wake();
    if (hit.kind === 'element') {
      this.tabStops.mark(hit.element, resolved.id);
      if (options.focus) hit.element.focus({ preventScroll: true });
    }
    this.mark.show(resolved.anchor instanceof Range ? resolved.anchor : null);
    return resolved;
  }

  /** The card of a status made and placed (held back until revealed); null when it left the page. */
  private make(hit: StatusHit, options: { scroll?: boolean }): Resolved | null {
    const resolved = safely(() => resolve(this.module, hit, this.desk), null);
    if (!resolved) return null;
    if (options.scroll) resolved.element?.scrollIntoView({ block: 'center' });
    this.hold(resolved);
    return resolved;
  }

  hide(): void {
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = null;
    this.row = null;
    this.mark.show(null);
    this.card.hide();
  }

  /** Where the open card's status (its column's box) and the card stand, and the side the card took. */
  geometry(): { anchor: Rect; card: Rect; side: Side } | null {
    const resolved = this.card.shown;
    const card = this.card.rect();
    if (!resolved || !card) return null;
    return { anchor: columnBox(resolved.anchor), card, side: this.side };
  }

  /**
   * After the page changed: the open card follows its status — the same element's new label, the same row's new
   * status — or closes. It never stays on a node that left the page or on a label it no longer shows.
   */
  follow(now = false): void {
    const shown = this.shown;
    if (!shown) return;
    if (isCurrent(shown)) {
      if (!now) this.refreshIfChanged(shown);
      // The page may have moved it (a row added above).
      this.placeNow();
      return;
    }
    const next = this.again(shown, this.row);
    if (next) this.show(next);
    else this.hide();
  }

  stop(): void {
    this.hide();
    this.mark.stop();
    this.tabStops.stop();
    this.card.destroy();
  }

  /**
   * Keeps the card at its status while the page scrolls (any scroller: capture sees them all) or the window
   * resizes, placed again once a frame at most; a status the page moved is followed on its change (follow).
   */
  private followPosition(resolved: Resolved, first: Surroundings): void {
    this.stopAutoUpdate?.();
    const view = this.view;
    let frame = 0;
    const again = () => {
      if (frame) return;
      frame = view.requestAnimationFrame(() => {
        frame = 0;
        if (this.card.made === resolved) this.placeNow();
      });
    };
    const options = { capture: true, passive: true } as const;
    view.addEventListener('scroll', again, options);
    view.addEventListener('resize', again, options);
    this.stopAutoUpdate = () => {
      view.removeEventListener('scroll', again, options);
      view.removeEventListener('resize', again, options);
      if (frame) view.cancelAnimationFrame(frame);
    };
    this.placeNow(first);
  }

  /** `around`: what was read of the page before the card was written, when the caller has it. */
  private placeNow(around?: Surroundings): void {
    const resolved = this.card.made;
    const panel = this.card.panel;
    if (!resolved || !panel) return;
    this.side = place(panel, around ?? surroundings(resolved.anchor));
    if (this.card.shown) this.mark.follow();
  }

  /** Once the page settles, the section and row are read again (the page may have moved the status). */
  private refreshIfChanged(hit: StatusHit): void {
    const before = this.card.shown;
    const now = safely(() => resolve(this.module, hit, this.desk), null);
    if (before && now && JSON.stringify(now.view) !== JSON.stringify(before.view)) this.show(hit);
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
}

export function sameHit(a: StatusHit, b: StatusHit): boolean {
  if (a.kind === 'element' && b.kind === 'element') return a.element === b.element;
  if (a.kind === 'text' && b.kind === 'text') return a.node === b.node && a.start === b.start;
  return false;
}
