/** Page helpers for the overlay's browser tests: what a person sees of Status Lens on a page. */
import type { Locator, Page, Worker } from 'playwright-core';
import { codePoint } from '../support/code-point';

export const MARKED = '[data-status-lens]';

export function tooltip(page: Page): Locator {
  return page.getByRole('tooltip');
}

/** Hovers a status and returns the tooltip's text once it shows. */
export async function hoverText(page: Page, status: Locator): Promise<string> {
  // Leave whatever was open first, so the text read is the new status's.
  await page.mouse.move(0, 799);
  await page.keyboard.press('Escape');
  await tooltip(page)
    .waitFor({ state: 'hidden', timeout: 2000 })
    .catch(() => {});
  await status.hover();
  await tooltip(page).waitFor({ state: 'visible', timeout: 5000 });
  return (await tooltip(page).textContent()) ?? '';
}

/**
 * Resolves once the overlay has handled where the pointer now is: it looks at the point in the next animation
 * frame after the pointer moved (a tooltip shows then, or not at all), so two frames later it has decided.
 */
export async function pointerHandled(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
  );
}

/**
 * Rests the pointer on the first occurrence of `code` inside the text of `scope`, where a person would point
 * at a code inside a sentence, and returns the tooltip's text ('' when none shows).
 */
export async function hoverCode(page: Page, scope: Locator, code: string, expectTooltip = true): Promise<string> {
  await page.mouse.move(0, 799);
  await page.keyboard.press('Escape');
  await tooltip(page)
    .waitFor({ state: 'hidden', timeout: 2000 })
    .catch(() => {});
  const point = await scope.first().evaluate(codePoint, code);
  if (!point) throw new Error(`${code} is not in the text`);
  await page.mouse.move(point.x, point.y, { steps: 2 });
  if (!expectTooltip) return '';
  await tooltip(page).waitFor({ state: 'visible', timeout: 5000 });
  return (await tooltip(page).textContent()) ?? '';
}

/**
 * The statuses the overlay made Tab stops of, as a keyboard user finds them: it marks them once the keyboard is
 * used, so Tab is pressed first (a reader with a pointer never has the page's tab order changed), and Escape
 * after, closing the tooltip of a status the Tab may have focused.
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
