/**
 * Launches Debian's Chromium with a built extension loaded, as a person's browser would have it.
 * Shared by the browser tests, the demo and the benchmark.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { askCard, Card, type CardInspection, findTab, TAB_TOKEN } from './card';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const E2E_BUILD = resolve(import.meta.dirname, '../../.output/chrome-mv3-e2e');

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** The welcome page the install opened, where the launch asked to keep it (`welcome: 'keep'`). */
  welcome: Page | null;
  /** Opens an extension page (popup.html, options.html) in a tab. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launchWithExtension(
  options: {
    extensionDir?: string;
    headless?: boolean;
    userDataDir?: string;
    colorScheme?: 'light' | 'dark';
    /**
     * The welcome page a first install opens, in front of every tab: closed once it shows (the default), so a test's
     * page is the one in front (a tab behind gets no animation frames, and the card's hover waits for them); or kept.
     */
    welcome?: 'close' | 'keep';
  } = {},
): Promise<ExtensionBrowser> {
  const dir = options.extensionDir ?? E2E_BUILD;
  const ownProfile = !options.userDataDir;
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'status-lens-profile-'));
  const headless = options.headless ?? true;
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: false, // --headless=new below: the old headless mode cannot load extensions.
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 1280, height: 800 },
    args: [
      ...(headless ? ['--headless=new'] : []),
      '--no-sandbox',
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-gpu',
      '--disable-quic',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  // A fresh profile is a first install: the extension opens its welcome page.
  const welcome = ownProfile ? await welcomePage(context, `chrome-extension://${extensionId}/welcome.html`) : null;
  if (welcome && options.welcome !== 'keep') await welcome.close();
  return {
    context,
    extensionId,
    worker,
    welcome: options.welcome === 'keep' ? welcome : null,
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async close() {
      await context.close();
      if (ownProfile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The welcome page once it shows (within 10 s of the install); null for a build that opens none. */
async function welcomePage(context: BrowserContext, url: string): Promise<Page | null> {
  for (const deadline = Date.now() + 10_000; Date.now() < deadline; ) {
    const page = context.pages().find((p) => p.url() === url);
    if (page) return page;
    await context.waitForEvent('page', { timeout: 250 }).catch(() => undefined);
  }
  return null;
}

const tabIds = new WeakMap<Page, number>();

/** The browser's id of the tab a page is in, told apart by a token in its sessionStorage (no DOM is touched). */
export async function tabIdOf(worker: Worker, page: Page): Promise<number> {
  const known = tabIds.get(page);
  if (known !== undefined) return known;
  const token = randomUUID();
  await page.evaluate(([key, value]) => sessionStorage.setItem(key, value), [TAB_TOKEN, token] as const);
  const id = await worker.evaluate(findTab, { url: page.url(), token, key: TAB_TOKEN });
  if (id === null) throw new Error(`no tab found for ${page.url()}`);
  tabIds.set(page, id);
  return id;
}

/** The card of a page (of its frames too, with `allFrames`), asked through the extension's service worker. */
export function cardOf(page: Page, worker: Worker, options: { allFrames?: boolean } = {}): Card {
  return new Card({
    hand: page,
    inspect: async () => {
      const tabId = await tabIdOf(worker, page);
      return (await worker.evaluate(askCard, { tabId, allFrames: !!options.allFrames })) as CardInspection | null;
    },
    viewport: async () => page.viewportSize() ?? { width: 1280, height: 800 },
  });
}
