/**
 * The first run in Firefox ESR, where it differs from Chromium (a temporary add-on; match patterns without
 * ports; an event page rather than a service worker): the welcome page after install, "Use Status Lens here" on a
 * *.localhost console host no content script matches (the e2e build holds its permission, so the request
 * resolves without a prompt), the tab explained without a reload; the badge per state, and a console in an
 * iframe summed with its parent page. Every wait is for a condition.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageReport } from '../../components/messaging/schema';
import { cardOf, type FirefoxExtension, launchFirefoxWithExtension } from '../support/firefox';
import { type FixtureServer, serveFixtures } from '../support/server';

// The WebExtension API of an extension page, inside inExtension().
declare const browser: typeof import('wxt/browser').browser;

let firefox: FirefoxExtension;
let server: FixtureServer;

beforeAll(async () => {
  server = await serveFixtures();
  firefox = await launchFirefoxWithExtension();
});
afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

const tabIdOf = (url: string) =>
  firefox.inExtension(async (target) => (await browser.tabs.query({})).find((t) => t.url === target)?.id, url);
const clearStored = () => firefox.inExtension(() => browser.storage.local.remove(['settings', 'settings$']));
// biome-ignore lint/suspicious/noExplicitAny: stored data is whatever the extension wrote; assertions check it.
const stored = (): Promise<any> =>
  firefox.inExtension(async () => (await browser.storage.local.get('settings')).settings);

/** The text of a page's body, for waits on what a user reads. */
const bodyText = (page: Page) => page.evaluate(() => document.body.textContent ?? '');

describe('Firefox: after install', () => {
  it('opens the welcome page, with the keys', async () => {
    // puppeteer does not see a tab the add-on opened; the add-on's own pages see its views.
    const welcome = () =>
      firefox.inExtension(() =>
        browser.extension
          .getViews({ type: 'tab' })
          // The API's own Window type lacks the DOM's; these are the add-on's pages, DOM windows.
          .map((w) => w as unknown as globalThis.Window)
          .filter((w) => w.location.pathname === '/welcome.html')
          .map((w) => ({
            text: w.document.body.textContent ?? '',
            keys: [...w.document.querySelectorAll('kbd')].map((k) => k.textContent),
          })),
      );
    await expect
      .poll(async () => (await welcome())[0]?.keys, { timeout: 10_000 })
      .toEqual(['Alt+Shift+.', 'Alt+Shift+,', 'Alt+Shift+E']);
    const [page] = await welcome();
    expect(page?.text).toContain('Where do your consoles live?');
    expect(await welcome()).toHaveLength(1);
  });
});

