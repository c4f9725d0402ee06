/**
 * The page's own nodes stay as they are (issue 12, point 1). A MutationObserver installed before the page's
 * first script records every childList and characterData change after parsing — except the overlay's own host
 * and what is inside it — while the page settles, is hovered (statuses and codes), tabbed through and scrolled.
 * The same page is run where the content script runs (127.0.0.1) and where it does not (bench.localhost:
 * Chromium resolves it to loopback, and no build matches it), and the two records must be equal. A second run
 * without the extension shows the record is deterministic, so a difference is the extension's doing.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from '../support/browser';
import { type FixtureServer, serveFixtures } from '../support/server';
import { appDone, nextFrame, reportOf, waitForReport } from './expectations';
import { cardOf } from './pages';

let browser: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  server = await serveFixtures();
  browser = await launchWithExtension();
  await browser.context.addInitScript(recordMutations);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface MutationEntry {
  type: string;
  target: string;
  added: string[];
  removed: string[];
  value?: string | null;
  old?: string | null;
}

/**
 * Init script: records the page's childList and characterData changes in window.__mutations, and in
 * window.__parsed how many of them the parser's building of the page made (until DOMContentLoaded).
 */
function recordMutations(): void {
  const HOST = 'STATUS-LENS-OVERLAY';
  const records: MutationEntry[] = [];
  (window as unknown as { __mutations: MutationEntry[] }).__mutations = records;

  const isOverlay = (node: Node | null): boolean => {
    for (let n = node; n; n = n.parentNode ?? (n instanceof ShadowRoot ? n.host : null)) {
      if (n.nodeName === HOST) return true;
    }
    return false;
  };
  const pathOf = (node: Node): string => {
    const parts: string[] = [];
    let n: Node | null = node;
    while (n && n !== document) {
      const parent: Node | null = n.parentNode;
      if (!parent) return `(detached)/${parts.reverse().join('/')}`;
      // Counted without the overlay's host, which the overlay may append.
      const siblings = [...parent.childNodes].filter((c) => c.nodeName !== HOST);
      parts.push(`${n.nodeName.toLowerCase()}[${siblings.indexOf(n as ChildNode)}]`);
      n = parent;
    }
    return parts.reverse().join('/');
  };
  const nodeText = (node: Node): string =>
    node.nodeType === Node.TEXT_NODE
      ? `#text "${(node as Text).data.slice(0, 120)}"`
      : `${node.nodeName.toLowerCase()} "${(node.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 80)}"`;
  const kept = (n: Node) => n.nodeName !== HOST;
  const keep = (m: MutationRecord) => {
    if (isOverlay(m.target)) return;
    const added = [...m.addedNodes].filter(kept).map(nodeText);
    const removed = [...m.removedNodes].filter(kept).map(nodeText);
    if (m.type === 'childList' && !added.length && !removed.length) return;
    const entry: MutationEntry = { type: m.type, target: pathOf(m.target), added, removed };
    if (m.type === 'characterData') {
      entry.value = m.target.nodeValue;
      entry.old = m.oldValue;
    }
    records.push(entry);
  };
  const observer = new MutationObserver((list) => list.forEach(keep));
  observer.observe(document, { childList: true, subtree: true, characterData: true, characterDataOldValue: true });
  // The parser appends a text in chunks whose boundaries vary from load to load on a busy machine, and the content
  // script runs only after parsing (document_idle): the records compared start at DOMContentLoaded; the parser's
  // own records, counted, show the recorder at work on a page that changes nothing after load.
  document.addEventListener(
    'DOMContentLoaded',
    () => {
      observer.takeRecords().forEach(keep);
      (window as unknown as { __parsed: number }).__parsed = records.length;
    },
    { once: true },
  );
}

interface Case {
  path: string;
  /** The console the content script recognises there (to wait for it before acting). */
  product: string;
  /** Elements to hover: each at the centre of its text and of every code-like token in it. */
  hover: string;
  /** At most this many of them, the first ones and the last one. */
  limit: number;
  /** Whether the page's own script changes it after parsing (a static page does not): the record is not empty. */
  changesAfterLoad: boolean;
}

const CASES: Case[] = [
  {
    path: 'apps/react-dpod/',
    product: 'dpod',
    hover: '[data-expect-status], [data-expect-codes]',
    limit: 40,
    changesAfterLoad: true,
  },
  { path: 'dpod/long-log.html', product: 'dpod', hover: '#log p', limit: 25, changesAfterLoad: false },
  {
    path: 'dropsuite/system-status.html',
    product: 'dropsuite',
    hover: '.pill, td, p, h1, [role="tab"]',
    limit: 60,
    changesAfterLoad: false,
  },
];

/**
 * Points to hover in the page: the text centre of each element and of each code-like token in it; `status` when
 * the element or token is one the fixture expects explained (the pointer rests there until its card opens).
 */
function hoverPoints(page: Page, selector: string, limit: number) {
  return page.evaluate(
    ([selector, limit]) => {
      const all = [...document.querySelectorAll(selector)].filter((el) => (el as HTMLElement).checkVisibility());
      const chosen = all.length > limit ? [...all.slice(0, limit - 1), all[all.length - 1] as Element] : all;
      return chosen.map((el) => {
        const text = el.textContent ?? '';
        const whole = el.matches('[data-expect-status], .pill');
        const codes = new Set((el.getAttribute('data-expect-codes') ?? '').split(/\s+/).filter(Boolean));
        const inLog = !!el.closest('#log');
        const tokens: [number, number, boolean][] = [[text.search(/\S/), text.trimEnd().length, whole]];
        for (const m of text.matchAll(/\b[A-Z][A-Z0-9_]{3,}\b/g)) {
          tokens.push([m.index, m.index + m[0].length, codes.has(m[0]) || (inLog && !/_ID_|^EXECUTION_ID/.test(m[0]))]);
        }
        return { index: all.indexOf(el), tokens: tokens.filter(([a, b]) => a >= 0 && b > a) };
      });
    },
    [selector, limit] as const,
  );
}

