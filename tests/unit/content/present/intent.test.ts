/**
 * Hover intent, with fake timers: a card opens where the pointer rests, not on what it crosses; another status takes
 * over after a short rest; the way from a status into its card keeps the card; anywhere else it closes soon.
 * The page is drawn here as rectangles (a column of statuses, the card to the right of the open one).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StatusHit } from '../../../../entrypoints/content/find/status';
import { HoverIntent, type IntentTarget } from '../../../../entrypoints/content/present/intent';
import { inRect, type Rect } from '../../../../entrypoints/content/present/safe-path';
import { pageOf } from '../support/dom';

const rect = (left: number, top: number, right: number, bottom: number): Rect => ({ left, top, right, bottom });
const { doc } = pageOf('<body></body>');

/** A page of statuses where they stand, and a card that opens 60 px to the right of its status. */
class Board implements IntentTarget {
  readonly statuses: { hit: StatusHit; at: Rect }[] = [];
  current: StatusHit | null = null;
  card: Rect | null = null;
  interactive = false;
  holding = false;
  readonly log: string[] = [];
  readonly intent: HoverIntent;

  constructor() {
    this.intent = new HoverIntent(globalThis as unknown as Window & typeof globalThis, this);
  }

  add(label: string, at: Rect): StatusHit {
    const element = doc.body.appendChild(doc.createElement('span'));
    element.textContent = label;
    const hit: StatusHit = { kind: 'element', element, label };
    this.statuses.push({ hit, at });
    return hit;
  }

  /** The pointer moves to a point: over the card once it takes the pointer, else over the page (input.ts). */
  move(x: number, y: number): void {
    if (this.card && this.interactive && inRect([x, y], this.card)) this.intent.overCard();
    else this.intent.at({ x, y, path: [] });
  }

  locate({ x, y }: { x: number; y: number }): StatusHit | null {
    return this.statuses.find((s) => inRect([x, y], s.at))?.hit ?? null;
  }
  shown(): StatusHit | null {
    return this.current;
  }
  same(a: StatusHit, b: StatusHit): boolean {
    return a === b;
  }
  open(hit: StatusHit): void {
    const at = this.statuses.find((s) => s.hit === hit)?.at as Rect;
    this.current = hit;
    this.card = rect(at.right + 60, at.top, at.right + 360, at.top + 300);
    this.interactive = false;
    this.log.push(`open ${hit.label}`);
  }
  close(): void {
    this.current = null;
    this.card = null;
    this.log.push('close');
  }
  geometry() {
    const at = this.statuses.find((s) => s.hit === this.current)?.at;
    return at && this.card ? { anchor: at, card: this.card, side: 'right' as const } : null;
  }
  setInteractive(on: boolean): void {
    this.interactive = on;
  }
  held(): boolean {
    return this.holding;
  }
}

