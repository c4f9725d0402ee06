import type { JSDOM } from 'jsdom';

/** The DOM classes the overlay's stages ask of `globalThis` (`Node.TEXT_NODE`, `instanceof Element`), from one page's window. */
export function globalsOf(dom: JSDOM): Document {
  const window = dom.window as unknown as Record<string, unknown>;
  for (const name of ['Node', 'NodeFilter', 'Element', 'HTMLElement', 'HTMLTableElement', 'ShadowRoot', 'Text']) {
    (globalThis as Record<string, unknown>)[name] = window[name];
  }
  return dom.window.document;
}
