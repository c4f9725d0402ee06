/**
 * The cue on a code explained inside a text: a box over each of its line boxes, drawn in the card's closed shadow
 * root. Nothing of the page changes — no node, no style sheet: a `::highlight` rule adopted into the page restyles
 * every element of it (85–120 ms on a 5,000-line log) — and the page's scripts cannot read which code is explained,
 * as they could read `CSS.highlights`.
 */
import type { Rect } from './safe-path';

/** A code wrapped over more lines than this is marked on its first lines only. */
const MAX_BOXES = 4;

export class CodeMark {
  private range: Range | null = null;
  private readonly boxes: HTMLElement[] = [];
  private placed: Rect[] = [];

  /** `layer`: the shadow root the boxes are drawn in, made on first use. */
  constructor(private readonly layer: () => ShadowRoot) {}

  /** Marks a code's range where it stands now; null takes the mark away. */
  show(range: Range | null): void {
    this.range = range;
    this.place(range ? lineBoxes(range) : []);
  }

  /** The mark moved with its code (a scroll, a resize, a re-render): read where it stands, then drawn there. */
  follow(): void {
    if (this.range) this.place(lineBoxes(this.range));
  }

  /** Where the mark stands, in the viewport: what a person sees marked. */
  rects(): Rect[] {
    return this.placed;
  }

  stop(): void {
    for (const box of this.boxes) box.remove();
    this.boxes.length = 0;
    this.placed = [];
    this.range = null;
  }

  private place(rects: Rect[]): void {
    this.placed = rects;
    if (rects.length === 0 && this.boxes.length === 0) return;
    const root = this.layer();
    while (this.boxes.length < rects.length) {
      const box = root.ownerDocument.createElement('div');
      box.className = 'mark';
      root.append(box);
      this.boxes.push(box);
    }
    this.boxes.forEach((box, i) => {
      const r = rects[i];
      box.hidden = !r;
      if (!r) return;
      box.style.left = `${r.left}px`;
      box.style.top = `${r.top}px`;
      box.style.width = `${r.right - r.left}px`;
      box.style.height = `${r.bottom - r.top}px`;
    });
  }
}

/** The code's line boxes in the viewport; none once its text left the page (the range collapses where it stood). */
function lineBoxes(range: Range): Rect[] {
  return [...range.getClientRects()]
    .filter((r) => r.width > 0 && r.height > 0)
    .slice(0, MAX_BOXES)
    .map((r) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom }));
}
