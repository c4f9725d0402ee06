/**
 * The Firefox build in Firefox ESR, installed as a temporary add-on: the card on each console fixture (a rest of
 * the pointer and the keyboard, Copy for ticket with the real mouse) and on a hostile page under a strict CSP,
 * nothing on pages of no vendor, the popup's fuzzy search, "This page" and "Show on the page", the badge, a
 * console switch reaching an open console tab, hosts added at run time, an optional host permission granted,
 * and a reload of the add-on. The card lives in a closed shadow root: it is read through the e2e build's
 * inspection (../support/firefox.ts `cardOf`). Every wait is for a condition, not a fixed sleep.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageReport } from '../../components/messaging/schema';
import { SWITCH_DELAY } from '../../entrypoints/content/present/intent';
import { type Card, type CardInspection, centre } from '../support/card';
import { codePoint } from '../support/code-point';
import { cardProblems, placeOf } from '../support/expect-card';
import { cardOf, type FirefoxExtension, find, launchFirefoxWithExtension, pointOf, restOn } from '../support/firefox';
import { type FixtureServer, serveFixtures } from '../support/server';

// The WebExtension API of an extension page, inside inExtension().
declare const browser: typeof import('wxt/browser').browser;

const MARKED = '[data-status-lens]';

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
    // The Tab may have focused a status: its card is closed again.
    await page.keyboard.press('Escape');
    if (count === undefined ? n > 0 : n === count) return;
    if (Date.now() > deadline) throw new Error(`${n} statuses marked, expected ${count ?? 'some'}`);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
  }
}

/** Opens a console fixture once the content script has made Tab stops of its statuses; its card. */
async function openConsole(path: string): Promise<{ page: Page; card: Card }> {
  const page = await open(path);
  await waitForMarked(page);
  return { page, card: cardOf(firefox, page) };
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

/** Rests the pointer on the first `code` (a whole token) in the text of `scope` (CSS); its card. */
async function restOnCode(page: Page, card: Card, scope: string, code: string) {
  await card.leave();
  const point = await page.$eval(scope, codePoint, code);
  if (!point) throw new Error(`${code} is not in ${scope}`);
  return card.restOn(point, code);
}

describe('Firefox: the card on the consoles', () => {
  it('Dropsuite: Failed under Migrates explains a failed migration, with the row ID', async () => {
    const { page, card } = await openConsole('dropsuite/system-status.html');
    await (await page.waitForSelector('#tab-migrates'))?.click();
    await page.waitForSelector('#panel-migrates', { visible: true });
    const shown = await restOn(card, await find(page, '#panel-migrates', 'Failed'), 'Failed');
    expect(
      cardProblems(shown, { product: 'dropsuite', label: 'Failed', section: 'migrates', id: 'MIG-20931' }),
    ).toEqual([]);
    await page.close();
  });

  it('Dropsuite: keyboard focus opens the card, the status described to screen readers; Escape closes it', async () => {
    const { page, card } = await openConsole('dropsuite/system-status.html');
    const status = await find(page, '#panel-backups', 'Space Full');
    await status.focus();
    expect((await card.waitOpen('Space Full')).role).toBe('dialog');
    expect(await status.evaluate((el) => el.getAttribute('aria-description'))).toMatch(/storage/i);
    await page.keyboard.press('Enter');
    await card.waitFor((c) => !!c?.interactive, 'the card to take the keyboard');
    await page.keyboard.press('Escape');
    await card.waitClosed();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Space Full');
    expect(await status.evaluate((el) => el.getAttribute('aria-description'))).toBeNull();
    await page.close();
  });

  it('Dropsuite: a single-page console followed across routes, its card dark on a dark page', async () => {
    const { page, card } = await openConsole('dropsuite/spa-dark.html');
    const first = await restOn(card, await find(page, MARKED, 'Connection Error'), 'Connection Error');
    expect(first.text).toContain('Dropsuite › Backups');
    await card.leave();
    await (await page.waitForSelector('a[href="#/downloads"]'))?.click();
    const failed = await page.waitForSelector(`${MARKED}::-p-text(Failed)`);
    if (!failed) throw new Error('Failed is not marked under Downloads');
    const shown = await restOn(card, failed, 'Failed');
    expect(shown.text).toContain('Dropsuite › Downloads');
    expect(shown.scheme).toBe('dark');
    await page.close();
  });

  describe('Copy for ticket', () => {
    let pasted = '';
    it('Dropsuite: the real click puts a ticket naming the status on the clipboard', async () => {
      const { page, card } = await openConsole('dropsuite/system-status.html');
      await restOn(card, await find(page, '#panel-backups', 'Space Full'), 'Space Full');
      await card.click('Copy for ticket');
      // Paste into a field of the page, as a technician does next in the ticket, until the copy has landed.
      await page.evaluate(() => {
        const area = document.createElement('textarea');
        area.id = 'ticket';
        document.body.prepend(area);
      });
      await expect
        .poll(
          async () => {
            await page.$eval('#ticket', (el) => {
              (el as HTMLTextAreaElement).value = '';
              (el as HTMLTextAreaElement).focus();
            });
            await page.keyboard.down('Control');
            await page.keyboard.press('v');
            await page.keyboard.up('Control');
            return page.$eval('#ticket', (el) => (el as HTMLTextAreaElement).value);
          },
          { timeout: 5000 },
        )
        .toContain('Space Full');
      pasted = await page.$eval('#ticket', (el) => (el as HTMLTextAreaElement).value);
      await page.close();
    });

    it('Dropsuite: the ticket holds console › section and the mailbox', () => {
      expect(pasted).toContain(placeOf('dropsuite', 'backups'));
      expect(pasted).toContain('dev.patel@northwind.example');
    });
  });

  it('DPOD: a code in a table cell and a code inside a sentence of the log', async () => {
    const { page, card } = await openConsole('dpod/executions.html');
    const label = 'EXECUTION_PRE_CHECKS_NFS_OUT_OF_SPACE';
    const shown = await restOn(card, await find(page, '[role="cell"]', label), label);
    expect(cardProblems(shown, { product: 'dpod', label, section: 'executions' })).toEqual([]);

    // Codes inside sentences are found where the pointer rests (caretPositionFromPoint), and nothing is wrapped.
    const log = '[aria-label="Execution log"]';
    const before = await page.$eval(log, (el) => el.innerHTML);
    expect((await restOnCode(page, card, log, 'EXECUTION_SECURE_BACKUP_UNSUCCESSFUL')).text).toMatch(/secure backup/i);
    expect((await restOnCode(page, card, log, 'EXECUTION_PRE_CHECKS_NFS_OUT_OF_SPACE')).text).toMatch(/space/i);
    expect(await page.$eval(log, (el) => el.innerHTML)).toBe(before);
    expect(await page.$$eval(`${log} ${MARKED}`, (els) => els.length)).toBe(0);
    await page.close();
  });

  it('mxHERO: a notification code, in the list and in a sentence', async () => {
    const { page, card } = await openConsole('mxhero/notifications.html');
    const label = 'web_hook_removed_by_move_conflict';
    const shown = await restOn(card, await find(page, '.notification', label), label);
    expect(cardProblems(shown, { product: 'mxhero', label, section: 'notifications' })).toEqual([]);
    expect((await restOnCode(page, card, 'main > p', 'execution_failed')).text).toContain('mxHERO');
    await page.close();
  });

  it('crossing a Status column opens nothing; the status rested on is explained', async () => {
    const { page, card } = await openConsole('dropsuite/system-status.html');
    const header = await pointOf(await find(page, '#panel-backups th', 'Status'));
    const last = await pointOf(await find(page, '#panel-backups', 'Synchronizing Archive'));
    let seen: (CardInspection | null)[] = [];
    // Tried again when the machine stalled a pointer move as long as the switch delay: that was a rest.
    for (let tries = 0; tries < 3 && (tries === 0 || card.slowestStep >= SWITCH_DELAY); tries++) {
      await card.leave();
      await card.moveTo(header, 1);
      seen = await card.watch(
        () => card.moveTo(last, 12),
        (c) => c?.name === 'Synchronizing Archive',
      );
    }
    expect(card.slowestStep, 'pointer moves as a hand makes them').toBeLessThan(SWITCH_DELAY);
    expect(seen.filter((c) => c && c.name !== 'Synchronizing Archive').map((c) => c?.name)).toEqual([]);
    expect(seen.at(-1)?.name).toBe('Synchronizing Archive');
    await page.close();
  });
});

describe('Firefox: a hostile page under a strict Content-Security-Policy', () => {
  it('shows the card whole and on top of maximum z-index bars (the top layer)', async () => {
    const { page, card } = await openConsole('hostile/hostile.html?csp=strict');
    const shown = await restOn(card, await find(page, 'body', 'Space Full'), 'Space Full');
    const r = shown.rect;
    expect(r.x >= 0 && r.y >= 0 && r.x + r.width <= 1280 && r.y + r.height <= 800, JSON.stringify(r)).toBe(true);
    expect(r.height).toBeGreaterThan(40);
    // Once the pointer is in the card, the card (its host, the closed root's face) is what is under it.
    await card.moveTo(centre(r), 10);
    await card.waitFor((c) => !!c?.interactive, 'the card to take the pointer');
    const onTop = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.localName, centre(r));
    expect(onTop).toBe('status-lens-overlay');
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
      // No console: no overlay of ours on the page, the pointer's rest notwithstanding.
      expect(await page.$$eval('status-lens-overlay', (els) => els.length)).toBe(0);
      expect(await reportOf(page.url())).toEqual({ product: null, findings: [] });
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
    await page.waitForSelector('.sl-c-meaning');
    await page.close();
  });
});

