import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { JSDOM } from 'jsdom';

export type View = Window & typeof globalThis;

/** The DOM classes the content script's modules ask of `globalThis` (`Node.TEXT_NODE`, `instanceof Element`). */
const CLASSES = ['Node', 'NodeFilter', 'Element', 'HTMLElement', 'HTMLTableElement', 'ShadowRoot', 'Text', 'Range'];

/** Makes a window's DOM classes the globals, as a content script's globals are its page's. */
export function adoptGlobals(view: View): void {
  const globals = globalThis as unknown as Record<string, unknown>;
  const source = view as unknown as Record<string, unknown>;
  for (const name of CLASSES) globals[name] = source[name];
}

/** A page in a DOM of its own, whose classes are made the globals. */
export function pageOf(html: string, url = 'http://127.0.0.1/'): { doc: Document; view: View } {
  const dom = new JSDOM(html, { url, runScripts: 'outside-only' });
  const view = dom.window as unknown as View;
  adoptGlobals(view);
  return { doc: view.document, view };
}

export const FIXTURES = resolve(import.meta.dirname, '../../../fixtures');

/**
 * A static fixture page, its own scripts run (the tabs that show a panel), as served on loopback by the browser
 * tests. Its classes are made the globals.
 */
export function fixturePage(path: string): { doc: Document; view: View } {
  const page = pageOf(readFileSync(join(FIXTURES, path), 'utf8'), `http://127.0.0.1/${path}`);
  const dir = join(FIXTURES, path, '..');
  for (const script of page.doc.querySelectorAll('script[src]')) {
    const src = script.getAttribute('src') ?? '';
    page.view.eval(readFileSync(join(dir, src), 'utf8'));
  }
  return page;
}

/** Runs a job of the scheduler to its end, as its idle slices would. */
export function run(job: Iterator<unknown, void> | null): void {
  while (job && !job.next().done) {
    // every step
  }
}
