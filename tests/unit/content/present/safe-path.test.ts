/** The safe path from a status into its card: pure geometry, checked on rectangles drawn here. */
import { describe, expect, it } from 'vitest';
import { onSafePath, type Rect, sideOf } from '../../../../entrypoints/content/present/safe-path';

const rect = (left: number, top: number, right: number, bottom: number): Rect => ({ left, top, right, bottom });

describe('the safe path', () => {
  // A status in a column, its card 60 px to its right, taller than it.
  const anchor = rect(100, 100, 200, 120);
  const card = rect(260, 100, 560, 400);
  const exit = [201, 115] as const;
  const on = (x: number, y: number) => onSafePath([x, y], exit, anchor, card, 'right');

  it('is the card itself, its edge included', () => {
    expect(on(400, 250)).toBe(true);
    expect(on(260, 399)).toBe(true);
    expect(on(561, 250)).toBe(true);
  });

  it('is the triangle from where the pointer left the status to the card’s near edge', () => {
    // Halfway across, heading down the card's side: between the lines from the exit to the card's corners.
    expect(on(230, 150)).toBe(true);
    expect(on(250, 330)).toBe(true);
  });

  it('is the strip between the status and the card, as tall as both share', () => {
    expect(on(240, 101)).toBe(true);
    expect(on(255, 119)).toBe(true);
  });

  it('is not back over the page, above or below the triangle, nor past the card', () => {
    expect(on(150, 200)).toBe(false);
    expect(on(230, 300)).toBe(false);
    expect(on(230, 95)).toBe(false);
    expect(on(600, 250)).toBe(false);
  });

  it('follows the side the card took', () => {
    const below = rect(100, 140, 400, 340);
    const from = [150, 121] as const;
    // Straight down into the card, and along the triangle to its far corner.
    expect(onSafePath([150, 130], from, anchor, below, 'bottom')).toBe(true);
    expect(onSafePath([360, 138], from, anchor, below, 'bottom')).toBe(true);
    // Sideways off it.
    expect(onSafePath([360, 125], from, anchor, below, 'bottom')).toBe(false);
    const left = rect(-240, 80, 60, 380);
    expect(onSafePath([80, 200], [99, 110], anchor, left, 'left')).toBe(true);
    expect(onSafePath([80, 20], [99, 110], anchor, left, 'left')).toBe(false);
    const above = rect(100, -150, 400, 92);
    expect(onSafePath([280, 95], [150, 99], anchor, above, 'top')).toBe(true);
    expect(onSafePath([300, 110], [150, 99], anchor, above, 'top')).toBe(false);
  });
});

describe('the side of a card', () => {
  const anchor = rect(100, 100, 200, 120);

  it('is where the card stands relative to its status', () => {
    expect(sideOf(anchor, rect(208, 90, 500, 400))).toBe('right');
    expect(sideOf(anchor, rect(-200, 90, 92, 400))).toBe('left');
    expect(sideOf(anchor, rect(100, 128, 400, 300))).toBe('bottom');
    expect(sideOf(anchor, rect(100, -100, 400, 92))).toBe('top');
  });
});
