/**
 * A console page that attacks Status Lens with its own script (issue 29, point 6), in Firefox ESR: the same
 * attacks as tests/e2e/hostile-page.e2e.ts (page script in ../support/hostile.ts), all of which apply here. Each
 * test ends with the real pointer: resting on a status still opens its card.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lookup } from '../../catalog';
import type { PageReport } from '../../components/messaging/schema';
import { SETTINGS_VERSION } from '../../components/settings/migrations';
import { type Card, centre, explains, summary } from '../support/card';
import { codePoint } from '../support/code-point';
import {
  ADDON_ID,
  cardOf,
  EXTENSION_UUID,
  type FirefoxExtension,
  find,
  launchFirefoxWithExtension,
  pointOf,
  restOn,
  tabIdOf,
} from '../support/firefox';
import {
  DESK_NOTE,
  fakeClicks,
  fakeHover,
  fakeLeave,
  findExtensionTraces,
  HOSTILE_CONSOLE,
  readFromPage,
  SECRET,
  type Stops,
  sendStops,
  stopMessages,
  wxtStartedEvent,
} from '../support/hostile';
import { type FixtureServer, serveFixtures } from '../support/server';

// The WebExtension API of an extension page, inside inExtension().
declare const browser: typeof import('wxt/browser').browser;

const BACKUPS = '#panel-backups';

let firefox: FirefoxExtension;
let server: FixtureServer;
/** The fixtures' server under another origin (*.localhost is loopback; no content script runs there). */
let elsewhere: string;

beforeAll(async () => {
  server = await serveFixtures();
  elsewhere = `http://elsewhere.localhost:${new URL(server.origin).port}`;
  firefox = await launchFirefoxWithExtension();
});
afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

/** What the popup's This page gets from the tab's content script (null: no answer). */
async function report(page: Page): Promise<PageReport | null> {
  const tabId = await tabIdOf(firefox, page);
  return firefox
    .inExtension((t) => browser.tabs.sendMessage(t, { type: 'get-page-report' }) as Promise<PageReport>, tabId)
    .catch(() => null);
}

/** Waits until the content script has recognised the console (it answers the popup with its product). */
async function ready(page: Page): Promise<void> {
  await expect.poll(async () => (await report(page))?.product, { timeout: 10_000 }).toBe('dropsuite');
}

/** Opens the console once the content script has recognised it; `before` runs ahead of the page's own scripts. */
async function open(
  path = HOSTILE_CONSOLE,
  before?: (page: Page) => Promise<unknown>,
): Promise<{ page: Page; card: Card }> {
  const page = await firefox.browser.newPage();
  await before?.(page);
  await page.goto(server.url(path), { waitUntil: 'load' });
  await ready(page);
  // Asking the content script may have opened the extension page that asks it, in front: a tab behind runs its
  // timers once a second, the page's attacks included.
  await page.bringToFront();
  return { page, card: cardOf(firefox, page) };
}

const status = (page: Page, label: string) => find(page, BACKUPS, label);

/**
 * The overlay still at work: one host of ours on the page, the popup's report answered with the page's statuses,
 * and the real pointer resting on a status opens its card.
 */
async function stillWorks(page: Page, card: Card, label = 'Space Full'): Promise<void> {
  expect(await page.$$eval('status-lens-overlay', (els) => els.length), 'overlay hosts').toBe(1);
  const answer = await report(page);
  expect(answer?.product).toBe('dropsuite');
  expect(answer?.findings.some((f) => f.label === label)).toBe(true);
  await restOn(card, await status(page, label), label);
}

/** Waits until the page has done `n` rounds of what it fakes or posts (counted by ../support/hostile.ts). */
async function rounds(page: Page, counter: '__stopRounds' | '__fakeRounds', n: number): Promise<void> {
  await page.waitForFunction(
    (name, at) => ((window as unknown as Record<string, number>)[name] ?? 0) >= at,
    {},
    counter,
    n,
  );
}

/** The stop messages, and WXT's started event where the page dispatches it on its own document. */
function stops(to: Stops['to'], every: number | null, url?: string): Stops {
  return { messages: stopMessages(ADDON_ID), events: to === 'self' ? [wxtStartedEvent(ADDON_ID)] : [], to, every, url };
}

const stopFake = (page: Page) => page.evaluate(() => (window as Window & { __stopFake?: () => void }).__stopFake?.());

