/**
 * The safe path from a status into its card (Floating UI's `safePolygon` idea, WCAG 1.4.13 hoverable): the
 * triangle from where the pointer left the status to the card's near edge, and the strip between the two.
 * While the pointer stays in it, it is heading for the card; anywhere else it went somewhere else. Pure geometry.
 */

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export type Side = 'top' | 'bottom' | 'left' | 'right';

type Pt = readonly [number, number];

/** Whether `point` is on the safe path from `exit` (where the pointer left `anchor`) into `card`. */
export function onSafePath(point: Pt, exit: Pt, anchor: Rect, card: Rect, side: Side): boolean {
  if (inRect(point, grow(card, 1))) return true;
  if (inRect(point, bridge(anchor, card, side))) return true;
  const [a, b] = nearEdge(card, side);
  return inTriangle(point, exit, a, b);
}

/** Which side of the anchor the card stands on, from where both are. */
export function sideOf(anchor: Rect, card: Rect): Side {
  if (card.left >= anchor.right - 1) return 'right';
  if (card.right <= anchor.left + 1) return 'left';
  return card.top >= anchor.top ? 'bottom' : 'top';
}

export function inRect([x, y]: Pt, r: Rect): boolean {
  return x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
}

function grow(r: Rect, by: number): Rect {
  return { left: r.left - by, top: r.top - by, right: r.right + by, bottom: r.bottom + by };
}

/** The strip between the anchor and the card, as wide as the narrower of the two across it. */
function bridge(anchor: Rect, card: Rect, side: Side): Rect {
  if (side === 'left' || side === 'right') {
    const [left, right] = side === 'right' ? [anchor.right, card.left] : [card.right, anchor.left];
    return { left, right, top: Math.max(anchor.top, card.top), bottom: Math.min(anchor.bottom, card.bottom) };
  }
  const [top, bottom] = side === 'bottom' ? [anchor.bottom, card.top] : [card.bottom, anchor.top];
  return { top, bottom, left: Math.max(anchor.left, card.left), right: Math.min(anchor.right, card.right) };
}

/** The two corners of the card's edge that faces the anchor. */
function nearEdge(card: Rect, side: Side): [Pt, Pt] {
  switch (side) {
    case 'right':
      return [
        [card.left, card.top],
        [card.left, card.bottom],
      ];
    case 'left':
      return [
        [card.right, card.top],
        [card.right, card.bottom],
      ];
    case 'bottom':
      return [
        [card.left, card.top],
        [card.right, card.top],
      ];
    default:
      return [
        [card.left, card.bottom],
        [card.right, card.bottom],
      ];
  }
}

function inTriangle(p: Pt, a: Pt, b: Pt, c: Pt): boolean {
  const cross = (o: Pt, u: Pt, v: Pt) => (u[0] - o[0]) * (v[1] - o[1]) - (u[1] - o[1]) * (v[0] - o[0]);
  const d1 = cross(p, a, b);
  const d2 = cross(p, b, c);
  const d3 = cross(p, c, a);
  const negative = d1 < 0 || d2 < 0 || d3 < 0;
  const positive = d1 > 0 || d2 > 0 || d3 > 0;
  return !(negative && positive);
}
