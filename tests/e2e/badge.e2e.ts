/**
 * The toolbar button of the built extension, as a user reads it on fixture pages: nothing where Status Lens is
 * not active, a quiet sign where a console shows no error or warning, a warning-coloured count for warnings only,
 * an error-coloured count for errors; the reports of a tab's frames summed (a console in an iframe beside a parent
 * page with its own statuses) and dropped with the documents that made them.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { browser as WxtBrowser } from 'wxt/browser';
import { lookup } from '../../catalog';
import type { PageReport } from '../../components/messaging/schema';
import { NO_CONSOLE_TITLE, NOT_ACTIVE_TITLE } from '../../components/toolbar-titles';
import { type ExtensionBrowser, launchWithExtension } from '../support/browser';
import { type FixtureServer, serveFixtures } from '../support/server';
import { markedCount, settle } from './pages';

// The extension APIs as the service worker sees them, inside worker.evaluate.
declare const chrome: typeof WxtBrowser;

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

const RED = [198, 40, 40, 255];
const AMBER = [242, 169, 0, 255];
const GREEN = [46, 125, 50, 255];

/** A fixture page in a tab of its own, with what its toolbar button shows. */
async function openTab(path: string, options: { waitForMarks?: boolean } = {}) {
  const url = server.url(path);
  const page = await browser.context.newPage();
  await page.goto(url);
  // The statuses are counted once Tab stops are made (without asking the page for its report, which counts all).
  if (options.waitForMarks !== false) await expect.poll(() => markedCount(page)).toBeGreaterThan(0);
  const id = (await browser.worker.evaluate(
    async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id,
    url,
  )) as number;
  expect(id).toBeTypeOf('number');
  return {
    page,
    id,
    badge: () => browser.worker.evaluate((t) => chrome.action.getBadgeText({ tabId: t }), id),
    title: () => browser.worker.evaluate((t) => chrome.action.getTitle({ tabId: t }), id),
    color: () => browser.worker.evaluate((t) => chrome.action.getBadgeBackgroundColor({ tabId: t }), id),
    /** Every frame's report, asked as the popup asks (which counts every status of that frame at once). */
    reports: () =>
      browser.worker.evaluate(async (t) => {
        const frames = await chrome.scripting.executeScript({ target: { tabId: t, allFrames: true }, func: () => 0 });
        const answers = await Promise.all(
          frames.map((f) =>
            chrome.tabs.sendMessage(t, { type: 'get-page-report' }, { frameId: f.frameId }).catch(() => null),
          ),
        );
        return answers.filter(Boolean);
      }, id) as Promise<PageReport[]>,
  };
}

/** Occurrences of a severity in reports. */
const count = (reports: readonly PageReport[], severity: 'error' | 'warning') =>
  reports
    .filter((r) => r.product !== null)
    .flatMap((r) => r.findings)
    .reduce((n, f) => n + (f.severity === severity ? f.count : 0), 0);

/** The statuses a static page says it shows, with their catalog severity. */
const expected = (page: Page, product: 'dropsuite' | 'dpod') =>
  page
    .$$eval('[data-expect-status]', (els) =>
      els.map(
        (e) => [e.getAttribute('data-expect-status') ?? '', e.getAttribute('data-expect-section') ?? ''] as const,
      ),
    )
    .then((pairs) => pairs.map(([label, section]) => lookup(product, section, label)?.severity));

