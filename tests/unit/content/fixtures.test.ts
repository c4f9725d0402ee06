/**
 * One generic test over every static fixture page. Each page says what it expects in data attributes (as yomitan's
 * test/data/html pages do; the README's "Fixture apps" lists them), and the content script's stages must find
 * exactly that: recognise, every status of the page for the report, the status under the pointer — asked of
 * `locate`, the function the pointer listener asks, with the caret answered from a layout jsdom lacks
 * (./support/layout.ts) — and what the card resolves for it. Each expectation is a case of its own; a page of a
 * console that expects nothing fails.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EMPTY_DESK } from '../../../components/desk/schema';
import type { ConsoleModule } from '../../../entrypoints/content/console-module';
import { recognise } from '../../../entrypoints/content/engine/recognise';
import { reportOf } from '../../../entrypoints/content/engine/report';
import { StatusIndex } from '../../../entrypoints/content/engine/status-index';
import { locate } from '../../../entrypoints/content/find/locate';
import type { StatusHit } from '../../../entrypoints/content/find/status';
import { resolve } from '../../../entrypoints/content/resolve/resolve';
import { ALL_ON, moduleOf } from './support/consoles';
import { adoptGlobals, FIXTURES, fixturePage, run } from './support/dom';
import { TextLayout } from './support/layout';

/** Static fixture pages that say what they expect (`<html data-expect-console>`). */
const PAGES = ['dropsuite', 'dpod', 'mxhero', 'none'].flatMap((dir) =>
  readdirSync(join(FIXTURES, dir))
    .filter((f) => f.endsWith('.html'))
    .map((f) => `${dir}/${f}`)
    .filter((path) => /data-expect-console=/.test(readFileSync(join(FIXTURES, path), 'utf8'))),
);

/** Controls: their text is an action, never where a status is pointed at. */
const CONTROLS = 'a[href], button, [role="button"], input, select, textarea';

it('has static fixture pages that say what they expect', () => {
  expect(PAGES.length).toBeGreaterThanOrEqual(8);
});

/** Every status of the page, as the report and the keyboard commands have it: codes inside texts too. */
function indexOf(doc: Document, module: ConsoleModule): StatusIndex {
  const index = new StatusIndex(module);
  run(index.take([doc.documentElement]));
  run(index.complete(doc.documentElement));
  return index;
}

const nodeOf = (hit: StatusHit): Node => (hit.kind === 'element' ? hit.element : hit.node);
const inside = (hit: StatusHit, element: Element) => element.contains(nodeOf(hit));
const same = (a: StatusHit | null | undefined, b: StatusHit | null | undefined) =>
  !!a && !!b && nodeOf(a) === nodeOf(b) && (a.kind === 'element' || (b.kind === 'text' && a.start === b.start));

/** The texts under an element that show, in order, without its controls' unless the element is one. */
function textsOf(element: Element, withControls = false): Text[] {
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const out: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    if (!text.data.trim()) continue;
    if (!withControls && text.parentElement?.closest(CONTROLS) && !element.closest(CONTROLS)) continue;
    out.push(text);
  }
  return out;
}

/** Where the pointer rests on a status: the text of its `[data-pointer]`, else its first text outside controls. */
function pointerText(element: Element): Text {
  const target = element.querySelector('[data-pointer]') ?? element;
  const text = textsOf(target)[0];
  if (!text) throw new Error(`nothing to point at in ${element.outerHTML.slice(0, 80)}`);
  return text;
}

/** The middle character of a text's words. */
const middleOf = (text: Text) => {
  const start = text.data.search(/\S/);
  return start + Math.floor(text.data.trim().length / 2);
};

/** A panel hidden behind a tab is shown as a user shows it: a click on its tab, which the page's script handles. */
function showPanelOf(element: Element): void {
  for (let el: Element | null = element; el; el = el.parentElement) {
    if (!el.hasAttribute('hidden') || !el.id) continue;
    (el.ownerDocument.querySelector(`[aria-controls="${el.id}"]`) as HTMLElement | null)?.click();
  }
}

