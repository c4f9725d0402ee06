/**
 * Where the card stands: beside the status's column — the side with room, and away from the row's own buttons
 * when there is room to — so it never covers the column's next rows; a code inside a sentence gets it above or
 * below its line, not over it. A few rectangles and a clamp: the card is `position: fixed` in the top layer.
 */
import type { Anchor } from '../resolve/resolve';
import { ROW } from '../resolve/row';
import type { Rect, Side } from './safe-path';

const GAP = 8;
const MARGIN = 8;
const CELL = 'td, th, [role="gridcell"], [role="cell"]';
const CONTROL = 'button, a[href], [role="button"], input, select';

/** The element an anchor stands in. */
export function anchorElement(anchor: Anchor): HTMLElement | null {
  if (anchor instanceof HTMLElement) return anchor;
  const node = anchor.startContainer;
  const parent = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  return parent instanceof HTMLElement ? parent : null;
}

export function anchorRect(anchor: Anchor): DOMRect {
  return anchor.getBoundingClientRect();
}

/**
 * The box the card keeps clear of: a status in a table cell stands for its whole column's width (the card goes
 * beside the column, not over the cell next to the pill), at the status's own height.
 */
export function columnBox(anchor: Anchor): Rect {
  const rect = anchorRect(anchor);
  const cell = anchorElement(anchor)?.closest(CELL);
  if (!cell) return rect;
  const box = cell.getBoundingClientRect();
  return {
    left: Math.min(box.left, rect.left),
    right: Math.max(box.right, rect.right),
    top: rect.top,
    bottom: rect.bottom,
  };
}

/** The row's own controls (its "Force Backup", "View log"), where they stand. */
function rowControls(anchor: Anchor): Rect[] {
  const element = anchorElement(anchor);
  const row = element?.closest(ROW);
  if (!row) return [];
  // The status's own cell's controls (its "View log") stand beside it, not in the way of the card.
  const cell = element?.closest(CELL);
  return [...row.querySelectorAll(CONTROL)]
    .filter((c) => !c.contains(element) && !cell?.contains(c))
    .map((c) => c.getBoundingClientRect());
}

/**
 * The side for a card of `width` × `height` at `anchor` in a viewport of `view`. Pure: the choice, from the
 * rectangles, is what the tests check.
 */
export function chooseSide(
  box: Rect,
  card: { width: number; height: number },
  view: { width: number; height: number },
  options: { inText: boolean; controls: readonly Rect[] },
): Side {
  const above = box.top - GAP - MARGIN;
  const below = view.height - box.bottom - GAP - MARGIN;
  // A code inside a sentence: above its line when there is room (a reader goes down a log), else below.
  if (options.inText) return above >= card.height || above >= below ? 'top' : 'bottom';
  const room = { right: view.width - box.right - GAP - MARGIN, left: box.left - GAP - MARGIN };
  const controls = {
    right: options.controls.some((c) => c.left >= box.right - 1),
    left: options.controls.some((c) => c.right <= box.left + 1),
  };
  const fits = (side: 'left' | 'right') => room[side] >= card.width;
  const order: ('left' | 'right')[] = room.right >= room.left ? ['right', 'left'] : ['left', 'right'];
  const clear = order.find((side) => fits(side) && !controls[side]);
  if (clear) return clear;
  const fitting = order.find(fits);
  if (fitting) return fitting;
  // No room beside the column (a narrow window): above, over rows already read, unless below has more room.
  return above >= card.height || above >= below ? 'top' : 'bottom';
}

/** What placing a card at an anchor reads of the page, read before anything is written. */
export interface Surroundings {
  box: Rect;
  inText: boolean;
  controls: Rect[];
}

export function surroundings(anchor: Anchor): Surroundings {
  // A status in a cell is placed beside its column, whether an element holds it or a text beside a "View log"
  // link does; only a code inside a sentence is placed off its line.
  const inText = !(anchor instanceof HTMLElement) && !anchorElement(anchor)?.closest(CELL);
  return { box: inText ? anchorRect(anchor) : columnBox(anchor), inText, controls: inText ? [] : rowControls(anchor) };
}

/**
 * Places the panel at its anchor and returns the side it took: the side chosen above, the card kept on screen
 * along it, its height capped to what fits there (the content scrolls inside only when expanded).
 */
export function place(panel: HTMLElement, at: Surroundings): Side {
  const view = panel.ownerDocument.defaultView;
  const viewport = { width: view?.innerWidth ?? 1024, height: view?.innerHeight ?? 768 };
  const { box, inText, controls } = at;
  // Measured at its natural size: each placement starts afresh, so the side does not swing as the height is capped.
  // The cap goes on the card itself, which keeps its title and buttons in view and scrolls its body.
  const capped = (panel.firstElementChild as HTMLElement | null) ?? panel;
  capped.style.maxHeight = '';
  const card = { width: panel.offsetWidth, height: panel.offsetHeight };
  const side = chooseSide(box, card, viewport, { inText, controls });
  const { x, y, maxHeight } = position(side, box, card, viewport);
  capped.style.maxHeight = `${Math.max(120, Math.floor(maxHeight))}px`;
  panel.style.left = `${Math.round(x)}px`;
  panel.style.top = `${Math.round(y)}px`;
  return side;
}

/** Where a card of `card`'s size stands on `side` of `box`, kept inside the viewport. Pure. */
export function position(
  side: Side,
  box: Rect,
  card: { width: number; height: number },
  view: { width: number; height: number },
): { x: number; y: number; maxHeight: number } {
  const clamp = (v: number, low: number, high: number) => Math.max(low, Math.min(v, high));
  if (side === 'left' || side === 'right') {
    const maxHeight = view.height - 2 * MARGIN;
    const height = Math.min(card.height, maxHeight);
    const x = side === 'right' ? box.right + GAP : box.left - GAP - card.width;
    // Level with the status, moved up as far as needed to stay on screen.
    return {
      x: clamp(x, MARGIN, view.width - card.width - MARGIN),
      y: clamp(box.top, MARGIN, view.height - height - MARGIN),
      maxHeight,
    };
  }
  const x = clamp(box.left, MARGIN, view.width - card.width - MARGIN);
  if (side === 'top') {
    const maxHeight = box.top - GAP - MARGIN;
    return { x, y: Math.max(MARGIN, box.top - GAP - Math.min(card.height, maxHeight)), maxHeight };
  }
  return { x, y: box.bottom + GAP, maxHeight: view.height - box.bottom - GAP - MARGIN };
}

/**
 * Dark when the console around the status is dark: the first background colour found up its ancestors, else the
 * page's own colour scheme — a light console stays light under a dark system theme.
 */
export function schemeAt(element: HTMLElement | null): 'light' | 'dark' {
  const doc = element?.ownerDocument;
  const view = doc?.defaultView;
  if (!element || !view) return 'light';
  for (let el: Element | null = element; el; el = el.parentElement) {
    const rgba = view
      .getComputedStyle(el)
      .backgroundColor.match(/[\d.]+/g)
      ?.map(Number);
    if (!rgba || rgba.length < 3 || rgba[3] === 0) continue;
    const [r = 255, g = 255, b = 255] = rgba;
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 100 ? 'dark' : 'light';
  }
  // Nothing painted: the canvas, which is dark only where the page opts into a dark scheme and the system asks.
  const scheme = view.getComputedStyle(doc.documentElement).colorScheme;
  return /dark/.test(scheme) && view.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
