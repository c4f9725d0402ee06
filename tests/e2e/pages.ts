/** Page helpers for the overlay's browser tests: what a person sees of Status Lens on a page. */
import type { Locator, Page } from 'playwright-core';

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
 * Rests the pointer on the first occurrence of `code` inside the text of `scope`, where a person would point
 * at a code inside a sentence, and returns the tooltip's text ('' when none shows).
 */
export async function hoverCode(page: Page, scope: Locator, code: string, expectTooltip = true): Promise<string> {
  await page.mouse.move(0, 799);
  await page.keyboard.press('Escape');
  await tooltip(page)
    .waitFor({ state: 'hidden', timeout: 2000 })
    .catch(() => {});
  const point = await scope.first().evaluate((root, wanted) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node.nodeValue ?? '').indexOf(wanted);
      if (at < 0) continue;
      (node.parentElement as Element).scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    return null;
  }, code);
  if (!point) throw new Error(`${code} is not in the text`);
  await page.mouse.move(point.x, point.y, { steps: 2 });
  if (!expectTooltip) return '';
  await tooltip(page).waitFor({ state: 'visible', timeout: 5000 });
  return (await tooltip(page).textContent()) ?? '';
}

export async function markedCount(page: Page): Promise<number> {
  return page.locator(MARKED).count();
}

/** Waits until the content script has looked at the page (it scans at document_idle). */
export async function settle(page: Page, ms = 600): Promise<void> {
  await page.waitForLoadState('load');
  await page.waitForTimeout(ms);
}
