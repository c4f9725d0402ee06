/**
 * Intent, not contact: the pointer and focus turned into "open this status's card", "switch" and "close".
 * A card opens where the pointer rests (OPEN_DELAY), never on what it crosses; once one is open, another status
 * takes over after a short rest (SWITCH_DELAY). The pointer may travel from the status into the card along the
 * safe path (./safe-path); anywhere else, a status under the pointer wins and the card is left. Until the
 * pointer arrives through that path the card lets the pointer through to the page, so a status it covers
 * stays reachable. Only the user's real input counts: events the page dispatches are ignored.
 */
import type { Point } from '../find/locate';
import type { StatusHit } from '../find/status';
import { inRect, onSafePath, type Rect, type Side } from './safe-path';

/** Rest before a card opens: what hover cards users know (Radix HoverCard opens after 300–700 ms). */
export const OPEN_DELAY = 300;
/** Rest on another status, a card being open, before that one's card replaces it. */
export const SWITCH_DELAY = 150;
/** Leaving both the status and its card closes it after this (WCAG 1.4.13: no flicker on a brief slip). */
export const CLOSE_DELAY = 250;
/** On the safe path but not yet in the card: after this, the pointer has stopped heading for it. */
const PATH_LIMIT = 600;

export interface IntentTarget {
  /** The status under the pointer, on the page (never the card). */
  locate(point: Point): StatusHit | null;
  /** The status whose card is open. */
  shown(): StatusHit | null;
  same(a: StatusHit, b: StatusHit): boolean;
  open(hit: StatusHit): void;
  close(): void;
  /** Where the open card's status and the card stand, and on which side of it the card is. */
  geometry(): { anchor: Rect; card: Rect; side: Side } | null;
  /** The card takes the pointer (entered along the safe path) or lets it through to the page. */
  setInteractive(on: boolean): void;
  /** Whether the keyboard holds the card open (focus on its status or inside it, a command's card). */
  held(): boolean;
}

export class HoverIntent {
  private pending: { hit: StatusHit; timer: number } | null = null;
  private closeTimer: number | undefined;
  private pathTimer: number | undefined;
  /** Where the pointer left the open card's status. */
  private exit: readonly [number, number] | null = null;
  private last: Point | null = null;

  constructor(
    private readonly view: Window & typeof globalThis,
    private readonly target: IntentTarget,
  ) {}

  /** The pointer is over the card itself (it took the pointer): it stays. */
  overCard(): void {
    this.cancelClose();
    this.cancelPending();
    this.cancelPath();
  }

  /** The pointer is at `point` on the page. */
  at(point: Point): void {
    this.last = point;
    const target = this.target;
    const hit = target.locate(point);
    const shown = target.shown();
    if (!shown) {
      this.cancelClose();
      if (hit) this.wait(hit, OPEN_DELAY);
      else this.cancelPending();
      return;
    }
    if (hit && target.same(hit, shown)) {
      // Back on (or still on) the status: the card stays, and the next way out starts here.
      this.exit = null;
      this.cancelClose();
      this.cancelPending();
      this.cancelPath();
      return;
    }
    const geometry = target.geometry();
    const xy = [point.x, point.y] as const;
    this.exit ??= xy;
    if (geometry && onSafePath(xy, this.exit, geometry.anchor, geometry.card, geometry.side)) {
      this.cancelClose();
      this.cancelPending();
      if (inRect(xy, geometry.card)) {
        this.cancelPath();
        target.setInteractive(true);
      } else this.pathTimer ??= this.view.setTimeout(() => this.leftPath(), PATH_LIMIT);
      return;
    }
    this.cancelPath();
    this.offPath(hit);
  }

  /** The pointer left the document. */
  left(): void {
    this.cancelPending();
    if (this.target.shown()) this.closeSoon();
  }

  /** Escape, a click elsewhere, the card's status gone: no card, nothing pending. */
  reset(): void {
    this.cancelPending();
    this.cancelClose();
    this.cancelPath();
    this.exit = null;
  }

  /** A card was opened by other means (focus, a command): the pointer starts afresh from where it is. */
  opened(): void {
    this.reset();
  }

  stop(): void {
    this.reset();
  }

  private offPath(hit: StatusHit | null): void {
    if (hit) {
      // Another status wins over a card the pointer did not head for: it opens after a short rest.
      this.cancelClose();
      this.wait(hit, SWITCH_DELAY);
    } else {
      this.cancelPending();
      this.closeSoon();
    }
  }

  /** On the path but stopped short of the card: it was not heading for it after all. */
  private leftPath(): void {
    this.pathTimer = undefined;
    const point = this.last;
    this.exit = point ? [point.x, point.y] : null;
    this.offPath(point ? this.target.locate(point) : null);
  }

  private wait(hit: StatusHit, delay: number): void {
    if (this.pending && this.target.same(this.pending.hit, hit)) {
      // The same status still (or drawn again by the page): the rest goes on, for the status as it is now.
      this.pending.hit = hit;
      return;
    }
    this.cancelPending();
    const pending = {
      hit,
      timer: this.view.setTimeout(() => {
        this.pending = null;
        this.exit = null;
        this.cancelClose();
        this.target.open(pending.hit);
      }, delay),
    };
    this.pending = pending;
  }

  private closeSoon(): void {
    if (this.closeTimer !== undefined || this.target.held()) return;
    this.closeTimer = this.view.setTimeout(() => {
      this.closeTimer = undefined;
      if (this.target.held()) return;
      this.exit = null;
      this.target.close();
    }, CLOSE_DELAY);
  }

  private cancelPending(): void {
    if (this.pending) this.view.clearTimeout(this.pending.timer);
    this.pending = null;
  }

  private cancelClose(): void {
    if (this.closeTimer !== undefined) this.view.clearTimeout(this.closeTimer);
    this.closeTimer = undefined;
  }

  private cancelPath(): void {
    if (this.pathTimer !== undefined) this.view.clearTimeout(this.pathTimer);
    this.pathTimer = undefined;
  }
}
