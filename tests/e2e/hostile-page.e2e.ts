/**
 * A console page that attacks Status Lens with its own script (issue 29, point 6), in Chromium: it posts and
 * replays the messages that once stopped the overlay (also from another origin holding a reference to it), fakes
 * pointer, focus, key and click events, reads everything it can while a card with a desk note is open, floods the
 * card's buttons, listens for copies, and looks for the extension's id. Each test ends with the real pointer:
 * resting on a status still opens its card. What the page script does is in ../support/hostile.ts.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { browser as WxtBrowser } from 'wxt/browser';
import { lookup } from '../../catalog';
import type { PageReport } from '../../components/messaging/schema';
import { SETTINGS_VERSION } from '../../components/settings/migrations';
import { type ExtensionBrowser, launchWithExtension } from '../support/browser';
import { type Card, centre, explains, summary } from '../support/card';
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
import { cardOf, codePointIn, pointOf, restOn, settle, tabIdOf } from './pages';

declare const chrome: typeof WxtBrowser;

const SPACE_FULL = '#panel-backups .pill >> text=Space Full';
const RETRYING = '#panel-backups .pill >> text=Retrying';
/** A status the catalog does not know: its card's one button asks the desk to explain it (a form, too). */
const UNKNOWN = '#panel-backups .pill >> text=Synchronizing Archive';

let browser: ExtensionBrowser;
let server: FixtureServer;
/** The fixtures' server under another origin (Chromium resolves *.localhost to loopback; no content script). */
let elsewhere: string;