describe('Firefox: a page cannot stop the overlay', () => {
  it('posting the stop messages and dispatching WXT’s started event every 50 ms from its first script on', async () => {
    const { page, card } = await open(HOSTILE_CONSOLE, (p) => p.evaluateOnNewDocument(sendStops, stops('self', 50)));
    await rounds(page, '__stopRounds', 20);
    await stillWorks(page, card);
    await page.close();
  });

  it('another origin posting them every 50 ms: to the console it opened, and from a frame to its parent', async () => {
    const attacker = await firefox.open(`${elsewhere}/hostile/elsewhere.html`);
    const url = server.url(HOSTILE_CONSOLE);
    const opened = firefox.browser.waitForTarget((t) => t.url() === url);
    await attacker.evaluate(sendStops, stops('opened', 50, url));
    const victim = await (await opened).page();
    if (!victim) throw new Error('no page for the opened window');
    await ready(victim);
    await victim.bringToFront();
    // The attacker is a tab behind the console it opened: Firefox runs its timers once a second.
    await rounds(attacker, '__stopRounds', 3);
    const card = cardOf(firefox, victim);
    await stillWorks(victim, card);

    await victim.evaluate(
      (src) =>
        new Promise((loaded) => {
          const frame = document.createElement('iframe');
          frame.src = src;
          frame.onload = loaded;
          document.body.append(frame);
        }),
      `${elsewhere}/hostile/elsewhere.html`,
    );
    const frame = victim.frames().find((f) => f.url().startsWith(elsewhere));
    if (!frame) throw new Error('no frame of the other origin');
    await frame.evaluate(sendStops, stops('parent', 50));
    await frame.waitForFunction(() => ((window as Window & { __stopRounds?: number }).__stopRounds ?? 0) >= 20);
    await stillWorks(victim, card, 'Retrying');
    await Promise.all([victim.close(), attacker.close()]);
  });
});

describe('Firefox: events the page fakes open, close and press nothing', () => {
  it('pointer, mouse and focus events on a status, every frame, open no card; the real rest opens its own', async () => {
    const { page, card } = await open();
    await card.leave();
    await page.evaluate(fakeHover, `${BACKUPS} .pill.bad:not(:has(span))`);
    // A faked focusin would have opened the card at once.
    expect(summary(await card.inspect())).toBe('no card');
    // Were the faked pointer heeded, it would hold the card on Space Full: the real rest on Retrying would never
    // open its card, or Space Full's would take over.
    const retrying = await pointOf(await status(page, 'Retrying'));
    const seen = await card.watch(
      () => card.moveTo(retrying, 5),
      (c) => explains(c, 'Retrying'),
    );
    const strays = new Set(seen.filter((c) => c && !explains(c, 'Retrying')).map(summary));
    expect([...strays], 'cards of faked events').toEqual([]);
    expect(explains(seen.at(-1) ?? null, 'Retrying')).toBe(true);
    await stopFake(page);
    await stillWorks(page, card);
    await page.close();
  });

  it('Escape, Enter and the pointer leaving, faked every frame, neither close the card nor move into it', async () => {
    const { page, card } = await open();
    await restOn(card, await status(page, 'Retrying'), 'Retrying');
    await page.evaluate(fakeLeave, true);
    await rounds(page, '__fakeRounds', 3);
    const held = await card.inspect();
    expect(explains(held, 'Retrying') && !held.interactive, summary(held)).toBe(true);
    // Were the faked pointer heeded, it would stand in the empty corner: the real rest would open nothing.
    await card.restOn(await pointOf(await status(page, 'Space Full')), 'Space Full');
    await stopFake(page);

    // A status the page focuses itself (a trusted focus) has its card; a faked Enter does not move into it, the
    // real one does.
    await card.leave();
    await (await status(page, 'Retrying')).evaluate((el) => {
      el.setAttribute('tabindex', '0');
      (el as HTMLElement).focus();
    });
    await card.waitOpen('Retrying');
    await page.evaluate(fakeLeave, false);
    const focused = await card.inspect();
    expect(explains(focused, 'Retrying') && !focused.interactive, summary(focused)).toBe(true);
    await page.keyboard.press('Enter');
    await card.waitFor((c) => !!c?.interactive, 'the real Enter to move into the card');
    await page.keyboard.press('Escape');
    await card.waitClosed();
    await stillWorks(page, card);
    await page.close();
  });
});