for (const path of PAGES) {
  // Read when the cases are named: each expectation on the page is one.
  const { doc, view } = fixturePage(path);
  const expected = doc.documentElement.dataset.expectConsole;
  const statuses = [...doc.querySelectorAll<HTMLElement>('[data-expect-status]')];
  const codes = [...doc.querySelectorAll<HTMLElement>('[data-expect-codes]')];
  const nones = [...doc.querySelectorAll<HTMLElement>('[data-expect-none]')];
  const describeText = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50);

  describe(path, () => {
    let module: ConsoleModule | null;
    let hits: StatusHit[];
    let layout: TextLayout;
    /** What the card would say for a status; fails the case when it cannot be resolved. */
    const resolved = (hit: StatusHit) => {
      const found = module && resolve(module, hit, EMPTY_DESK);
      if (!found) throw new Error(`${hit.label} does not resolve`);
      return found.view;
    };
    const at = (text: Text, offset: number) => (module ? locate(doc, module, layout.pointerOn(text, offset)) : null);

    beforeAll(() => {
      adoptGlobals(view);
      layout = new TextLayout(view).install('caretPositionFromPoint');
      const definition = recognise(doc, ALL_ON, null);
      module = definition ? moduleOf(definition.id) : null;
      hits = module ? indexOf(doc, module).inOrder() : [];
    });

    it(`is recognised as ${expected}`, () => {
      expect(module?.product ?? 'none').toBe(expected);
    });

    it('says what it expects, where it can be checked', () => {
      // A page of a console names something to find; a page of none, nothing.
      expect(statuses.length + codes.length > 0).toBe(expected !== 'none');
      for (const el of doc.querySelectorAll('[data-expect-section], [data-expect-support-id], [data-expect-unknown]')) {
        expect(el.hasAttribute('data-expect-status'), el.outerHTML.slice(0, 80)).toBe(true);
      }
      for (const el of doc.querySelectorAll('[data-pointer]')) {
        expect(el.parentElement?.closest('[data-expect-status]'), el.outerHTML.slice(0, 80)).not.toBeNull();
      }
    });

    if (expected === 'none') return;

    it('counts for the report what it expects, each once', () => {
      if (!module) throw new Error('not recognised');
      const counted = new Map<string, number>();
      for (const tally of indexOf(doc, module).tallies()) {
        counted.set(tally.label, (counted.get(tally.label) ?? 0) + tally.count);
      }
      const wanted = new Map<string, number>();
      const labels = [
        ...statuses.map((el) => el.dataset.expectStatus ?? ''),
        ...codes.flatMap((el) => (el.dataset.expectCodes ?? '').split(' ').filter(Boolean)),
      ];
      for (const label of labels) wanted.set(label, (wanted.get(label) ?? 0) + 1);
      expect(Object.fromEntries(counted)).toEqual(Object.fromEntries(wanted));
      // And what the popup and the badge get from it.
      const findings = reportOf(module, indexOf(doc, module).tallies()).findings;
      expect(findings.reduce((n, f) => n + f.count, 0)).toBe(labels.length);
    });

    describe.each(statuses.map((el, i) => [`${el.dataset.expectStatus} (${i + 1})`, el] as const))('%s', (_, el) => {
      const label = el.dataset.expectStatus;
      const section = el.dataset.expectSection;

      it('is one status of the page', () => {
        expect(hits.filter((h) => inside(h, el)).map((h) => h.label)).toEqual([label]);
      });

      it('is the status under the pointer, the same the page has', () => {
        showPanelOf(el);
        const text = pointerText(el);
        const hit = at(text, middleOf(text));
        expect(hit?.label).toBe(label);
        expect(
          same(
            hit,
            hits.find((h) => inside(h, el)),
          ),
        ).toBe(true);
      });

      it(`is explained in its section (${section})${el.hasAttribute('data-expect-unknown') ? ', as unknown' : ''}`, () => {
        const hit = hits.find((h) => inside(h, el));
        if (!hit || !module) throw new Error(`${label} not found`);
        const view = resolved(hit);
        // The card names the section on a console of several; a console of one has only that one.
        const sections = module.definition.sections;
        expect(view.section?.id ?? (sections.length === 1 ? sections[0]?.id : null)).toBe(section);
        if (el.hasAttribute('data-expect-unknown')) expect(view.subject.kind).toBe('unknown');
        else expect(view.subject.kind === 'known' ? view.subject.entry.section : view.subject.kind).toBe(section);
      });

      if (el.hasAttribute('data-expect-support-id')) {
        it(`gives the ID support asks for from its row (${el.dataset.expectSupportId})`, () => {
          const hit = hits.find((h) => inside(h, el));
          if (!hit) throw new Error(`${label} not found`);
          expect(resolved(hit).supportId?.value).toBe(el.dataset.expectSupportId);
        });
      }
    });

    describe.each(codes.map((el) => [describeText(el), el] as const))('codes in "%s"', (_, el) => {
      const wanted = (el.dataset.expectCodes ?? '').split(' ').filter(Boolean);

      it(`are ${wanted.join(', ')}, in order, on the page`, () => {
        expect(wanted.length).toBeGreaterThan(0);
        expect(hits.filter((h) => inside(h, el)).map((h) => h.label)).toEqual(wanted);
      });

      it('are each under the pointer on its own characters, and not beside them', () => {
        const texts = textsOf(el, true);
        // Each occurrence in turn, across the element's texts.
        let t = 0;
        let from = 0;
        for (const code of wanted) {
          let start = -1;
          for (; t < texts.length; t++, from = 0) {
            start = (texts[t] as Text).data.indexOf(code, from);
            if (start >= 0) break;
          }
          const text = texts[t];
          if (!text || start < 0) throw new Error(`${code} is in no text, or not in order`);
          from = start + code.length;
          const hit = at(text, start + Math.floor(code.length / 2));
          expect(hit?.label, `${code} under the pointer`).toBe(code);
          if (hit?.kind === 'text') expect([hit.node, hit.start]).toEqual([text, start]);
          // The space before it is not the code, though the caret there stands at its start.
          if (start > 0) expect(at(text, start - 1)?.label, `beside ${code}`).not.toBe(code);
        }
      });
    });

    describe.each(nones.map((el) => [describeText(el), el] as const))('nothing in "%s"', (_, el) => {
      it('is counted on the page', () => {
        const found = hits.filter((h) => inside(h, el) || (h.kind === 'element' && h.element.contains(el)));
        expect(found.map((h) => h.label)).toEqual([]);
      });

      it('is under the pointer, on any word', () => {
        showPanelOf(el);
        const words = textsOf(el, true).flatMap((text) =>
          [...text.data.matchAll(/\S+/g)].map((m) => ({ text, offset: m.index + Math.floor(m[0].length / 2) })),
        );
        expect(words.length).toBeGreaterThan(0);
        for (const { text, offset } of words) {
          expect(at(text, offset)?.label ?? null, `"${text.data.trim()}" at ${offset}`).toBeNull();
        }
      });
    });
  });
}
