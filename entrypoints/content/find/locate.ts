/**
 * Find, at the pointer: the status under a point. The text position there is found as the browser's caret
 * would stand (10ten-ja-reader's get-cursor-position does the same), entering the open shadow roots on the
 * event's path; nothing of the page is read beyond the few nodes around it.
 */
import type { ConsoleModule } from '../console-module';
import { rangeOf, type StatusHit, statusAt } from './status';

export interface Caret {
  node: Node;
  offset: number;
}

type CaretPositionFromPoint = (
  x: number,
  y: number,
  options?: { shadowRoots?: ShadowRoot[] },
) => { offsetNode: Node; offset: number } | null;

export function caretAt(doc: Document, x: number, y: number, path: readonly EventTarget[]): Caret | null {
  const shadowRoots = path.filter((t): t is ShadowRoot => t instanceof ShadowRoot);
  const byPosition = (doc as Document & { caretPositionFromPoint?: CaretPositionFromPoint }).caretPositionFromPoint;
  if (typeof byPosition === 'function') {
    const position = byPosition.call(doc, x, y, { shadowRoots });
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/** Whether a point stands on a Range's text (the caret is found even beside the text, in its line's margin). */
export function pointInRange(range: Range, x: number, y: number): boolean {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return true;
  }
  return false;
}

/** Where the pointer is: its position and the event's composed path (the page's nodes under it). */
export interface Point {
  x: number;
  y: number;
  path: readonly EventTarget[];
}

/**
 * The status under the pointer, found on the spot: an element around the target, else the known code at the
 * caret, which the pointer must stand on (a caret is found beside a text too, in its line's margin). The one
 * function the pointer, the tests and the fixtures ask.
 */
export function locate(doc: Document, module: ConsoleModule, point: Point): StatusHit | null {
  const target = point.path.find((t): t is Element => t instanceof Element) ?? null;
  const caret = module.codes ? caretAt(doc, point.x, point.y, point.path) : null;
  const hit = statusAt(module, target, caret);
  if (hit?.kind !== 'text') return hit;
  const range = rangeOf(hit);
  return range && pointInRange(range, point.x, point.y) ? hit : null;
}