describe('Firefox: what the card says stays out of the page’s reach', () => {
  beforeAll(async () => {
    await firefox.inExtension(
      (note, version) =>
        browser.storage.local.set({
          settings: {
            products: { dropsuite: true, dpod: true, mxhero: true },
            hosts: [],
            notes: [{ product: 'dropsuite', section: 'backups', label: 'Space Full', text: note }],
            deskEntries: [],
          },
          settings$: { v: version },
        }),
      DESK_NOTE,
      SETTINGS_VERSION,
    );
  });
  afterAll(async () => {
    await firefox.inExtension(() => browser.storage.local.remove(['settings', 'settings$']));
  });

  it('a desk note in the open card: not in the DOM, attributes, window.find, select-all or the description', async () => {
    const { page, card } = await open();
    await restOn(card, await status(page, 'Space Full'), 'Space Full');
    await card.waitFor((c) => !!c?.text.includes(SECRET), 'the desk note in the card');
    for (const said of [SECRET, DESK_NOTE, 'Your desk']) {
      expect(await page.evaluate(readFromPage, { secret: said }), said).toEqual([]);
    }
    await page.keyboard.down('Control');
    await page.keyboard.press('a');
    await page.keyboard.up('Control');
    expect(await page.evaluate(readFromPage, { secret: SECRET, selectionOnly: true })).toEqual([]);
    await page.evaluate(() => getSelection()?.removeAllRanges());
    const meaning = lookup('dropsuite', 'backups', 'Space Full')?.meaning ?? '';
    expect(await (await status(page, 'Space Full')).evaluate((el) => el.getAttribute('aria-description'))).toBe(
      `${meaning} Press Enter for details.`,
    );
    await stillWorks(page, card, 'Retrying');
    await page.close();
  });

  it('a card the page opened itself by focusing the status is as unreadable', async () => {
    const { page, card } = await open();
    await card.leave();
    await (await status(page, 'Space Full')).evaluate((el) => {
      el.setAttribute('tabindex', '-1');
      (el as HTMLElement).focus();
    });
    await card.waitFor((c) => explains(c, 'Space Full') && c.text.includes(SECRET), 'the card with the note');
    expect(await page.evaluate(readFromPage, { secret: SECRET })).toEqual([]);
    await stillWorks(page, card, 'Retrying');
    await page.close();
  });
});

describe('Firefox: the card’s buttons answer the user’s hand only', () => {
  // Puppeteer does not see the address of an extension's tab here; the extension's own tabs API does.
  const OPTIONS = `moz-extension://${EXTENSION_UUID}/options.html`;
  type Recorder = typeof globalThis & { __loads?: string[]; __recording?: boolean };
  /** From now on, every address an options tab is loaded at (new tabs and navigations), recorded by the extension. */
  const track = () =>
    firefox.inExtension((prefix) => {
      const g = globalThis as Recorder;
      g.__loads = [];
      if (g.__recording) return;
      g.__recording = true;
      browser.tabs.onUpdated.addListener((_, change) => {
        if (change.url?.startsWith(prefix)) g.__loads?.push(change.url);
      });
    }, OPTIONS);
  const loads = () => firefox.inExtension(() => (globalThis as Recorder).__loads ?? []);
  const optionsTabs = () =>
    firefox.inExtension(
      async (prefix) => (await browser.tabs.query({})).filter((t) => t.url?.startsWith(prefix)).map((t) => t.id ?? -1),
      OPTIONS,
    );
  const closeOptions = async () => {
    const ids = await optionsTabs();
    if (ids.length) await firefox.inExtension((tabs) => browser.tabs.remove(tabs), ids);
  };
  const tabCount = () => firefox.inExtension(async () => (await browser.tabs.query({})).length);

  it('40 clicks the page fakes on the card open no options tab; the real click then opens one, for its status', async () => {
    await closeOptions();
    const { page, card } = await open();
    await restOn(card, await status(page, 'Space Full'), 'Space Full');
    await card.click('More');
    const add = centre((await card.button('Add a desk note')).rect);
    const tabs = await tabCount();
    await track();
    await page.bringToFront();
    expect(await page.evaluate(fakeClicks, add)).toBeGreaterThanOrEqual(40);

    // The real click on another status's card: a form for Space Full, or a second load, would be the fakes'.
    await restOn(card, await status(page, 'Synchronizing Archive'), 'Synchronizing Archive');
    await card.click('Explain this status for the desk');
    await expect.poll(async () => (await loads()).length, { timeout: 10_000 }).toBeGreaterThan(0);
    expect((await loads()).map((u) => new URL(u).searchParams.get('label'))).toEqual(['Synchronizing Archive']);
    expect(await optionsTabs()).toHaveLength(1);
    expect(await tabCount()).toBe(tabs + 1);
    await closeOptions();
    await page.bringToFront();
    await stillWorks(page, card);
    await page.close();
  });

  it('40 real clicks in quick succession on “Add a desk note” open one options tab', async () => {
    await closeOptions();
    const { page, card } = await open();
    await restOn(card, await status(page, 'Space Full'), 'Space Full');
    await card.click('More');
    const tabs = await tabCount();
    await page.bringToFront();
    await card.click('Add a desk note');
    for (let i = 1; i < 40; i++) {
      await page.mouse.down();
      await page.mouse.up();
    }
    await expect.poll(async () => (await optionsTabs()).length, { timeout: 10_000 }).toBe(1);
    expect(await tabCount()).toBe(tabs + 1);
    await closeOptions();
    await page.bringToFront();
    await stillWorks(page, card, 'Retrying');
    await page.close();
  });
});

