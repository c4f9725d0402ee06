import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { onTestFinished } from 'vitest';

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

/**
 * The page's AbortController made the global for the running test, as a content script's globals are its page's:
 * the DOM takes only its own window's signals. Node's is back when the test ends.
 */
export function adoptPageAbortController(view: View): void {
  const own = globalThis.AbortController;
  globalThis.AbortController = view.AbortController;
  onTestFinished(() => {
    globalThis.AbortController = own;
  });
}

// jsdom makes every event a script dispatches untrusted, as a browser does (`dispatchEvent` sets it so); the user's
// input is simulated with jsdom's own dispatch, the one its browser-side code uses, on an event marked trusted.
type EventImpl = { isTrusted: boolean; _dispatch(event: EventImpl): void };
const { implForWrapper } = createRequire(import.meta.url)('jsdom/lib/generated/idl/utils.js') as {
  implForWrapper: (wrapper: object) => EventImpl;
};

/** Dispatches an event as the user's own input (`isTrusted`). */
export function dispatchByUser(target: EventTarget, event: Event): void {
  const impl = implForWrapper(event);
  impl.isTrusted = true;
  implForWrapper(target)._dispatch(impl);
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
