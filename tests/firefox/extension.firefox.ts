/**
 * The Firefox build in Firefox ESR, installed as a temporary add-on: tooltips on each console fixture (hover
 * and keyboard, Copy for ticket) and on a hostile page under a strict CSP, nothing on pages of no vendor, the
 * popup's fuzzy search, "This page" and "Show on the page", the badge, a console switch reaching an open console
 * tab, hosts added at run time, an optional host permission granted, and a reload of the add-on (a known problem,
 * an expected failure). Every wait is for a condition, not a fixed sleep.
 */
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageReport } from '../../components/messaging/schema';
import { codePoint } from '../support/code-point';
import { type FirefoxExtension, launchFirefoxWithExtension } from '../support/firefox';
import { type FixtureServer, serveFixtures } from '../support/server';

// The WebExtension API of an extension page, inside inExtension().
declare const browser: typeof import('wxt/browser').browser;

const MARKED = '[data-status-lens]';
/** The tooltip, wherever the overlay's open shadow root holds it. */
const TOOLTIP = 'pierce/[role="tooltip"]';

let firefox: FirefoxExtension;
let server: FixtureServer;
const pageErrors: string[] = [];

beforeAll(async () => {
  server = await serveFixtures();
  firefox = await launchFirefoxWithExtension();
});
afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

async function open(path: string): Promise<Page> {
  const page = await firefox.open(server.url(path));
  // The hostile page throws on purpose; any other page's error would be ours.
  if (!path.startsWith('hostile/')) page.on('pageerror', (e) => pageErrors.push(`${path}: ${e}`));
  return page;
}

/**
 * Waits until the overlay has made Tab stops of the statuses (`count` of them, or some). It makes them once the
 * keyboard is used, so Tab is pressed, as a keyboard user would, until it has.
 */
async function waitForMarked(page: Page, count?: number, timeout = 10_000): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    await page.keyboard.press('Tab');
    const n = await page.$$eval(MARKED, (els) => els.length);
    // The Tab may have focused a status: its tooltip is closed again.
    await page.keyboard.press('Escape');
    if (count === undefined ? n > 0 : n === count) return;
    if (Date.now() > deadline) throw new Error(`${n} statuses marked, expected ${count ?? 'some'}`);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
  }
}

/** Opens a console fixture once the content script has made Tab stops of its statuses. */
async function openConsole(path: string): Promise<Page> {
  const page = await open(path);
  await waitForMarked(page);
  return page;
}

/** The statuses made Tab stops, once the keyboard is used. */
const markedCount = async (page: Page) => {
  await page.keyboard.press('Tab');
  const count = await page.$$eval(MARKED, (els) => els.length);
  await page.keyboard.press('Escape');
  return count;
};

/** What the content script of a tab answers the popup (asked from an extension page). */
function reportOf(url: string): Promise<PageReport> {
  return firefox.inExtension(async (target) => {
    // Firefox's tabs.query takes no port in a URL pattern: filter by hand.
    const tab = (await browser.tabs.query({})).find((t) => t.url === target);
    return (await browser.tabs.sendMessage(tab?.id ?? -1, { type: 'get-page-report' })) as PageReport;
  }, url);
}

/** The innermost element inside `scope` (CSS) whose text holds `text`. */
async function find(page: Page, scope: string, text: string): Promise<ElementHandle<Element>> {
  const handle = await page.waitForSelector(`${scope} ::-p-text(${JSON.stringify(text)})`);
  if (!handle) throw new Error(`no "${text}" in ${scope}`);
  return handle;
}

/** Rests the pointer on the first `code` in the text of `scope` (CSS), where a person points, and reads the tooltip. */
async function hoverCode(page: Page, scope: string, code: string): Promise<string> {
  await page.mouse.move(1, 799);
  await page.keyboard.press('Escape');
  await page.waitForSelector(TOOLTIP, { hidden: true, timeout: 5000 });
  const point = await page.$eval(scope, codePoint, code);
  if (!point) throw new Error(`${code} is not in ${scope}`);
  await page.mouse.move(point.x, point.y, { steps: 2 });
  return tooltipText(page);
}