describe('Firefox: popup and toolbar about a console tab', () => {
  it('lists the statuses of the tab under This page, shows one on the page; the badge counts errors', async () => {
    const { page: dpod, card } = await openConsole('dpod/executions.html');
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

    // Show on the page: the console tab scrolls to the status and opens its card.
    await (await popup.waitForSelector('[role="option"] ::-p-text(EXECUTION_PRE_CHECKS_NFS_OUT_OF_SPACE)'))?.click();
    await (await popup.waitForSelector('button.reveal'))?.click();
    await card.waitOpen('EXECUTION_PRE_CHECKS_NFS_OUT_OF_SPACE');
    await Promise.all([dpod.close(), popup.close()]);
  });
});

describe('Firefox: options', () => {
  it('a console switch reaches an open console tab at once, and leaves the other consoles alone', async () => {
    const { page: dpod } = await openConsole('dpod/executions.html');
    const { page: mxhero } = await openConsole('mxhero/notifications.html');
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
  // script removes what the old one left (its overlay host, marks and Tab stops) when it starts.
  it('leaves no card stuck open, and one overlay host', async () => {
    const { page, card } = await openConsole('dpod/executions.html');
    const code = 'EXECUTION_PRE_CHECKS_NFS_OUT_OF_SPACE';
    await restOn(card, await find(page, '[role="cell"]', code), code);
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
    // The old instance's host, with its open card, is gone: one host, the new instance's.
    await expect.poll(() => page.$$eval('status-lens-overlay', (els) => els.length)).toBe(1);
    await card.leave();
    const next = 'EXECUTION_SECURE_BACKUP_UNSUCCESSFUL';
    expect((await restOn(card, await find(page, '[role="cell"]', next), next)).name).toBe(next);
    expect(await page.$$eval('status-lens-overlay', (els) => els.length), 'overlay hosts').toBe(1);
  });
});
