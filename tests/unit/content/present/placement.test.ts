/** The side the card takes: beside the status's column, where there is room, away from the row's own buttons. */
import { describe, expect, it } from 'vitest';
import { chooseSide } from '../../../../entrypoints/content/present/placement';
import type { Rect } from '../../../../entrypoints/content/present/safe-path';

const rect = (left: number, top: number, right: number, bottom: number): Rect => ({ left, top, right, bottom });
const view = { width: 1200, height: 800 };
const card = { width: 320, height: 240 };
const cell = { inText: false, controls: [] };

describe('the side of the card', () => {
  it('is beside the column, on the side with more room, over neither the column’s rows nor the status', () => {
    // A Status column in the middle of the page: more room to its right.
    expect(chooseSide(rect(500, 300, 600, 320), card, view, cell)).toBe('right');
    // Near the left edge: to the right still; near the right edge: to the left.
    expect(chooseSide(rect(20, 300, 120, 320), card, view, cell)).toBe('right');
    expect(chooseSide(rect(900, 300, 1000, 320), card, view, cell)).toBe('left');
  });

  it('is away from the row’s own buttons when the other side has room', () => {
    const forceBackup = rect(650, 302, 760, 318);
    expect(chooseSide(rect(500, 300, 600, 320), card, view, { inText: false, controls: [forceBackup] })).toBe('left');
    const retry = rect(380, 302, 460, 318);
    expect(chooseSide(rect(500, 300, 600, 320), card, view, { inText: false, controls: [retry] })).toBe('right');
  });

  it('is over the buttons rather than off screen, when only their side has room', () => {
    const viewLog = rect(120, 302, 200, 318);
    expect(chooseSide(rect(20, 300, 110, 320), card, view, { inText: false, controls: [viewLog] })).toBe('right');
  });

  it('is above or below a code inside a sentence, not over its line: above when it fits', () => {
    const text = { inText: true, controls: [] };
    expect(chooseSide(rect(500, 400, 640, 416), card, view, text)).toBe('top');
    // Near the top of the window: below, where the room is.
    expect(chooseSide(rect(500, 60, 640, 76), card, view, text)).toBe('bottom');
  });

  it('is above or below the status in a window too narrow for a card beside it', () => {
    const narrow = { width: 500, height: 800 };
    expect(chooseSide(rect(100, 500, 400, 520), card, narrow, cell)).toBe('top');
    expect(chooseSide(rect(100, 100, 400, 120), card, narrow, cell)).toBe('bottom');
  });
});