async function tooltipText(page: Page): Promise<string> {
  const tip = await page.waitForSelector(TOOLTIP, { visible: true, timeout: 5000 });
  return (await tip?.evaluate((el) => el.textContent)) ?? '';
}

/** Hovers a status and returns the tooltip's text once it shows. */
async function hoverText(page: Page, status: ElementHandle<Element>): Promise<string> {
  // Leave whatever was open first, so the text read is the new status's.
  await page.mouse.move(1, 799);
  await page.keyboard.press('Escape');
  await page.waitForSelector(TOOLTIP, { hidden: true, timeout: 5000 });
  await status.hover();
  return tooltipText(page);
}

describe('Firefox: tooltips on the consoles', () => {
  it('Dropsuite: Failed under Migrates explains a failed migration, with the row ID', async () => {
    const page = await openConsole('dropsuite/system-status.html');
    await (await page.waitForSelector('#tab-migrates'))?.click();
    await page.waitForSelector('#panel-migrates', { visible: true });
    const text = await hoverText(page, await find(page, '#panel-migrates', 'Failed'));
    expect(text).toContain('Dropsuite › Migrates');
    expect(text).toContain('Migration ID: MIG-20931');
    await page.close();
  });

  it('Dropsuite: keyboard focus opens the tooltip, described to screen readers; Escape hides it', async () => {
    const page = await openConsole('dropsuite/system-status.html');
    const status = await find(page, '#panel-backups', 'Space Full');
    await status.focus();
    expect(await tooltipText(page)).toContain('Space Full');
    const description = await status.evaluate((el) =>
      (el.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' '),
    );
    expect(description).toContain('Space Full');
    await page.keyboard.press('Escape');
    await page.waitForSelector(TOOLTIP, { hidden: true });
    expect(await status.evaluate((el) => el.getAttribute('aria-describedby'))).toBeNull();
    await page.close();
  });

  it('Dropsuite: a single-page console followed across routes, its tooltip dark on a dark page', async () => {
    const page = await openConsole('dropsuite/spa-dark.html');
    expect(await hoverText(page, await find(page, MARKED, 'Connection Error'))).toContain('Dropsuite › Backups');
    await (await page.waitForSelector('a[href="#/downloads"]'))?.click();
    const failed = await page.waitForSelector(`${MARKED}::-p-text(Failed)`);
    if (!failed) throw new Error('Failed is not marked under Downloads');
    expect(await hoverText(page, failed)).toContain('Dropsuite › Downloads');
    const background = await (await page.waitForSelector(TOOLTIP, { visible: true }))?.evaluate(
      (el) => getComputedStyle(el).backgroundColor,
    );
    const [r = 255, g = 255, b = 255] = background?.match(/\d+/g)?.map(Number) ?? [];
    expect(r + g + b).toBeLessThan(200);
    await page.close();
  });

  it('Dropsuite: Copy for ticket puts the explanation on the clipboard', async () => {
    const page = await openConsole('dropsuite/system-status.html');
    await hoverText(page, await find(page, '#panel-backups', 'Space Full'));
    await page.waitForSelector('pierce/[role="tooltip"] button');
    const buttons = await page.$$('pierce/[role="tooltip"] button');
    const names = await Promise.all(buttons.map((b) => b.evaluate((el) => el.textContent)));
    const copy = buttons[names.indexOf('Copy for ticket')];
    expect(names).toContain('Copy for ticket');
    await copy?.click();
    await page.waitForFunction((el) => el?.textContent?.startsWith('Copied'), {}, copy);
    // Paste into a field of the page: what a technician does next in the ticket.
    await page.evaluate(() => {
      const area = document.createElement('textarea');
      area.id = 'ticket';
      document.body.prepend(area);
      area.focus();
    });
    await page.keyboard.down('Control');
    await page.keyboard.press('v');
    await page.keyboard.up('Control');
    await page.waitForFunction(() => (document.querySelector('#ticket') as HTMLTextAreaElement).value.length > 0);
    const pasted = await page.$eval('#ticket', (el) => (el as HTMLTextAreaElement).value);
    expect(pasted).toContain('Space Full');
    expect(pasted).toContain('dev.patel@northwind.example');
    await page.close();
  });

  it('DPOD: a code in a table cell and a code inside a sentence of the log', async () => {
    const page = await openConsole('dpod/executions.html');
    const cell = await find(page, '[role="cell"]', 'EXECUTION_PRE_CHECKS_NFS_OUT_OF_SPACE');
    const text = await hoverText(page, cell);
    expect(text).toContain('DPOD');
    expect(text).toMatch(/space/i);

    // Codes inside sentences are found where the pointer rests (caretPositionFromPoint), and nothing is wrapped.
    const log = '[aria-label="Execution log"]';
    const before = await page.$eval(log, (el) => el.innerHTML);
    expect(await hoverCode(page, log, 'EXECUTION_SECURE_BACKUP_UNSUCCESSFUL')).toMatch(/secure backup/i);
    expect(await hoverCode(page, log, 'EXECUTION_PRE_CHECKS_NFS_OUT_OF_SPACE')).toMatch(/space/i);
    expect(await page.$eval(log, (el) => el.innerHTML)).toBe(before);
    expect(await page.$$eval(`${log} ${MARKED}`, (els) => els.length)).toBe(0);
    await page.close();
  });

  it('mxHERO: a notification code with its level, in the list and in a sentence', async () => {
    const page = await openConsole('mxhero/notifications.html');
    const text = await hoverText(page, await find(page, '.notification', 'web_hook_removed_by_move_conflict'));
    expect(text).toContain('WARN');
    expect(text).toContain('drag-and-drop');
    expect(await hoverCode(page, 'main > p', 'execution_failed')).toContain('ERROR');
    await page.close();
  });
});

