/**
 * Find, at the pointer: the text position under a point, as the browser's caret would stand there
 * (10ten-ja-reader's get-cursor-position does the same), entering the open shadow roots on the event's path.
 */
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