beforeAll(async () => {
  server = await serveFixtures();
  elsewhere = `http://elsewhere.localhost:${new URL(server.origin).port}`;
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens the console once the content script has recognised it; `before` runs ahead of the page's own scripts. */
async function open(
  path = HOSTILE_CONSOLE,
  before?: (page: Page) => Promise<unknown>,
): Promise<{ page: Page; card: Card }> {
  const page = await browser.context.newPage();
  await before?.(page);
  await page.goto(server.url(path));
  await settle(page, browser.worker, true);
  return { page, card: cardOf(page, browser.worker) };
}

/** What the popup's This page gets from the tab's content script (null: no answer). */
async function report(page: Page): Promise<PageReport | null> {
  const tabId = await tabIdOf(browser.worker, page);
  return (await browser.worker
    .evaluate((t) => chrome.tabs.sendMessage(t, { type: 'get-page-report' }), tabId)
    .catch(() => null)) as PageReport | null;
}

/**
 * The overlay still at work: one host of ours on the page, the popup's report answered with the page's statuses,
 * and the real pointer resting on a status opens its card.
 */
async function stillWorks(page: Page, card: Card, status = SPACE_FULL, label = 'Space Full'): Promise<void> {
  expect(await page.locator('status-lens-overlay').count(), 'overlay hosts').toBe(1);
  const answer = await report(page);
  expect(answer?.product).toBe('dropsuite');
  expect(answer?.findings.some((f) => f.label === label)).toBe(true);
  await restOn(card, page.locator(status), label);
}

/** Waits until the page has done `rounds` rounds of what it fakes or posts (counted by ../support/hostile.ts). */
async function rounds(page: Page, counter: '__stopRounds' | '__fakeRounds', rounds: number): Promise<void> {
  await page.waitForFunction(([name, n]) => ((window as unknown as Record<string, number>)[name] ?? 0) >= n, [
    counter,
    rounds,
  ] as const);
}

/** The stop messages, and WXT's started event where the page dispatches it on its own document. */
function stops(to: Stops['to'], every: number | null, url?: string): Stops {
  const id = browser.extensionId;
  return { messages: stopMessages(id), events: to === 'self' ? [wxtStartedEvent(id)] : [], to, every, url };
}

const stopFake = (page: Page) => page.evaluate(() => (window as Window & { __stopFake?: () => void }).__stopFake?.());

describe('a page cannot stop the overlay', () => {
  it('posting the stop messages and dispatching WXT’s started event once, after the overlay started', async () => {
    const { page, card } = await open();
    await page.evaluate(sendStops, stops('self', null));
    await rounds(page, '__stopRounds', 1);
    await stillWorks(page, card);
    await page.close();
  });

  it('posting them every 50 ms from its first script on', async () => {
    const { page, card } = await open(HOSTILE_CONSOLE, (p) => p.addInitScript(sendStops, stops('self', 50)));
    // Rounds posted while the content script started and after it did.
    await rounds(page, '__stopRounds', 20);
    await stillWorks(page, card);
    await rounds(page, '__stopRounds', 30);
    await stillWorks(page, card, RETRYING, 'Retrying');
    await page.close();
  });

  it('another origin posting them every 50 ms to the console it opened (window.open)', async () => {
    const attacker = await browser.context.newPage();
    await attacker.goto(`${elsewhere}/hostile/elsewhere.html`);
    const [victim] = await Promise.all([
      browser.context.waitForEvent('page'),
      attacker.evaluate(sendStops, stops('opened', 50, server.url(HOSTILE_CONSOLE))),
    ]);
    await settle(victim, browser.worker, true);
    await rounds(attacker, '__stopRounds', 20);
    await stillWorks(victim, cardOf(victim, browser.worker));
    await Promise.all([victim.close(), attacker.close()]);
  });

  it('a frame of another origin in the console posting them to its parent every 50 ms', async () => {
    const { page: victim, card } = await open();
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
    await stillWorks(victim, card);
    await victim.close();
  });
});

describe('events the page fakes open, close and press nothing', () => {
  it('pointer, mouse and focus events on a status, every frame, open no card; the real rest opens its own', async () => {
    const { page, card } = await open();
    await card.leave();
    await page.evaluate(fakeHover, '#panel-backups .pill.bad:not(:has(span))');
    // A faked focusin would have opened the card at once.
    expect(summary(await card.inspect())).toBe('no card');
    // Were the faked pointer heeded, it would hold the card on Space Full: the real rest on Retrying would never
    // open its card, or Space Full's would take over.
    const seen = await card.watch(
      async () => card.moveTo(await pointOf(page.locator(RETRYING)), 5),
      (c) => explains(c, 'Retrying'),
    );
    await rounds(page, '__fakeRounds', 10);
    const strays = new Set(seen.filter((c) => c && !explains(c, 'Retrying')).map(summary));
    expect([...strays], 'cards of faked events').toEqual([]);
    expect(explains(seen.at(-1) ?? null, 'Retrying')).toBe(true);
    await stopFake(page);
    await stillWorks(page, card);
    await page.close();
  });

  it('Escape, Enter and the pointer leaving, faked every frame, neither close the card nor move into it', async () => {
    const { page, card } = await open();
    await restOn(card, page.locator(RETRYING), 'Retrying');
    await page.evaluate(fakeLeave, true);
    await rounds(page, '__fakeRounds', 3);
    // Escape and Enter act at once when heeded: the card would be closed, or hold the keyboard.
    const held = await card.inspect();
    expect(explains(held, 'Retrying'), summary(held)).toBe(true);
    expect(held?.interactive).toBe(false);
    // Were the faked pointer heeded, it would stand in the empty corner: the real rest on Space Full would not
    // open its card.
    await card.restOn(await pointOf(page.locator(SPACE_FULL)), 'Space Full');
    await stopFake(page);

    // A status the page focuses itself (a trusted focus) has its card; a faked Enter does not move into it, the
    // real one does; a faked Escape does not close it, the real one does.
    await card.leave();
    await page.locator(RETRYING).evaluate((el) => {
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

describe('what the card says stays out of the page’s reach', () => {
  beforeAll(async () => {
    await browser.worker.evaluate(
      ({ note, version }) =>
        chrome.storage.local.set({
          settings: {
            products: { dropsuite: true, dpod: true, mxhero: true },
            hosts: [],
            notes: [{ product: 'dropsuite', section: 'backups', label: 'Space Full', text: note }],
            deskEntries: [],
          },
          settings$: { v: version },
        }),
      { note: DESK_NOTE, version: SETTINGS_VERSION },
    );
  });
  afterAll(async () => {
    await browser.worker.evaluate(() => chrome.storage.local.remove(['settings', 'settings$']));
  });

  /** The card of Space Full, with the desk note (published by the background once the settings are written). */
  async function noteShown(page: Page, card: Card) {
    await restOn(card, page.locator(SPACE_FULL), 'Space Full');
    return card.waitFor((c) => !!c?.text.includes(SECRET), 'the desk note in the card');
  }

  it('a desk note in the open card: not in the DOM, attributes, window.find, select-all or the description', async () => {
    const { page, card } = await open();
    const shown = await noteShown(page, card);
    expect(await page.evaluate(readFromPage, { secret: SECRET })).toEqual([]);
    // The real keyboard selects everything.
    await page.keyboard.press('ControlOrMeta+A');
    expect(await page.evaluate(readFromPage, { secret: SECRET, selectionOnly: true })).toEqual([]);
    await page.evaluate(() => getSelection()?.removeAllRanges());

    // Nor any other line of the card, beyond what the page shows itself and the catalog's public meaning (the
    // catalog is public: window.find may find its words, not the desk's).
    for (const said of [DESK_NOTE, 'Your desk']) {
      expect(await page.evaluate(readFromPage, { secret: said }), said).toEqual([]);
    }
    const meaning = lookup('dropsuite', 'backups', 'Space Full')?.meaning ?? '';
    expect(meaning).not.toBe('');
    const own = ((await page.locator('body').textContent()) ?? '').replace(/\s+/g, ' ');
    const lines = (shown?.text ?? '')
      .split('\n')
      .map((l) => l.replace(/\s+/g, ' ').trim())
      .filter((l) => l.length > 12 && !own.includes(l) && !meaning.includes(l));
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) {
      expect(await page.evaluate(readFromPage, { secret: line, find: false }), line).toEqual([]);
    }

    // What stays for assistive technology: the meaning, and how to reach the rest.
    const description = await page.locator(SPACE_FULL).getAttribute('aria-description');
    expect(description).toBe(`${meaning} Press Enter for details.`);
    expect(await card.inspect().then((c) => c?.text.includes(SECRET))).toBe(true);
    await stillWorks(page, card, RETRYING, 'Retrying');
    await page.close();
  });

  it('a card the page opened itself by focusing the status is as unreadable', async () => {
    const { page, card } = await open();
    await card.leave();
    await page.locator(SPACE_FULL).evaluate((el) => {
      el.setAttribute('tabindex', '-1');
      (el as HTMLElement).focus();
    });
    await card.waitFor((c) => explains(c, 'Space Full') && c.text.includes(SECRET), 'the card with the note');
    expect(await page.evaluate(readFromPage, { secret: SECRET })).toEqual([]);
    expect(await page.evaluate(readFromPage, { secret: 'Desk only' })).toEqual([]);
    await stillWorks(page, card, RETRYING, 'Retrying');
    await page.close();
  });
});

describe('the card’s buttons answer the user’s hand only', () => {
  const isOptions = (url: string) => url.startsWith(`chrome-extension://${browser.extensionId}/options.html`);
  /** The options pages open, and every address an options page was loaded at since `track` (in order). */
  function track() {
    const loads: string[] = [];
    const navigated = (p: Page) =>
      p.on('framenavigated', (f) => {
        if (f === p.mainFrame() && isOptions(f.url())) loads.push(f.url());
      });
    // A tab the background opens is a new page at its first address; one it reuses navigates.
    const opened = (p: Page) => {
      if (isOptions(p.url())) loads.push(p.url());
      navigated(p);
    };
    for (const p of browser.context.pages()) navigated(p);
    browser.context.on('page', opened);
    return {
      loads,
      open: () => browser.context.pages().filter((p) => isOptions(p.url())),
      stop: () => browser.context.off('page', opened),
    };
  }
  const tabCount = () => browser.worker.evaluate(async () => (await chrome.tabs.query({})).length);
  const closeOptions = () =>
    Promise.all(
      browser.context
        .pages()
        .filter((p) => isOptions(p.url()))
        .map((p) => p.close()),
    );

  it('40 clicks the page fakes on the card open no options tab; the real click then opens one, for its status', async () => {
    await closeOptions();
    const { page, card } = await open();
    await restOn(card, page.locator(SPACE_FULL), 'Space Full');
    await card.click('More');
    const add = centre((await card.button('Add a desk note')).rect);
    const tabs = await tabCount();
    const seen = track();
    expect(await page.evaluate(fakeClicks, add)).toBeGreaterThanOrEqual(40);

    // The real click on another status's card: a form for Space Full, or a second load, would be the fakes'.
    await restOn(card, page.locator(UNKNOWN), 'Synchronizing Archive');
    await card.click('Explain this status for the desk');
    await expect.poll(() => seen.loads.length, { timeout: 10_000 }).toBeGreaterThan(0);
    await seen.open()[0]?.waitForLoadState('load');
    seen.stop();
    expect(seen.loads).toHaveLength(1);
    expect(new URL(seen.loads[0] ?? '').searchParams.get('label')).toBe('Synchronizing Archive');
    expect(await tabCount()).toBe(tabs + 1);
    await closeOptions();
    await page.bringToFront();
    await stillWorks(page, card);
    await page.close();
  });

  it('40 real clicks in quick succession on “Add a desk note” open one options tab', async () => {
    await closeOptions();
    const { page, card } = await open();
    await restOn(card, page.locator(SPACE_FULL), 'Space Full');
    await card.click('More');
    const tabs = await tabCount();
    const seen = track();
    await card.click('Add a desk note');
    for (let i = 1; i < 40; i++) {
      await page.mouse.down();
      await page.mouse.up();
    }
    await expect.poll(() => seen.open().length, { timeout: 10_000 }).toBe(1);
    await seen.open()[0]?.waitForLoadState('load');
    seen.stop();
    expect(seen.open()).toHaveLength(1);
    expect(await tabCount()).toBe(tabs + 1);
    await closeOptions();
    await page.bringToFront();
    await stillWorks(page, card, RETRYING, 'Retrying');
    await page.close();
  });
});

describe('copying', () => {
  it('Copy for ticket by the real click fills the clipboard and no copy event reaches the page', async () => {
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    const { page, card } = await open();
    await page.bringToFront();
    await page.evaluate(() => {
      const w = window as Window & { __copies?: string[] };
      w.__copies = [];
      for (const target of [window, document, document.documentElement]) {
        for (const capture of [true, false]) {
          target.addEventListener('copy', (e) => w.__copies?.push(`${e.type} ${capture}`), { capture });
          target.addEventListener('beforecopy', (e) => w.__copies?.push(`${e.type} ${capture}`), { capture });
        }
      }
      return navigator.clipboard.writeText('(nothing copied yet)');
    });
    const copies = () => page.evaluate(() => (window as Window & { __copies?: string[] }).__copies ?? []);
    const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
    await restOn(card, page.locator(SPACE_FULL), 'Space Full');
    await card.click('Copy for ticket');
    await expect.poll(clipboard, { timeout: 5000 }).toContain('Space Full');
    expect(await copies()).toEqual([]);
    // The page's listeners do hear a copy the user makes of the page's own text.
    await page.locator(RETRYING).selectText();
    await page.keyboard.press('ControlOrMeta+C');
    await expect.poll(copies).toContain('copy true');
    await stillWorks(page, card, RETRYING, 'Retrying');
    await page.close();
  });
});

describe('no trace of the extension’s id or address', () => {
  it('in attributes, styles, style sheets, adopted sheets or performance entries, with cards shown', async () => {
    const needles = [browser.extensionId, 'chrome-extension://', 'moz-extension://'];
    const { page: dropsuite, card } = await open();
    // A card with buttons, opened, expanded and keyboard-entered; the page's Tab stops woken.
    await restOn(card, dropsuite.locator(SPACE_FULL), 'Space Full');
    await card.click('More');
    expect(await dropsuite.evaluate(findExtensionTraces, needles)).toEqual([]);
    await dropsuite.close();

    // A code inside a text, marked: the mark is drawn in the card's closed root, not in the page's sheets.
    const { page: dpod, card: dpodCard } = await open('dpod/executions.html');
    const code = 'EXECUTION_SECURE_BACKUP_UNSUCCESSFUL';
    await dpodCard.leave();
    const marked = await dpodCard.restOn(await codePointIn(dpod.locator('[aria-label="Execution log"]'), code), code);
    expect(marked.marks.length).toBeGreaterThan(0);
    expect(await dpod.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
    expect(await dpod.evaluate(findExtensionTraces, needles)).toEqual([]);
    await dpod.keyboard.press('Tab');
    expect(await dpod.evaluate(findExtensionTraces, needles)).toEqual([]);
    // What the scan reads would show the id were it there: it finds a page's own mention of it.
    await dpod.evaluate(
      (id) => document.body.setAttribute('data-probe', `chrome-extension://${id}/`),
      browser.extensionId,
    );
    expect(await dpod.evaluate(findExtensionTraces, needles)).toContain(`${browser.extensionId} in body[data-probe]`);
    await dpod.close();
  });
});