describe('Firefox: a hostile page under a strict Content-Security-Policy', () => {
  it('shows the tooltip whole, styled and on top of maximum z-index bars (the top layer)', async () => {
    const page = await openConsole('hostile/hostile.html?csp=strict');
    expect(await hoverText(page, await find(page, 'body', 'Space Full'))).toContain('Space Full');
    const tip = await page.waitForSelector(TOOLTIP, { visible: true });
    if (!tip) throw new Error('no tooltip');
    const box = await tip.boundingBox();
    if (!box) throw new Error('no tooltip box');
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(800);
    const look = await tip.evaluate((el) => ({
      radius: getComputedStyle(el).borderTopLeftRadius,
      fontSize: Number.parseFloat(getComputedStyle(el.querySelector('p') ?? el).fontSize),
    }));
    expect(look.radius).toBe('10px'); // the shadow root's constructed style sheet applies despite style-src 'self'
    expect(look.fontSize).toBeGreaterThanOrEqual(12);
    // What is on top at the tooltip's middle is the overlay's host, whose shadow root holds the tooltip.
    const onTop = await page.evaluate(
      (x, y) => {
        const el = document.elementFromPoint(x, y);
        return !!el?.shadowRoot?.querySelector('[role="tooltip"]');
      },
      box.x + box.width / 2,
      box.y + 10,
    );
    expect(onTop).toBe(true);
    await page.close();
  });
});

describe('Firefox: pages of no vendor', () => {
  it.each(['none/project-tracker.html', 'none/help-article.html', 'none/build-log.html'])(
    '%s gets nothing',
    async (path) => {
      const page = await open(path);
      // The content script is there (it answers), and has found no console.
      await expect
        .poll(() => reportOf(page.url()).catch(() => null), { timeout: 10_000 })
        .toEqual({
          product: null,
          findings: [],
        });
      expect(await markedCount(page)).toBe(0);
      // Each page shows "Failed" somewhere: in prose, in a ticket, in a build log.
      const word = await page.waitForSelector('::-p-text(Failed)');
      await word?.hover();
      // A tooltip shows 40 ms after the pointer rests; give it ten times that to prove it does not.
      await expect(page.waitForSelector(TOOLTIP, { timeout: 400 })).rejects.toThrow();
      expect(await page.$$eval('pierce/[role="tooltip"]', (els) => els.length)).toBe(0);
      await page.close();
    },
  );
});