describe('hover intent', () => {
  let board: Board;
  let a: StatusHit;
  let c: StatusHit;
  let d: StatusHit;
  let beside: StatusHit;

  beforeEach(() => {
    vi.useFakeTimers();
    board = new Board();
    // A Status column, rows 30 px apart, and one row far down.
    a = board.add('Failed', rect(100, 100, 200, 120));
    board.add('Retrying', rect(100, 130, 200, 150));
    c = board.add('Completed', rect(100, 160, 200, 180));
    d = board.add('Expired', rect(100, 400, 200, 420));
    // A status in the next column, between A and where A's card opens.
    beside = board.add('Space Full', rect(210, 140, 250, 160));
  });
  afterEach(() => {
    board.intent.stop();
    vi.useRealTimers();
  });

  /** Rests on A until its card is open. */
  const openA = () => {
    board.move(150, 110);
    vi.advanceTimersByTime(300);
    expect(board.shown()).toBe(a);
  };

  it('opens a card after the pointer rests 300 ms on a status, not before', () => {
    board.move(150, 110);
    vi.advanceTimersByTime(299);
    expect(board.shown()).toBeNull();
    // Moving within the status does not start the wait again.
    board.move(160, 112);
    vi.advanceTimersByTime(1);
    expect(board.shown()).toBe(a);
  });

  it('opens nothing for statuses crossed faster than that', () => {
    board.move(150, 110);
    vi.advanceTimersByTime(100);
    board.move(150, 140);
    vi.advanceTimersByTime(100);
    board.move(150, 170);
    vi.advanceTimersByTime(100);
    board.move(50, 300);
    vi.advanceTimersByTime(2000);
    expect(board.log).toEqual([]);
  });

  it('opens the card of the status it rests on after crossing others', () => {
    board.move(150, 110);
    vi.advanceTimersByTime(100);
    board.move(150, 140);
    vi.advanceTimersByTime(100);
    board.move(150, 170);
    vi.advanceTimersByTime(299);
    expect(board.log).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(board.log).toEqual(['open Completed']);
  });

  it('switches to another status after a short rest on it, not on what it crosses', () => {
    openA();
    // Down the column: out of A, over B and C (the card is to the right: off its path).
    board.move(150, 125);
    board.move(150, 140);
    vi.advanceTimersByTime(50);
    board.move(150, 170);
    vi.advanceTimersByTime(100);
    expect(board.shown()).toBe(a);
    vi.advanceTimersByTime(100);
    expect(board.shown()).toBe(c);
    expect(board.log).toEqual(['open Failed', 'open Completed']);
  });

  it('keeps the card while the pointer heads for it, over another status on the way', () => {
    openA();
    board.move(201, 115);
    board.move(230, 150);
    expect(board.locate({ x: 230, y: 150 })).toBe(beside);
    vi.advanceTimersByTime(200);
    board.move(262, 200);
    expect(board.interactive).toBe(true);
    // In the card, for as long as the reader reads.
    board.move(300, 250);
    vi.advanceTimersByTime(5000);
    expect(board.shown()).toBe(a);
    expect(board.log).toEqual(['open Failed']);
  });

  it('lets the pointer through the card until it arrives along the path', () => {
    openA();
    expect(board.interactive).toBe(false);
    board.move(201, 115);
    board.move(262, 110);
    expect(board.interactive).toBe(true);
  });

  it('closes the card within 300 ms of the pointer going elsewhere, and not on a brief slip', () => {
    openA();
    board.move(150, 125);
    board.move(60, 300);
    vi.advanceTimersByTime(200);
    // Back on the status in time: it stays.
    board.move(150, 110);
    vi.advanceTimersByTime(2000);
    expect(board.shown()).toBe(a);
    board.move(150, 125);
    board.move(60, 300);
    vi.advanceTimersByTime(300);
    expect(board.shown()).toBeNull();
    expect(board.log).toEqual(['open Failed', 'close']);
  });

  it('gives the card to a status under the pointer off the path, and closes it when the pointer stops short', () => {
    openA();
    // Off the path: far down the column, straight onto D.
    board.move(150, 125);
    board.move(150, 410);
    vi.advanceTimersByTime(200);
    expect(board.shown()).toBe(d);
    // From D towards its card, stopping on the way over nothing: it was not heading for it.
    board.move(201, 410);
    board.move(230, 430);
    vi.advanceTimersByTime(500);
    expect(board.shown()).toBe(d);
    vi.advanceTimersByTime(1000);
    expect(board.shown()).toBeNull();
  });

  it('keeps a card the keyboard holds, wherever the pointer goes', () => {
    openA();
    board.holding = true;
    board.move(150, 125);
    board.move(60, 300);
    vi.advanceTimersByTime(2000);
    expect(board.shown()).toBe(a);
  });

  it('closes the card soon when the pointer leaves the page, and opens nothing pending', () => {
    openA();
    board.intent.left();
    vi.advanceTimersByTime(300);
    expect(board.shown()).toBeNull();
    board.move(150, 140);
    board.intent.left();
    vi.advanceTimersByTime(2000);
    expect(board.log).toEqual(['open Failed', 'close']);
  });

  it('opens nothing pending once reset (Escape, a click)', () => {
    board.move(150, 140);
    board.intent.reset();
    vi.advanceTimersByTime(2000);
    expect(board.log).toEqual([]);
  });
});
