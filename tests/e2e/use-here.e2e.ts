/**
 * First run, as a new user meets it: the welcome page after install; on a console host Status Lens does not match
 * (a *.localhost host, which no content script matches: the e2e build only pre-grants it, so the browser's
 * permission request resolves without a prompt Playwright could not click), the popup says so, offers "Use Status
 * Lens on <host> as …", and taking it explains the open tab without a reload.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { browser as WxtBrowser } from 'wxt/browser';
import { PRODUCT_COPY } from '../../entrypoints/options/products';
import { axeCheck, formatViolations } from '../support/axe';
import { type ExtensionBrowser, launchWithExtension } from '../support/browser';
import { type FixtureServer, serveFixtures } from '../support/server';
import { cardOf, restOn, settle } from './pages';

// The extension APIs as the service worker sees them, inside worker.evaluate.
declare const chrome: typeof WxtBrowser;

let browser: ExtensionBrowser;
let server: FixtureServer;
beforeAll(async () => {
  server = await serveFixtures();
  browser = await launchWithExtension({ welcome: 'keep' });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

// biome-ignore lint/suspicious/noExplicitAny: stored data is whatever the extension wrote; assertions check it.
const stored = (): Promise<any> =>
  browser.worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings);
const clearStored = () => browser.worker.evaluate(() => chrome.storage.local.remove(['settings', 'settings$']));
const registered = () =>
  browser.worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.matches));
const tabIdOf = (url: string) =>
  browser.worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, url);

/** The overlay's host element, once the content script has recognised a console in the page. */
const overlayConsole = (page: Page) =>
  page.locator('status-lens-overlay[data-console]').getAttribute('data-console', { timeout: 10_000 });

describe('after install', () => {
  it('opens a welcome page that adds console hosts and shows the keys', async () => {
    const page = browser.welcome;
    if (!page) throw new Error('the install opened no welcome page');
    await page.getByRole('heading', { name: 'Where do your consoles live?' }).waitFor();
    // The keys of the keyboard commands, as the browser holds them.
    const keys = page.getByRole('region', { name: 'Keys' });
    await expect
      .poll(() => keys.locator('kbd').allTextContents())
      .toEqual(['Alt+Shift+.', 'Alt+Shift+,', 'Alt+Shift+E']);
    expect(await keys.textContent()).toContain('next failure');

    const origin = `http://dpod.localhost:${new URL(server.origin).port}`;
    await page.getByRole('textbox', { name: 'Console address' }).fill(origin);
    await page.getByRole('combobox', { name: 'Console' }).selectOption('dpod');
    await page.getByRole('button', { name: 'Add host' }).click();
    await expect.poll(stored).toMatchObject({ hosts: [{ pattern: `${origin}/*`, product: 'dpod' }] });
    // Said where it shows, not only to screen readers.
    const confirmation = page.getByRole('status').filter({ hasText: `Added ${origin}` });
    await expect.poll(() => confirmation.isVisible()).toBe(true);
    expect(await page.getByRole('list', { name: 'Your console hosts' }).textContent()).toContain(origin);
    const { violations, passes } = await axeCheck(page);
    expect(passes).toBeGreaterThan(0);
    expect(violations, formatViolations(violations)).toEqual([]);
    await confirmation.getByRole('button', { name: 'Dismiss this message' }).click();
    await page.screenshot({ path: join(tmpdir(), 'status-lens-welcome.png'), fullPage: true });
    await clearStored();
    await expect.poll(registered).toEqual([]);
  });
});

describe('Use Status Lens here', () => {
  it('on a console host it does not match: the popup offers it, and the open tab is explained at once', async () => {
    await clearStored();
    const origin = `http://dpod.localhost:${new URL(server.origin).port}`;
    const url = `${origin}/dpod/executions.html`;
    const tab = await browser.context.newPage();
    await tab.goto(url);
    await settle(tab, browser.worker);
    expect(await tab.locator('status-lens-overlay').count()).toBe(0);
    const title = () =>
      browser.worker.evaluate(async (u) => {
        const t = (await chrome.tabs.query({})).find((x) => x.url === u);
        return chrome.action.getTitle({ tabId: t?.id ?? -1 });
      }, url);
    expect(await title()).toBe('Not active on this site — open to use it here');

    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${await tabIdOf(url)}`);
    const offer = popup.getByRole('region', {
      name: `Status Lens is not active on dpod.localhost:${new URL(origin).port}`,
    });
    await offer.waitFor();
    const choices = offer.getByRole('group', { name: /Use Status Lens on dpod\.localhost/ }).getByRole('button');
    // One choice per console, as the options page names them.
    expect(await choices.allTextContents()).toEqual(PRODUCT_COPY.map((p) => p.hostChoice));
    expect(await choices.allTextContents()).toContain('DPOD (self-hosted)');
    expect(await offer.getByRole('button', { name: 'Or let it recognise the console' }).count()).toBe(1);
    await popup.screenshot({ path: join(tmpdir(), 'status-lens-popup-offer.png') });
    const axe = await axeCheck(popup);
    expect(axe.violations, formatViolations(axe.violations)).toEqual([]);

    await choices.filter({ hasText: 'DPOD' }).click();
    // One step: the host saved as DPOD, the script registered, and the open tab explained: no reload.
    await popup.getByRole('heading', { name: /This page/ }).waitFor({ timeout: 15_000 });
    expect(await popup.getByRole('heading', { name: /This page/ }).textContent()).toContain('DPOD');
    expect(await popup.getByRole('status').filter({ hasText: 'Status Lens now works on' }).textContent()).toContain(
      'as DPOD',
    );
    await popup.screenshot({ path: join(tmpdir(), 'status-lens-popup-taken.png') });
    expect(await stored()).toMatchObject({ hosts: [{ pattern: `${origin}/*`, product: 'dpod' }] });
    expect(await registered()).toEqual([[`${origin}/*`]]);
    expect(await overlayConsole(tab)).toBe('dpod');
    // A status hovered now explains itself: its card opens, named by the status.
    const card = await restOn(
      cardOf(tab, browser.worker),
      tab.getByRole('cell', { name: 'EXECUTION_PRE_CHECKS_NFS_OUT_OF_SPACE' }).first(),
    );
    expect(`${card.name} ${card.text}`).toContain('EXECUTION_PRE_CHECKS_NFS_OUT_OF_SPACE');
    await expect.poll(title).toMatch(/^DPOD · \d+ errors?/);

    await Promise.all([popup.close(), tab.close()]);
    await clearStored();
    await expect.poll(registered).toEqual([]);
  });

  it('"let it recognise the console" saves the host without a console, and the page names it', async () => {
    await clearStored();
    const origin = `http://status.localhost:${new URL(server.origin).port}`;
    const url = `${origin}/dropsuite/system-status.html`;
    const tab = await browser.context.newPage();
    await tab.goto(url);
    await settle(tab, browser.worker);
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${await tabIdOf(url)}`);
    await popup.getByRole('button', { name: 'Or let it recognise the console' }).click();
    await popup.getByRole('heading', { name: /This page/ }).waitFor({ timeout: 15_000 });
    expect(await popup.getByRole('heading', { name: /This page/ }).textContent()).toContain('Dropsuite');
    const hosts = (await stored()).hosts;
    expect(hosts).toEqual([{ pattern: `${origin}/*` }]);
    expect(await overlayConsole(tab)).toBe('dropsuite');
    await Promise.all([popup.close(), tab.close()]);
    await clearStored();
  });
});