describe('Firefox: popup', () => {
  it('finds a status by a typo', async () => {
    const page = await firefox.openExtensionPage('popup.html');
    const box = await page.waitForSelector('[role="combobox"]');
    await box?.type('unquiesse', { delay: 10 });
    await page.waitForSelector('[role="listbox"] [role="option"]');
    const first = await page.$eval('[role="listbox"] [role="option"]', (el) => el.textContent ?? '');
    expect(first).toContain('EXECUTION_UNQUIESCE');
    expect(first).toContain('DPOD › Backup task executions');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.body.textContent?.includes('What it means'));
    await page.close();
  });
});

describe('Firefox: popup and toolbar about a console tab', () => {
  it('lists the statuses of the tab under This page, shows one on the page; the badge counts errors', async () => {
    const dpod = await openConsole('dpod/executions.html');
    const url = dpod.url();
    const tabId = await firefox.inExtension(
      async (target) => (await browser.tabs.query({})).find((t) => t.url === target)?.id,
      url,
    );
    if (tabId === undefined) throw new Error(`no tab for ${url}`);
    const popup = await firefox.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.waitForFunction(() => document.body.textContent?.includes('This page'));
    await popup.waitForFunction(() => document.body.textContent?.includes('EXECUTION_PRE_CHECKS_NFS_OUT_OF_SPACE'));

    const report = await reportOf(url);
    const errors = report.findings.filter((f) => f.severity === 'error').reduce((n, f) => n + f.count, 0);
    expect(errors).toBeGreaterThan(0);
    await expect
      .poll(() => firefox.inExtension((id) => browser.action.getBadgeText({ tabId: id }), tabId))
      .toBe(String(errors));

    // Show on the page: the console tab scrolls to the status and opens its tooltip.
    await (await popup.waitForSelector('[role="option"] ::-p-text(EXECUTION_PRE_CHECKS_NFS_OUT_OF_SPACE)'))?.click();
    await (await popup.waitForSelector('button.reveal'))?.click();
    await dpod.waitForFunction(() =>
      [...document.querySelectorAll('*')].some((el) =>
        el.shadowRoot?.querySelector('[role="tooltip"]:popover-open')?.textContent?.includes('NFS_OUT_OF_SPACE'),
      ),
    );
    await Promise.all([dpod.close(), popup.close()]);
  });
});

describe('Firefox: options', () => {
  it('a console switch reaches an open console tab at once, and leaves the other consoles alone', async () => {
    const dpod = await openConsole('dpod/executions.html');
    const mxhero = await openConsole('mxhero/notifications.html');
    const dpodMarks = await markedCount(dpod);
    const mxheroMarks = await markedCount(mxhero);

    const options = await firefox.openExtensionPage('options.html');
    const toggle = await options.waitForSelector('#product-dpod');
    expect(await toggle?.evaluate((el) => (el as HTMLInputElement).checked)).toBe(true);
    await toggle?.click();
    await dpod.waitForFunction((sel) => document.querySelectorAll(sel).length === 0, {}, MARKED);
    expect(await markedCount(mxhero)).toBe(mxheroMarks);

    await toggle?.click();
    await waitForMarked(dpod, dpodMarks);
    expect(await markedCount(mxhero)).toBe(mxheroMarks);
    await Promise.all([dpod.close(), mxhero.close(), options.close()]);
  });
});

