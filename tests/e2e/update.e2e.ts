/**
 * An extension updated or reloaded while a console tab is open: the old content script goes quiet, and the new
 * one is run in the tab at once, without a reload. A browser of its own: the reload restarts the whole extension.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from '../support/browser';
import { type FixtureServer, serveFixtures } from '../support/server';
import { cardOf, markedCount, restOn, settle } from './pages';

let browser: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  server = await serveFixtures();
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(server.url(path));
  await settle(page, browser.worker, true);
  return page;
}

describe('after an update or reload of the extension', () => {
  it('the old content script goes quiet and the new one takes over the open tab at once', async () => {
    const page = await open('dropsuite/system-status.html');
    expect(await markedCount(page)).toBeGreaterThan(0);
    const consoleErrors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && !m.text().includes('Failed to load resource')) consoleErrors.push(m.text());
    });
    // What the old instance put on the page, to tell it from the new one's.
    const oldHost = await page.evaluateHandle(() => document.querySelector('status-lens-overlay'));
    // The reload starts a new service worker: the card is asked through it.
    const nextWorker = browser.context.waitForEvent('serviceworker', { timeout: 15_000 });
    await browser.worker
      .evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload())
      .catch(() => {});
    // The new script is run in the tab without a reload: a host of its own, and the statuses marked again.
    const state = () =>
      page.evaluate((old) => `${document.querySelectorAll('status-lens-overlay').length} ${old?.isConnected}`, oldHost);
    await expect.poll(state, { timeout: 15_000 }).toBe('1 false');
    await expect.poll(() => markedCount(page), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await page.locator('status-lens-overlay').count()).toBe(1);
    // The new instance's card opens, and it is the only one: Escape and a pointer away leave none open.
    const card = cardOf(page, await nextWorker);
    const shown = await restOn(card, page.getByRole('tabpanel', { name: 'Backups' }).getByText('Space Full'));
    expect(shown.text).toContain('Dropsuite › Backups');
    await card.leave();
    expect(await page.locator('status-lens-overlay').count()).toBe(1);
    expect(consoleErrors).toEqual([]);
  });
});
