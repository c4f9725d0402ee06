import { afterAll, beforeAll, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from '../support/browser';

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => browser?.close());

it('loads the built extension with its popup and options pages', async () => {
  expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
  const popup = await browser.openExtensionPage('popup.html');
  await expect.poll(() => popup.title()).toBe('Status Lens');
  const options = await browser.openExtensionPage('options.html');
  await expect.poll(() => options.title()).toBe('Status Lens');
});
