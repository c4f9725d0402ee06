/** Page helpers for the overlay's browser tests in Chromium: what a person sees of Status Lens on a page. */
import type { Locator, Page, Worker } from 'playwright-core';
import type { Card, CardInspection, Point } from '../support/card';
import { codePoint } from '../support/code-point';

export { cardOf, tabIdOf } from '../support/browser';

export const MARKED = '[data-status-lens]';

/** Where a person points at an element's text: the centre of its first line box, scrolled into view. */
export async function pointOf(status: Locator): Promise<Point> {
  await status.scrollIntoViewIfNeeded();
  const point = await status.evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    const rect = [...range.getClientRects()].find((r) => r.width > 0 && r.height > 0) ?? el.getBoundingClientRect();
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  });
  return point;
}

/** Where a person points at the first `code` inside the text of `scope`, scrolled into view. */
export async function codePointIn(scope: Locator, code: string): Promise<Point> {
  const point = await scope.first().evaluate(codePoint, code);
  if (!point) throw new Error(`${code} is not in the text`);
  return point;
}

/** Rests the pointer on a status (leaving whatever card was open first) and returns its card once it shows. */
export async function restOn(card: Card, status: Locator, label?: string): Promise<CardInspection> {
  await card.leave();
  const name = label ?? ((await status.textContent()) ?? '').replace(/\s+/g, ' ').trim();
  return card.restOn(await pointOf(status), name);
}

interface AXNode {
  nodeId: string;
  ignored?: boolean;
  role?: { value?: string };
  name?: { value?: string };
  childIds?: string[];
}

/**
 * What a screen reader is given, from the browser's accessibility tree (which sees into closed shadow roots):
 * the names of the dialogs shown, and the text of the live regions (role status).
 */
export async function accessibility(page: Page): Promise<{ dialogs: string[]; live: string[] }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
    const byId = new Map(nodes.map((n) => [n.nodeId, n]));
    const text = (node: AXNode): string =>
      node.role?.value === 'StaticText'
        ? (node.name?.value ?? '')
        : (node.childIds ?? [])
            .map((id) => byId.get(id))
            .map((n) => (n ? text(n) : ''))
            .join('');
    return {
      dialogs: nodes.filter((n) => !n.ignored && n.role?.value === 'dialog').map((n) => n.name?.value ?? ''),
      live: nodes.filter((n) => n.role?.value === 'status').map(text),
    };
  } finally {
    await cdp.detach();
  }
}

/**
 * The statuses the overlay made Tab stops of, as a keyboard user finds them: it marks them once the keyboard is
 * used, so Tab is pressed first (a reader with a pointer never has the page's tab order changed), and Escape
 * after, closing the card of a status the Tab may have focused.
 */
export async function markedCount(page: Page): Promise<number> {
  return (await markedStatuses(page)).length;
}

/** The Tab stops as markedCount finds them, each as its text and marker: what a failed expectation shows. */
export async function markedStatuses(page: Page): Promise<string[]> {
  await page.keyboard.press('Tab');
  const marked = await page
    .locator(MARKED)
    .evaluateAll((els) =>
      els.map((e) => `${e.localName} ${e.textContent?.trim()} = ${e.getAttribute('data-status-lens')}`),
    );
  await page.keyboard.press('Escape');
  return marked;
}

/**
 * Waits until the content script has looked at the page: it answers the report request (as the popup asks it,
 * through the service worker) only once it has read its settings and decided what console the page is. With
 * `expectConsole`, until that answer names a console (a late-rendering page is recognised a moment later).
 */
export async function settle(page: Page, worker?: Worker, expectConsole = false): Promise<void> {
  await page.waitForLoadState('load');
  if (!worker) {
    await page
      .locator('status-lens-overlay[data-console]')
      .waitFor({ state: 'attached', timeout: 3000 })
      .catch(() => {});
    return;
  }
  const url = page.url();
  const answer = () =>
    worker.evaluate(async (target) => {
      // The worker's global `chrome`; the test's TypeScript does not know the extension APIs.
      const api = (globalThis as unknown as { chrome: WorkerChrome }).chrome;
      const [tab] = await api.tabs.query({ url: target });
      return api.tabs.sendMessage(tab?.id ?? -1, { type: 'get-page-report' }).catch(() => null);
    }, url) as Promise<{ product: string | null } | null>;
  // A tab of a host not (yet) registered has no content script to answer: the wait ends with nothing said.
  for (const deadline = Date.now() + (expectConsole ? 10_000 : 3000); Date.now() < deadline; ) {
    const report = await answer();
    if (report && (!expectConsole || report.product)) return;
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
  }
  if (expectConsole) throw new Error(`the content script did not recognise ${url}`);
}

interface WorkerChrome {
  tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: object): Promise<unknown> };
}