/** Scrolls an element into view and returns the centre of a text range in it (offsets in its whole text). */
function pointAt(page: Page, selector: string, index: number, from: number, to: number) {
  return page.evaluate(
    ([selector, index, from, to]) => {
      const el = [...document.querySelectorAll(selector)].filter((e) => (e as HTMLElement).checkVisibility())[index];
      if (!el) return null;
      el.scrollIntoView({ block: 'nearest' });
      const nodes: { node: Text; start: number }[] = [];
      let length = 0;
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        nodes.push({ node: n as Text, start: length });
        length += (n as Text).length;
      }
      const at = (offset: number, end: boolean) =>
        nodes.find((x) =>
          end
            ? offset > x.start && offset <= x.start + x.node.length
            : offset >= x.start && offset < x.start + x.node.length,
        );
      const a = at(from, false);
      const b = at(to, true);
      if (!a || !b) return null;
      const range = document.createRange();
      range.setStart(a.node, from - a.start);
      range.setEnd(b.node, to - b.start);
      const rect = [...range.getClientRects()].find((r) => r.width > 0 && r.height > 0);
      return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
    },
    [selector, index, from, to] as const,
  );
}

/** The text between two offsets of an element's whole text, spaces folded. */
function pointText(page: Page, selector: string, index: number, from: number, to: number) {
  return page.evaluate(
    ([selector, index, from, to]) => {
      const el = [...document.querySelectorAll(selector)].filter((e) => (e as HTMLElement).checkVisibility())[index];
      return el ? (el.textContent ?? '').slice(from, to).replace(/\s+/g, ' ').trim() : null;
    },
    [selector, index, from, to] as const,
  );
}

/** Loads, hovers, tabs through and scrolls a page, and returns the page's mutation record. */
async function exercise(url: string, c: Case, withExtension: boolean): Promise<MutationEntry[]> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await page.waitForLoadState('load');
  await appDone(page);
  if (withExtension) await waitForReport(browser.worker, page, c.product);
  else expect(await reportOf(browser.worker, page), 'no content script on this host').toBeNull();

  const card = withExtension ? cardOf(page, browser.worker) : null;
  const missed: string[] = [];
  for (const { index, tokens } of await hoverPoints(page, c.hover, c.limit)) {
    for (const [from, to, status] of tokens) {
      const point = await pointAt(page, c.hover, index, from, to);
      if (!point) continue;
      await page.keyboard.press('Escape');
      await page.mouse.move(point.x, point.y, { steps: 2 });
      // Where a card is expected, the pointer rests until it opens, so opening it is part of the record; where
      // none is, the next frame has seen the pointer.
      const label = (await pointText(page, c.hover, index, from, to)) ?? '';
      if (card && status) await card.waitOpen(label, 2000).catch(() => missed.push(label));
      else await nextFrame(page);
    }
  }
  await page.mouse.move(1277, 797);
  await page.keyboard.press('Escape');
  await page.locator('body').focus();
  for (let i = 0; i < 30; i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Escape');
  for (let i = 0; i < 8; i++) await page.mouse.wheel(0, 600);
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await nextFrame(page);
  await page.evaluate(() => window.scrollTo(0, 0));
  // Two frames and, with the extension, one answer from the content script: whatever it queued has run.
  await nextFrame(page);
  await nextFrame(page);
  if (withExtension) await reportOf(browser.worker, page);
  const { records, parsed } = await page.evaluate(() => {
    const w = window as unknown as { __mutations: MutationEntry[]; __parsed: number };
    return { records: w.__mutations.slice(w.__parsed), parsed: w.__parsed };
  });
  expect(parsed, `${url}: the recorder saw the page being built`).toBeGreaterThan(0);
  expect(errors, `${url}: no page error`).toEqual([]);
  // Not this test's subject, but a card that did not open is a page not exercised.
  expect(missed, `${url}: statuses whose card did not open`).toEqual([]);
  await page.close();
  return records;
}

/** Two records side by side, as a reader needs them: lengths and the first differences (lists run to thousands). */
function compare(got: MutationEntry[], want: MutationEntry[]) {
  const length = Math.max(got.length, want.length);
  let first = -1;
  for (let i = 0; i < length && first < 0; i++) if (JSON.stringify(got[i]) !== JSON.stringify(want[i])) first = i;
  return {
    length: got.length,
    firstDifference: first,
    got: first < 0 ? [] : got.slice(first, first + 5),
    insteadOf: first < 0 ? [] : want.slice(first, first + 5),
  };
}
const same = (want: MutationEntry[]) => ({ length: want.length, firstDifference: -1, got: [], insteadOf: [] });

describe('the page is left as it is', () => {
  it.each(CASES)(
    '$path: the same mutations with and without the extension',
    async (c) => {
      const withUrl = server.url(c.path);
      const withoutUrl = withUrl.replace('127.0.0.1', 'bench.localhost');
      const without = await exercise(withoutUrl, c, false);
      const again = await exercise(withoutUrl, c, false);
      expect(compare(again, without), 'the record is deterministic without the extension').toEqual(same(without));
      expect(without.length > 0, 'the page made changes of its own after parsing').toBe(c.changesAfterLoad);
      const withExtension = await exercise(withUrl, c, true);
      expect(compare(withExtension, without), 'mutation record with the extension, compared to without').toEqual(
        same(without),
      );
    },
    240_000,
  );
});