describe('Firefox: copying', () => {
  it('Copy for ticket by the real click fills the clipboard and no copy event reaches the page', async () => {
    const { page, card } = await open();
    await page.evaluate(() => {
      const w = window as Window & { __copies?: string[] };
      w.__copies = [];
      for (const target of [window, document, document.documentElement]) {
        for (const capture of [true, false]) {
          target.addEventListener('copy', (e) => w.__copies?.push(`${e.type} ${capture}`), { capture });
        }
      }
    });
    const copies = () => page.evaluate(() => (window as Window & { __copies?: string[] }).__copies ?? []);
    await restOn(card, await status(page, 'Space Full'), 'Space Full');
    await card.click('Copy for ticket');
    await card.leave();
    // Pasted into a field of the page, as a technician does next in the ticket, until the copy has landed.
    await page.evaluate(() =>
      document.body.prepend(Object.assign(document.createElement('textarea'), { id: 'ticket' })),
    );
    const paste = async () => {
      await page.$eval('#ticket', (el) => {
        (el as HTMLTextAreaElement).value = '';
        (el as HTMLTextAreaElement).focus();
      });
      await page.keyboard.down('Control');
      await page.keyboard.press('v');
      await page.keyboard.up('Control');
      return page.$eval('#ticket', (el) => (el as HTMLTextAreaElement).value);
    };
    await expect.poll(paste, { timeout: 5000 }).toContain('Space Full');
    expect(await copies()).toEqual([]);
    // The page's listeners do hear a copy the user makes of the page's own text.
    await page.$eval('#ticket', (el) => (el as HTMLTextAreaElement).select());
    await page.keyboard.down('Control');
    await page.keyboard.press('c');
    await page.keyboard.up('Control');
    await expect.poll(copies).toContain('copy true');
    await page.$eval('#ticket', (el) => el.remove());
    await stillWorks(page, card, 'Retrying');
    await page.close();
  });
});

describe('Firefox: no trace of the extension’s id or address', () => {
  it('in attributes, styles, style sheets, adopted sheets or performance entries, with cards shown', async () => {
    const needles = [EXTENSION_UUID, ADDON_ID, 'moz-extension://', 'chrome-extension://'];
    const { page, card } = await open();
    await restOn(card, await status(page, 'Space Full'), 'Space Full');
    await card.click('More');
    expect(await page.evaluate(findExtensionTraces, needles)).toEqual([]);
    await page.close();

    const dpod = await firefox.open(server.url('dpod/executions.html'));
    const dpodCard = cardOf(firefox, dpod);
    const code = 'EXECUTION_SECURE_BACKUP_UNSUCCESSFUL';
    await expect.poll(async () => (await report(dpod))?.product, { timeout: 10_000 }).toBe('dpod');
    const point = await dpod.$eval('[aria-label="Execution log"]', codePoint, code);
    if (!point) throw new Error(`${code} is not in the log`);
    await dpodCard.leave();
    await dpodCard.restOn(point, code);
    expect(await dpod.evaluate(findExtensionTraces, needles)).toEqual([]);
    // What the scan reads would show the address were it there: it finds a page's own mention of it.
    await dpod.evaluate((id) => document.body.setAttribute('data-probe', `moz-extension://${id}/`), EXTENSION_UUID);
    expect(await dpod.evaluate(findExtensionTraces, needles)).toContain(`${EXTENSION_UUID} in body[data-probe]`);
    await dpod.close();
  });
});
