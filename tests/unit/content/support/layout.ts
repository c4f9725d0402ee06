import type { Point } from '../../../../entrypoints/content/find/locate';
import type { View } from './dom';

/**
 * A layout for jsdom, which has none: made up, but one a browser could have, so that a point means one place.
 * Every text of the page that shows (not white space alone, not in a hidden element, a script or a style; open
 * shadow roots included, in composed order) is a line of its own, LINE px tall, its characters CHAR px wide from
 * LEFT; the element holding the text spans its line. `caretPositionFromPoint` (or `caretRangeFromPoint`),
 * `elementFromPoint` and a Range's client rects answer from it, as a browser answers from its own, so the code
 * under test turns a point into a caret and back as it does in a browser.
 */
export const LINE = 20;
export const CHAR = 8;
export const LEFT = 10;

const UNRENDERED = new Set(['script', 'style', 'noscript', 'template', 'head', 'title']);

export type CaretApi = 'caretPositionFromPoint' | 'caretRangeFromPoint';

export class TextLayout {
  constructor(private readonly view: View) {}

  private get doc(): Document {
    return this.view.document;
  }

  /** The page's lines, read anew each time: the page may have changed (a tab shown, a row added). */
  lines(): Text[] {
    const out: Text[] = [];
    const visit = (parent: Node) => {
      for (let node = parent.firstChild; node; node = node.nextSibling) {
        if (node.nodeType === this.view.Node.TEXT_NODE) {
          if ((node as Text).data.trim()) out.push(node as Text);
          continue;
        }
        if (node.nodeType !== this.view.Node.ELEMENT_NODE) continue;
        const element = node as Element;
        if (UNRENDERED.has(element.localName) || element.hasAttribute('hidden')) continue;
        if (element.shadowRoot) visit(element.shadowRoot);
        visit(element);
      }
    };
    visit(this.doc);
    return out;
  }

  /** Where a character of a text stands: the middle of its box. Throws for a text that does not show. */
  pointOn(text: Text, offset: number): { x: number; y: number } {
    const line = this.lines().indexOf(text);
    if (line < 0) throw new Error(`"${text.data.trim()}" does not show: nothing can point at it`);
    return { x: LEFT + (offset + 0.5) * CHAR, y: line * LINE + LINE / 2 };
  }

  /** The text and the caret offset at a point: the nearest boundary between characters on its line. */
  caretAt(x: number, y: number): { text: Text; offset: number } | null {
    const text = this.lines()[Math.floor(y / LINE)];
    if (!text || y < 0) return null;
    const offset = Math.min(text.data.length, Math.max(0, Math.round((x - LEFT) / CHAR)));
    return { text, offset };
  }

  elementAt(x: number, y: number): Element | null {
    const caret = this.caretAt(x, y);
    if (!caret) return null;
    // Inside an open shadow root the element is the text's parent, as a hit test finds it.
    return caret.text.parentElement;
  }

  /**
   * The pointer at a point, as a pointer event has it: its position and its composed path from the element under
   * it (a real event dispatched there, so the path crosses shadow roots as the browser's does).
   */
  pointer(x: number, y: number): Point {
    const target = this.elementAt(x, y);
    if (!target) return { x, y, path: [] };
    let path: EventTarget[] = [];
    const record = (event: Event) => {
      path = event.composedPath();
    };
    this.view.addEventListener('status-lens-test-point', record, { capture: true, once: true });
    target.dispatchEvent(new this.view.Event('status-lens-test-point', { bubbles: true, composed: true }));
    return { x, y, path };
  }

  /** The pointer on a character of a text. */
  pointerOn(text: Text, offset: number): Point {
    const { x, y } = this.pointOn(text, offset);
    return this.pointer(x, y);
  }

  /** The boxes of a Range: one per line it covers, as wide as its characters there. */
  rectsOf(range: Range): DOMRect[] {
    const rects: DOMRect[] = [];
    this.lines().forEach((text, line) => {
      if (!range.intersectsNode(text)) return;
      const start = range.startContainer === text ? range.startOffset : 0;
      const end = range.endContainer === text ? range.endOffset : text.data.length;
      rects.push(
        this.view.DOMRect.fromRect({
          x: LEFT + start * CHAR,
          y: line * LINE,
          width: (end - start) * CHAR,
          height: LINE,
        }),
      );
    });
    return rects;
  }

  /**
   * Answers the page's hit tests from this layout: the caret API a browser has (`caretPositionFromPoint`, which
   * enters only the shadow roots it is given, as Firefox and Chromium 128+; or only `caretRangeFromPoint`, as
   * older Chromium and Safari, which stays out of shadow roots), `elementFromPoint`, and a Range's rects.
   */
  install(api: CaretApi = 'caretPositionFromPoint'): this {
    const doc = this.doc as Document & Record<string, unknown>;
    const layout = this;
    if (api === 'caretPositionFromPoint') {
      doc.caretPositionFromPoint = (x: number, y: number, options?: { shadowRoots?: ShadowRoot[] }) => {
        const caret = this.caretAt(x, y);
        if (!caret) return null;
        const { node, offset } = outOfShadows(caret.text, caret.offset, options?.shadowRoots ?? []);
        return { offsetNode: node, offset, getClientRect: () => null };
      };
    } else {
      doc.caretRangeFromPoint = (x: number, y: number) => {
        const caret = this.caretAt(x, y);
        if (!caret) return null;
        const { node, offset } = outOfShadows(caret.text, caret.offset, []);
        const range = this.doc.createRange();
        range.setStart(node, offset);
        return range;
      };
    }
    doc.elementFromPoint = (x: number, y: number) => this.elementAt(x, y);
    const proto = this.view.Range.prototype as Range & Record<string, unknown>;
    proto.getClientRects = function (this: Range) {
      return layout.rectsOf(this) as unknown as DOMRectList;
    };
    proto.getBoundingClientRect = function (this: Range) {
      const rects = layout.rectsOf(this);
      const first = rects[0];
      if (!first) return layout.view.DOMRect.fromRect();
      const left = Math.min(...rects.map((r) => r.left));
      const top = Math.min(...rects.map((r) => r.top));
      const right = Math.max(...rects.map((r) => r.right));
      const bottom = Math.max(...rects.map((r) => r.bottom));
      return layout.view.DOMRect.fromRect({ x: left, y: top, width: right - left, height: bottom - top });
    };
    return this;
  }
}

/** A caret inside a shadow root the caller did not name stands at its host instead, as the caret APIs answer. */
function outOfShadows(node: Node, offset: number, open: readonly ShadowRoot[]): { node: Node; offset: number } {
  let root = node.getRootNode();
  while (root.nodeType === node.DOCUMENT_FRAGMENT_NODE && !open.includes(root as ShadowRoot)) {
    const host = (root as ShadowRoot).host;
    const parent = host.parentNode as Node;
    offset = [...parent.childNodes].indexOf(host);
    node = parent;
    root = node.getRootNode();
  }
  return { node, offset };
}