describe('Firefox: hosts', () => {
  const setStored = (settings: unknown) =>
    firefox.inExtension(
      (value) =>
        value === undefined
          ? browser.storage.local.remove(['settings', 'settings$'])
          : browser.storage.local.set({ settings: value }),
      settings,
    );
  const rowText = (page: Page, pattern: string) =>
    page.$eval(`li[data-pattern="${pattern}"]`, (el) => el.textContent ?? '').catch(() => '');

  it('added with a port (which Firefox patterns cannot hold), runs in an already open tab of that host', async () => {
    await setStored(undefined);
    const origin = `http://dpod.localhost:${new URL(server.origin).port}`;
    // *.localhost is in no content script's matches: only the run-time registration can bring the script here.
    const tab = await firefox.open(`${origin}/dpod/executions.html`);
    expect(await markedCount(tab)).toBe(0);

    const options = await firefox.openExtensionPage('options.html');
    await (await options.waitForSelector('form.add-host input[type="text"]'))?.type(origin);
    await options.select('form.add-host select', 'dpod');
    await (await options.waitForSelector('form.add-host button[type="submit"]'))?.click();
    await options.waitForFunction(
      (p) => /DPOD.*Active/.test(document.querySelector(`li[data-pattern="${p}"]`)?.textContent ?? ''),
      {},
      `${origin}/*`,
    );
    // No reload: the background injected the script into the open tab.
    await waitForMarked(tab);
    const registered = await firefox.inExtension(async () =>
      (await browser.scripting.getRegisteredContentScripts()).map((r) => r.matches),
    );
    expect(registered).toEqual([['http://dpod.localhost/*']]);
    await Promise.all([tab.close(), options.close()]);
    await setStored(undefined);
  });

  it('without permission shows Grant, and a click grants it', async () => {
    const pattern = 'https://dpod.corp.example:8443/*';
    await setStored({ products: { dropsuite: true, dpod: true, mxhero: true }, hosts: [{ pattern, product: 'dpod' }] });
    const options = await firefox.openExtensionPage('options.html');
    await expect.poll(() => rowText(options, pattern)).toContain('Permission missing');
    const grant = await options.waitForSelector(`li[data-pattern="${pattern}"] button ::-p-text(Grant)`);
    await grant?.click();
    await expect.poll(() => rowText(options, pattern)).toContain('Active');
    const origins = await firefox.inExtension(async () => (await browser.permissions.getAll()).origins);
    expect(origins).toContain('https://dpod.corp.example/*');
    await firefox.inExtension(() => browser.permissions.remove({ origins: ['https://dpod.corp.example/*'] }));
    await options.close();
    await setStored(undefined);
  });
});

describe('Firefox: the pages', () => {
  it('threw no error on any console page', () => {
    expect(pageErrors).toEqual([]);
  });
});

describe('Firefox: after a reload of the add-on (update, or reload in about:debugging)', () => {
  // Firefox unloads the old content script with its add-on, so its ctx.onInvalidated clean-up never runs: the new
  // script removes what the old one left (its tooltip host, marks and Tab stops) when it starts.
  it('leaves no tooltip stuck open, and one tooltip host', async () => {
    const page = await openConsole('dpod/executions.html');
    await hoverText(page, await find(page, '[role="cell"]', 'EXECUTION_PRE_CHECKS_NFS_OUT_OF_SPACE'));
    const control = await firefox.openExtensionPage('options.html');
    await control.evaluate(() => void browser.runtime.reload()).catch(() => {});
    // The add-on is back when its new content script answers for the tab (the old one cannot).
    await expect
      .poll(
        () =>
          reportOf(page.url()).then(
            (r) => r.findings.length,
            () => 0,
          ),
        { timeout: 15_000 },
      )
      .toBeGreaterThan(0);
    const open = () =>
      page.$$eval('pierce/[role="tooltip"]', (els) => els.filter((el) => el.matches(':popover-open')).length);
    // Pointer away and Escape: nothing may stay open, the old instance's tooltip included.
    await page.mouse.move(1, 799);
    await page.keyboard.press('Escape');
    await expect.poll(open, { message: 'tooltips still open after Escape', timeout: 3000 }).toBe(0);
    const status = await find(page, '[role="cell"]', 'EXECUTION_SECURE_BACKUP_UNSUCCESSFUL');
    await status.hover();
    expect(await tooltipText(page)).toContain('EXECUTION_SECURE_BACKUP_UNSUCCESSFUL');
    expect(await page.$$eval('pierce/[role="tooltip"]', (els) => els.length), 'tooltip hosts').toBe(1);
  });
});
