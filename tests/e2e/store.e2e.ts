/**
 * What a store reviewer opens first: the popup and the options page, checked with axe-core in the
 * light and the dark colour scheme. No serious or critical violation may ship.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeCheck, formatViolations } from '../support/axe';
import { type ExtensionBrowser, launchWithExtension } from '../support/browser';

const PAGES = [
  { path: 'popup.html', viewport: { width: 400, height: 600 } },
  { path: 'options.html', viewport: { width: 1280, height: 800 } },
] as const;
const SCHEMES = ['light', 'dark'] as const;

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => browser?.close());

/** Opens an extension page in the colour scheme from the start, and waits until React has drawn it. */
async function openPage(path: string, colorScheme: 'light' | 'dark', viewport: { width: number; height: number }) {
  const page = await browser.context.newPage();
  await page.emulateMedia({ colorScheme });
  await page.setViewportSize(viewport);
  await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
  await page.waitForFunction(() => (document.getElementById('root')?.childElementCount ?? 0) > 0);
  // Let settings load from storage and the page settle before it is judged.
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return page;
}

describe.each(SCHEMES)('accessibility in the %s colour scheme', (scheme) => {
  it.each(PAGES)('$path has no serious or critical axe violation', async ({ path, viewport }) => {
    const page = await openPage(path, scheme, viewport);
    try {
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
      const { violations, passes } = await axeCheck(page);
      expect(passes, 'axe checked nothing').toBeGreaterThan(0);
      expect(violations, formatViolations(violations)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

it('the axe check runs under the extension pages’ content security policy and catches a real violation', async () => {
  const page: Page = await openPage('popup.html', 'light', PAGES[0].viewport);
  try {
    await page.evaluate(() => {
      const button = document.createElement('button'); // no accessible name: "button-name", critical
      const faint = document.createElement('p'); // #eee on white: "color-contrast", serious
      faint.textContent = 'barely visible';
      faint.style.cssText = 'color:#eeeeee;background:#ffffff';
      document.body.append(button, faint);
    });
    const { violations } = await axeCheck(page);
    expect(violations.map((v) => v.id)).toEqual(expect.arrayContaining(['button-name', 'color-contrast']));
    expect(formatViolations(violations)).toMatch(/\[critical\] button-name: .*\n {4}at (?:.* > )?button/);
  } finally {
    await page.close();
  }
});
