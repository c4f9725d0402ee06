/**
 * Where the tooltip stands: below its anchor (an element, or the Range of a code inside a text) unless it fits
 * better above, kept on screen by Floating UI; and whether the page around the anchor is dark.
 */
import { computePosition, flip, offset, shift, size, type VirtualElement } from '@floating-ui/dom';

/**
 * What the tooltip stands at: an element that is a status as a whole, or the Range of a code inside a
 * text (no element of the page is made for it).
 */
export type Anchor = HTMLElement | Range;

/** Places the panel at its anchor, its height capped to what fits: each placement starts from its natural height. */
export function place(panel: HTMLElement, anchor: Anchor): void {
  panel.style.maxHeight = '';
  void computePosition(reference(anchor), panel, {
    strategy: 'fixed',
    placement: 'bottom-start',
    middleware: [
      offset(6),
      flip({ padding: 8 }),
      shift({ padding: 8 }),
      size({
        padding: 8,
        apply: ({ availableHeight, elements }) => {
          elements.floating.style.maxHeight = `${Math.max(120, Math.floor(availableHeight))}px`;
        },
      }),
    ],
  }).then(({ x, y }) => {
    panel.style.left = `${Math.round(x)}px`;
    panel.style.top = `${Math.round(y)}px`;
  });
}

/** The element an anchor stands in. */
export function anchorElement(anchor: Anchor): HTMLElement | null {
  if (anchor instanceof HTMLElement) return anchor;
  const node = anchor.startContainer;
  const parent = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  return parent instanceof HTMLElement ? parent : null;
}

/** Floating UI's reference for an anchor: a Range becomes a virtual element (its rectangles, its scroll parents). */
export function reference(anchor: Anchor): HTMLElement | VirtualElement {
  if (anchor instanceof HTMLElement) return anchor;
  return {
    getBoundingClientRect: () => anchor.getBoundingClientRect(),
    getClientRects: () => anchor.getClientRects(),
    contextElement: anchorElement(anchor) ?? undefined,
  };
}

/** Dark when the reader's system asks for it or when the page around the label is dark. */
export function prefersDark(anchor: HTMLElement): boolean {
  const view = anchor.ownerDocument.defaultView;
  if (view?.matchMedia('(prefers-color-scheme: dark)').matches) return true;
  for (let el: Element | null = anchor; el; el = el.parentElement) {
    const bg = view?.getComputedStyle(el).backgroundColor ?? '';
    const rgba = bg.match(/[\d.]+/g)?.map(Number);
    if (!rgba || rgba.length < 3 || rgba[3] === 0) continue;
    const [r = 255, g = 255, b = 255] = rgba;
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 100;
  }
  return false;
}
