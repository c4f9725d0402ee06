/**
 * One generic test over every static fixture page: each carries its expected result in data attributes (as
 * yomitan's test/data/html fixtures do), and the overlay's stages — recognise, find (the whole page, and at a
 * point), resolve — must find exactly that, in a DOM under Vitest.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { PRODUCT_IDS } from '../../../catalog/enums';
import type { ProductSwitches } from '../../../components/settings/schema';
import { recognise } from '../../../entrypoints/content/engine/recognise';
import { StatusIndex } from '../../../entrypoints/content/engine/status-index';
import { hostOf, type StatusHit, statusAt, tokenStatus } from '../../../entrypoints/content/find/status';
import { resolveHit } from '../../../entrypoints/content/resolve';
import { globalsOf } from './dom-globals';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures');
const ALL_ON = Object.fromEntries(PRODUCT_IDS.map((id) => [id, true])) as ProductSwitches;

/** Static fixture pages that say what they expect (`<html data-expect-console>`). */
const pages = ['dropsuite', 'dpod', 'mxhero', 'none'].flatMap((dir) =>
  readdirSync(join(FIXTURES, dir))
    .filter((f) => f.endsWith('.html'))
    .map((f) => `${dir}/${f}`)
    .filter((path) => /data-expect-console=/.test(readFileSync(join(FIXTURES, path), 'utf8'))),
);

/**
 * The page in a DOM of its own, whose constructors (Node, HTMLElement…) the overlay's modules see as globals,
 * as a content script sees its page's.
 */
function load(path: string): Document {
  return globalsOf(new JSDOM(readFileSync(join(FIXTURES, path), 'utf8'), { url: `http://127.0.0.1/${path}` }));
}

/** Runs a job of the index to its end, as the scheduler would over several idle slices. */
function run(job: Iterator<unknown, void>): void {
  while (!job.next().done) {
    // every step
  }
}

/** The index as the report and the keyboard commands see it: completed, codes inside texts included. */
function indexOf(doc: Document, module: NonNullable<ReturnType<typeof recognise>>): StatusIndex {
  const index = new StatusIndex(module);
  run(index.take([doc.documentElement]));
  const texts = index.complete(doc.documentElement);
  if (texts) run(texts);
  return index;
}

const inside = (hit: StatusHit, element: Element) => {
  const node = hit.kind === 'element' ? hit.element : hit.node;
  return element === node || element.contains(node);
};

it('has static fixture pages that say what they expect', () => {
  expect(pages.length).toBeGreaterThanOrEqual(7);
});

describe.each(pages)('%s', (path) => {
  let doc: Document;
  let module: ReturnType<typeof recognise>;
  let hits: StatusHit[] = [];
  beforeAll(() => {
    doc = load(path);
    module = recognise(doc, ALL_ON, null);
    hits = module ? indexOf(doc, module).inOrder() : [];
  });

  it('is recognised as the console it says it is', () => {
    expect(module?.product ?? 'none').toBe(doc.documentElement.dataset.expectConsole);
  });

  it('finds every status it expects, in its section, on the whole page and under the pointer', () => {
    if (!module) return;
    for (const element of doc.querySelectorAll<HTMLElement>('[data-expect-status]')) {
      const label = element.dataset.expectStatus;
      const found = hits.find((h) => inside(h, element));
      expect(found?.label, `${label} on the page`).toBe(label);
      if (!found) continue;
      expect(resolveHit(module, found).section, `${label}'s section`).toBe(element.dataset.expectSection);
      // Hover: the element under the pointer is the status or inside it.
      const target = element.querySelector('span') ?? element;
      expect(statusAt(module, target, null)?.label, `${label} under the pointer`).toBe(label);
    }
  });

  it('finds the codes inside texts, in order, and at the caret', () => {
    if (!module) return;
    for (const element of doc.querySelectorAll<HTMLElement>('[data-expect-codes]')) {
      const codes = (element.dataset.expectCodes ?? '').split(' ').filter(Boolean);
      expect(
        hits.filter((h) => inside(h, element)).map((h) => h.label),
        element.textContent ?? '',
      ).toEqual(codes);
      for (const code of codes) {
        const text = [...element.childNodes].find(
          (n): n is Text => n.nodeType === 3 && (n.textContent ?? '').includes(code),
        );
        if (!text) continue;
        const hit = tokenStatus(module, text, text.data.indexOf(code) + 2);
        expect(hit?.label, `${code} at the caret`).toBe(code);
      }
    }
  });

  it('finds nothing where nothing is a status: prose, tabs, headings, buttons, identifiers', () => {
    if (!module) return;
    for (const element of doc.querySelectorAll<HTMLElement>('[data-expect-none]')) {
      expect(
        hits.filter((h) => inside(h, element) || hostOf(h)?.contains(element)).map((h) => h.label),
        element.outerHTML.slice(0, 80),
      ).toEqual([]);
      for (const child of [element, ...element.querySelectorAll('*')]) {
        expect(statusAt(module, child, null), child.outerHTML.slice(0, 80)).toBeNull();
      }
    }
  });
});