describe('the badge tells what it sees', () => {
  it('says nothing where Status Lens is not active, nor on a page of no console where it runs', async () => {
    // A host no content script matches (the e2e build holds its permission, so its address is readable).
    const elsewhere = await browser.context.newPage();
    const url = `http://elsewhere.localhost:${new URL(server.origin).port}/none/help-article.html`;
    await elsewhere.goto(url);
    const id = (await browser.worker.evaluate(
      async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id,
      url,
    )) as number;
    expect(await browser.worker.evaluate((t) => chrome.action.getTitle({ tabId: t }), id)).toBe(NOT_ACTIVE_TITLE);
    expect(await browser.worker.evaluate((t) => chrome.action.getBadgeText({ tabId: t }), id)).toBe('');
    // Loopback is a content script host of the e2e build: the script runs there and sees no console.
    const tab = await openTab('none/help-article.html', { waitForMarks: false });
    await settle(tab.page, browser.worker);
    await expect.poll(tab.title).toBe(NO_CONSOLE_TITLE);
    expect(await tab.badge()).toBe('');
    await Promise.all([tab.page.close(), elsewhere.close()]);
  });

  it('shows a quiet sign where every status completed', async () => {
    const tab = await openTab('badge/all-completed.html');
    expect(new Set(await expected(tab.page, 'dropsuite'))).toEqual(new Set(['success']));
    await expect.poll(tab.badge).toBe('✓');
    expect(await tab.title()).toBe('Dropsuite · no errors or warnings');
    expect(await tab.color()).toEqual(GREEN);
    await tab.page.close();
  });

  it('counts warnings in amber where there is no error', async () => {
    const tab = await openTab('badge/warnings-only.html');
    const severities = await expected(tab.page, 'dropsuite');
    const warnings = severities.filter((s) => s === 'warning').length;
    expect(severities).not.toContain('error');
    expect(warnings).toBeGreaterThan(1);
    await expect.poll(tab.badge).toBe(String(warnings));
    expect(await tab.title()).toBe(`Dropsuite · ${warnings} warnings`);
    expect(await tab.color()).toEqual(AMBER);
    await tab.page.close();
  });

  it('counts errors in red, with the warnings named in the title', async () => {
    const tab = await openTab('dropsuite/system-status.html');
    const reports = await tab.reports();
    const [errors, warnings] = [count(reports, 'error'), count(reports, 'warning')];
    expect(errors).toBeGreaterThan(0);
    await expect.poll(tab.badge).toBe(String(errors));
    expect(await tab.title()).toBe(`Dropsuite · ${errors} errors, ${warnings} warnings`);
    expect(await tab.color()).toEqual(RED);
    await tab.page.close();
  });

  it('sums a console in an iframe with the parent page’s own statuses, and drops both with their documents', async () => {
    const tab = await openTab('badge/console-beside-frame.html');
    // Each frame reports on its own; the badge is their sum, not whichever frame reported last.
    const reports = await tab.reports();
    expect(reports.map((r) => r.product).sort()).toEqual(['dpod', 'dropsuite']);
    const errors = count(reports, 'error');
    const warnings = count(reports, 'warning');
    expect(count([reports.find((r) => r.product === 'dropsuite') as PageReport], 'error')).toBeGreaterThan(0);
    expect(count([reports.find((r) => r.product === 'dpod') as PageReport], 'error')).toBeGreaterThan(0);
    await expect.poll(tab.badge).toBe(String(errors));
    expect(await tab.title()).toBe(
      `Dropsuite, DPOD · ${errors} errors, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`,
    );

    // A reload makes new documents (and a new frame for the iframe): the old reports go with the old documents.
    await tab.page.reload();
    await expect.poll(() => markedCount(tab.page)).toBeGreaterThan(0);
    const again = await tab.reports();
    expect(again).toHaveLength(2);
    await expect.poll(tab.badge).toBe(String(count(again, 'error')));
    expect(count(again, 'error')).toBe(errors);

    // Another page in the tab: nothing counted is left.
    await tab.page.goto(server.url('none/help-article.html'));
    await settle(tab.page, browser.worker);
    await expect.poll(tab.badge).toBe('');
    await expect.poll(tab.title).toBe(NO_CONSOLE_TITLE);
    await tab.page.close();
  });
});

describe('partial counts and codes inside logs', () => {
  it('counts the errors standing as statuses at once, and codes inside the log once the page is asked for', async () => {
    const tab = await openTab('dpod/executions.html?badge');
    // What the page says it shows: statuses of their own (cells), and codes inside the log's lines.
    const errorsIn = (selector: string, attribute: string) =>
      tab.page.$$eval(
        selector,
        (elements, name) => elements.flatMap((e) => (e.getAttribute(name) ?? '').split(' ').filter(Boolean)),
        attribute,
      );
    const isError = (label: string) => lookup('dpod', 'executions', label)?.severity === 'error';
    const standing = (await errorsIn('[data-expect-status]', 'data-expect-status')).filter(isError).length;
    const inLog = (await errorsIn('[data-expect-codes]', 'data-expect-codes')).filter(isError).length;
    expect(standing).toBeGreaterThan(0);
    expect(inLog).toBeGreaterThan(0);
    await expect.poll(tab.badge).toBe(String(standing));

    await tab.reports();
    await expect.poll(tab.badge).toBe(String(standing + inLog));
    await tab.page.close();
  });

  it('counts a page of 1,500 rows in part at load, says so, and counts all of it once asked', async () => {
    const tab = await openTab('dropsuite/long-jobs.html?badge');
    // The errors the page shows, read from the page itself.
    const labels = await tab.page.$$eval('#jobs .badge', (badges) => badges.map((b) => b.textContent ?? ''));
    const errors = labels.filter((l) => lookup('dropsuite', 'backups', l)?.severity === 'error').length;
    expect(errors).toBeGreaterThan(0);
    // A lower bound, not the whole: "N+" with N short of the page's errors, and a title that says why.
    await expect.poll(tab.badge).toMatch(/^\d+\+$/);
    expect(Number.parseInt(await tab.badge(), 10)).toBeLessThan(errors);
    expect(await tab.title()).toMatch(
      /^Dropsuite · at least \d+ errors.* so far — open Status Lens to count every status/,
    );

    await tab.reports();
    await expect.poll(tab.badge).toBe(String(errors));
    expect(await tab.title()).toMatch(new RegExp(`^Dropsuite · ${errors} errors`));
    await tab.page.close();
  });
});
