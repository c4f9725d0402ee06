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

export async function markedCount(page: Page): Promise<number> {
  return page.locator(MARKED).count();
}

/** Waits until the content script has looked at the page (it scans at document_idle). */
export async function settle(page: Page, ms = 600): Promise<void> {
  await page.waitForLoadState('load');
  await page.waitForTimeout(ms);
}