describe('Firefox: Use Status Lens here', () => {
  it('on a console host it does not match: taking the popup’s offer explains the open tab without a reload', async () => {
    await clearStored();
    const port = new URL(server.origin).port;
    const url = `http://dpod.localhost:${port}/dpod/executions.html`;
    const tab = await firefox.open(url);
    expect(await tab.$$eval('status-lens-overlay', (els) => els.length)).toBe(0);
    const popup = await firefox.openExtensionPage(`popup.html?tab=${await tabIdOf(url)}`);
    await expect.poll(() => bodyText(popup)).toContain(`Status Lens is not active on dpod.localhost:${port}`);
    const dpod = await popup.waitForSelector('.use-here-choice ::-p-text(DPOD)');
    await dpod?.click();
    await expect.poll(() => bodyText(popup), { timeout: 15_000 }).toContain('This page');
    expect(await bodyText(popup)).toContain(`Status Lens now works on dpod.localhost:${port} as DPOD`);
    expect(await stored()).toMatchObject({ hosts: [{ pattern: `http://dpod.localhost:${port}/*`, product: 'dpod' }] });
    // Firefox match patterns hold no port: the registration is for the host on any port.
    const registered = await firefox.inExtension(async () =>
      (await browser.scripting.getRegisteredContentScripts()).map((r) => r.matches),
    );
    expect(registered).toEqual([['http://dpod.localhost/*']]);
    // The open tab, explained: the overlay names its console, and a status hovered opens its card.
    await tab.waitForSelector('status-lens-overlay[data-console="dpod"]');
    const cell = await tab.waitForSelector('[role="cell"] ::-p-text(EXECUTION_PRE_CHECKS_NFS_OUT_OF_SPACE)');
    const point = await cell?.evaluate((el) => {
      el.scrollIntoView({ block: 'nearest' });
      const r = el.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    if (!point) throw new Error('no status cell');
    const card = await cardOf(firefox, tab).restOn(point, 'EXECUTION_PRE_CHECKS_NFS_OUT_OF_SPACE');
    expect(`${card.name} ${card.text}`).toContain('EXECUTION_PRE_CHECKS_NFS_OUT_OF_SPACE');
    await Promise.all([tab.close(), popup.close()]);
    await clearStored();
  });
});

describe('Firefox: the badge tells what it sees', () => {
  /** A fixture page in a tab, once its content script answers, with its toolbar button. */
  async function openTab(path: string) {
    const page = await firefox.open(server.url(path));
    const id = (await tabIdOf(page.url())) as number;
    const reports = () =>
      firefox.inExtension(async (tabId) => {
        const frames = await browser.scripting.executeScript({ target: { tabId, allFrames: true }, func: () => 0 });
        const answers = await Promise.all(
          frames.map((f) =>
            browser.tabs.sendMessage(tabId, { type: 'get-page-report' }, { frameId: f.frameId }).catch(() => null),
          ),
        );
        return answers.filter(Boolean) as PageReport[];
      }, id);
    return {
      page,
      badge: () => firefox.inExtension((tabId) => browser.action.getBadgeText({ tabId }), id),
      title: () => firefox.inExtension((tabId) => browser.action.getTitle({ tabId }), id),
      color: () => firefox.inExtension((tabId) => browser.action.getBadgeBackgroundColor({ tabId }), id),
      reports,
    };
  }
  const count = (reports: readonly PageReport[], severity: 'error' | 'warning') =>
    reports
      .flatMap((r) => (r.product ? r.findings : []))
      .reduce((n, f) => n + (f.severity === severity ? f.count : 0), 0);

  it('a quiet sign where all completed, amber for warnings only, nothing where Status Lens is not active', async () => {
    const done = await openTab('badge/all-completed.html');
    await expect.poll(done.badge, { timeout: 10_000 }).toBe('✓');
    expect(await done.title()).toBe('Dropsuite · no errors or warnings');
    const warnings = await openTab('badge/warnings-only.html');
    // Asked once the content script has judged the page (it answers null before).
    await expect.poll(async () => (await warnings.reports()).some((r) => r.product), { timeout: 10_000 }).toBe(true);
    const expected = count(await warnings.reports(), 'warning');
    expect(expected).toBeGreaterThan(1);
    await expect.poll(warnings.badge).toBe(String(expected));
    expect(await warnings.color()).toEqual([242, 169, 0, 255]);
    const elsewhere = await firefox.open(
      `http://elsewhere.localhost:${new URL(server.origin).port}/none/help-article.html`,
    );
    const id = (await tabIdOf(elsewhere.url())) as number;
    await expect
      .poll(() => firefox.inExtension((tabId) => browser.action.getTitle({ tabId }), id))
      .toBe('Not active on this site — open to use it here');
    await Promise.all([done.page.close(), warnings.page.close(), elsewhere.close()]);
  });

  it('sums a console in an iframe with its parent page’s statuses', async () => {
    const tab = await openTab('badge/console-beside-frame.html');
    await expect
      .poll(async () => (await tab.reports()).map((r) => r.product).sort(), { timeout: 10_000 })
      .toEqual(['dpod', 'dropsuite']);
    const reports = await tab.reports();
    await expect.poll(tab.badge).toBe(String(count(reports, 'error')));
    expect(await tab.title()).toMatch(/^Dropsuite, DPOD · \d+ errors/);
    await tab.page.close();
  });
});
