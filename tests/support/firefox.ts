/**
 * Launches Debian's Firefox ESR with the Firefox e2e build installed as a temporary add-on, driven by
 * puppeteer-core over WebDriver BiDi (Playwright's own Firefox cannot be downloaded here).
 * Shared by the Firefox browser tests and the demo.
 */
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { askCard, Card, type CardInspection, findTab, type Point, TAB_TOKEN } from './card';

export const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
export const FIREFOX_E2E_BUILD = resolve(import.meta.dirname, '../../.output/firefox-mv3-e2e');
/** The add-on id of wxt.config.ts's browser_specific_settings. */
export const ADDON_ID = 'status-lens@example.org';
/** A fixed moz-extension:// host, so the tests know the extension pages' address before install. */
export const EXTENSION_UUID = '5a7e1e25-0c1d-4e6b-9a55-5747a7c1e4e5';

export interface FirefoxExtension {
  browser: Browser;
  /** moz-extension://UUID */
  origin: string;
  /** A new tab at `url`, once its load event has fired. */
  open(url: string): Promise<Page>;
  /** An extension page (popup.html, options.html) in a new tab, once loaded. */
  openExtensionPage(path: string): Promise<Page>;
  /** Runs `fn` in an extension page, where `browser.*` is the WebExtension API. */
  inExtension<T, A extends unknown[]>(fn: (...args: A) => T | Promise<T>, ...args: A): Promise<T>;
  close(): Promise<void>;
}

/** The BiDi session under puppeteer's Browser (public on its BiDi implementation, not in its types). */
interface BidiConnection {
  send(method: string, params: object): Promise<unknown>;
}

/** The BiDi browsing context id of a page (its main frame's). */
function contextOf(page: Page): string {
  return (page.mainFrame() as unknown as { _id: string })._id;
}

export async function launchFirefoxWithExtension(
  options: { extensionDir?: string; headless?: boolean; colorScheme?: 'light' | 'dark' } = {},
): Promise<FirefoxExtension> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: options.headless ?? true,
    defaultViewport: { width: 1280, height: 800 },
    // Lets a tab show moz-extension:// pages to the remote agent.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: EXTENSION_UUID }),
      // permissions.request for an optional host resolves without the doorhanger nobody can click here.
      'extensions.webextOptionalPermissionPrompts': false,
      // prefers-color-scheme of pages: 0 dark, 1 light.
      'layout.css.prefers-color-scheme.content-override': options.colorScheme === 'dark' ? 0 : 1,
    },
  });
  try {
    await browser.installExtension(options.extensionDir ?? FIREFOX_E2E_BUILD);
  } catch (error) {
    await browser.close();
    throw error;
  }
  const origin = `moz-extension://${EXTENSION_UUID}`;
  const connection = (browser as unknown as { connection: BidiConnection }).connection;

  const openExtensionPage = async (path: string): Promise<Page> => {
    const page = await browser.newPage();
    // page.goto never sees an extension page's load event; BiDi's own navigate does.
    await connection.send('browsingContext.navigate', {
      context: contextOf(page),
      url: `${origin}/${path.replace(/^\//, '')}`,
      wait: 'complete',
    });
    await page.waitForFunction(() => document.readyState === 'complete' && !!document.body?.firstElementChild);
    return page;
  };

  let control: Page | undefined;
  return {
    browser,
    origin,
    async open(url) {
      const page = await browser.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    openExtensionPage,
    async inExtension(fn, ...args) {
      if (!control || control.isClosed()) control = await openExtensionPage('popup.html');
      // Arguments and results cross as JSON-like values; puppeteer's handle-unwrapping types add nothing here.
      const run = fn as unknown as (...a: unknown[]) => Promise<unknown>;
      try {
        return (await control.evaluate(run, ...args)) as Awaited<ReturnType<typeof fn>>;
      } catch (error) {
        // A reload of the add-on takes its pages with it, while the tab's handle still looks open.
        if (!/no such frame|context|detached/i.test(String(error))) throw error;
        control = await openExtensionPage('popup.html');
        return (await control.evaluate(run, ...args)) as Awaited<ReturnType<typeof fn>>;
      }
    },
    close: () => browser.close(),
  };
}

const tabIds = new WeakMap<Page, number>();

/** The add-on's id of the tab a page is in, told apart by a token in its sessionStorage (no DOM is touched). */
export async function tabIdOf(firefox: FirefoxExtension, page: Page): Promise<number> {
  const known = tabIds.get(page);
  if (known !== undefined) return known;
  const token = randomUUID();
  await page.evaluate((key, value) => sessionStorage.setItem(key, value), TAB_TOKEN, token);
  const id = await firefox.inExtension(findTab, { url: page.url(), token, key: TAB_TOKEN });
  if (id === null) throw new Error(`no tab found for ${page.url()}`);
  tabIds.set(page, id);
  return id;
}

/** The card of a page, asked from an extension page of the add-on. */
export function cardOf(firefox: FirefoxExtension, page: Page): Card {
  return new Card({
    hand: page,
    inspect: async () => {
      const tabId = await tabIdOf(firefox, page);
      return (await firefox.inExtension(askCard, { tabId, allFrames: false })) as CardInspection | null;
    },
    // A window the page opened has no viewport of puppeteer's: its own size.
    viewport: async () => page.viewport() ?? page.evaluate(() => ({ width: innerWidth, height: innerHeight })),
  });
}

/** The innermost element inside `scope` (CSS) whose text holds `text`. */
export async function find(page: Page, scope: string, text: string): Promise<ElementHandle<Element>> {
  const handle = await page.waitForSelector(`${scope} ::-p-text(${JSON.stringify(text)})`);
  if (!handle) throw new Error(`no "${text}" in ${scope}`);
  return handle;
}

/** Where a person points at an element's text: the centre of its first line box, scrolled into view. */
export async function pointOf(element: ElementHandle<Element>): Promise<Point> {
  return element.evaluate((el) => {
    el.scrollIntoView({ block: 'nearest' });
    const range = document.createRange();
    range.selectNodeContents(el);
    const r = [...range.getClientRects()].find((x) => x.width > 0 && x.height > 0) ?? el.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
}

/** Rests the pointer on a status (whatever card was open closed first) and returns its card. */
export async function restOn(card: Card, status: ElementHandle<Element>, label: string): Promise<CardInspection> {
  await card.leave();
  return card.restOn(await pointOf(status), label);
}
