/**
 * The popup of the built extension, opened as a tab: search as you type, keyboard use, console
 * filters, the explanation with its ticket copy, the "This page" view of a fixture console, axe in
 * both schemes, and 200% zoom.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeCheck, formatViolations } from '../support/axe';
import { cardOf, type ExtensionBrowser, launchWithExtension } from '../support/browser';
import { type FixtureServer, serveFixtures } from '../support/server';
import { settle } from './pages';

let browser: ExtensionBrowser;
let server: FixtureServer;
beforeAll(async () => {
  browser = await launchWithExtension();
  server = await serveFixtures();
});
afterAll(async () => {
  await server?.close();
  await browser?.close();
});

interface Tab {
  id?: number;
  url?: string;
}

/** The id of the tab showing a URL, asked of the extension's service worker. */
async function tabIdOf(url: string): Promise<number> {
  const tabs = (await browser.worker.evaluate(() =>
    // The worker's global `chrome`; the test's TypeScript does not know the extension APIs.
    (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Tab[]> } } }).chrome.tabs.query({}),
  )) as Tab[];
  const tab = tabs.find((t) => t.url === url);
  if (tab?.id === undefined) throw new Error(`no tab for ${url}`);
  return tab.id;
}

async function openPopup(
  query = '',
  options: { colorScheme?: 'light' | 'dark'; width?: number; height?: number } = {},
): Promise<Page> {
  const page = await browser.context.newPage();
  await page.emulateMedia({ colorScheme: options.colorScheme ?? 'light' });
  await page.setViewportSize({ width: options.width ?? 400, height: options.height ?? 600 });
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html${query}`);
  await page.getByRole('combobox').waitFor();
  return page;
}

const box = (page: Page) => page.getByRole('combobox', { name: 'Search statuses and codes' });
const options = (page: Page): Locator => page.getByRole('listbox').getByRole('option');
const optionTexts = (page: Page) => options(page).allTextContents();

/** Opens a fixture console and the popup about its tab, once the content script has read the page. */
async function popupForConsole(path: string, colorScheme: 'light' | 'dark' = 'light') {
  const consolePage = await browser.context.newPage();
  const url = server.url(path);
  await consolePage.goto(url);
  // The content script has read its settings and judged the page (a console's name, for a console).
  await settle(consolePage, browser.worker, !path.startsWith('none/'));
  const popup = await openPopup(`?tab=${await tabIdOf(url)}`, { colorScheme });
  return { consolePage, popup };
}

describe('search', () => {
  it('opens with the focus in the search box, a combobox driving a listbox', async () => {
    const page = await openPopup();
    try {
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
      expect(await box(page).getAttribute('aria-controls')).toBe(await page.getByRole('listbox').getAttribute('id'));
      // No console on this tab: no "This page", examples to start from.
      expect(await page.getByText('This page').count()).toBe(0);
      expect(await page.getByRole('button', { name: 'wrong password' }).isVisible()).toBe(true);
    } finally {
      await page.close();
    }
  });

  it.each([
    ['Web_Hook_Moved', 'web_hook_moved', 'mxHERO › Notifications', 'Info'],
    ['EXECUTION_PRE_CHECKS_NFS_OUT_OF_SPACE', 'EXECUTION_PRE_CHECKS_NFS_OUT_OF_SPACE', 'DPOD', 'Error'],
    ['wrong password', 'Authentication Error', 'Dropsuite › Backups', 'Error'],
    ['unquiesse', 'EXECUTION_UNQUIESCE', 'DPOD › Backup task executions', ''],
  ])('shows results as you type: %s', async (query, label, place, severity) => {
    const page = await openPopup();
    try {
      await box(page).pressSequentially(query, { delay: 10 });
      await expect.poll(() => options(page).count()).toBeGreaterThan(0);
      const first = options(page).first();
      const text = (await first.textContent()) ?? '';
      expect(text).toContain(label);
      expect(text).toContain(place);
      expect(text).toContain(severity);
      expect(await box(page).getAttribute('aria-expanded')).toBe('true');
      // Best first, and marked as the active option for Enter.
      expect(await first.getAttribute('aria-selected')).toBe('true');
      expect(await box(page).getAttribute('aria-activedescendant')).toBe(await first.getAttribute('id'));
    } finally {
      await page.close();
    }
  });

  it('says so when nothing matches', async () => {
    const page = await openPopup();
    try {
      await box(page).fill('zzqx');
      await expect.poll(() => page.getByText('No status matches').count()).toBe(1);
      expect(await options(page).count()).toBe(0);
      expect(await page.getByRole('status').filter({ hasText: 'No matching status.' }).count()).toBe(1);
    } finally {
      await page.close();
    }
  });

  it('narrows results per console', async () => {
    const page = await openPopup();
    try {
      await box(page).fill('connection error');
      await expect.poll(() => optionTexts(page).then((t) => t.some((s) => s.includes('Dropsuite')))).toBe(true);
      const mx = page.getByRole('button', { name: 'mxHERO' });
      await mx.click();
      expect(await mx.getAttribute('aria-pressed')).toBe('true');
      await expect
        .poll(
          async () => (await optionTexts(page)).every((t) => t.includes('mxHERO')) && (await options(page).count()) > 0,
        )
        .toBe(true);
      await page.getByRole('button', { name: 'All' }).click();
      await expect.poll(() => optionTexts(page).then((t) => t.some((s) => s.includes('Dropsuite')))).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('moves with the arrow keys, opens with Enter, goes back and then closes with Escape', async () => {
    const page = await openPopup();
    try {
      await box(page).pressSequentially('conection eror', { delay: 10 });
      await expect.poll(() => options(page).count()).toBeGreaterThan(2);
      const second = options(page).nth(1);
      await page.keyboard.press('ArrowDown');
      expect(await box(page).getAttribute('aria-activedescendant')).toBe(await second.getAttribute('id'));
      expect(await second.getAttribute('aria-selected')).toBe('true');
      const chosen = (await second.textContent()) ?? '';
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');

      const heading = page.getByRole('heading', { level: 2 });
      await heading.waitFor();
      expect(chosen).toContain(await heading.textContent());
      expect(await page.evaluate(() => document.activeElement?.classList.contains('sl-x-title'))).toBe(true);
      // The full card: its meaning, and where the status shows (the popup is away from the page).
      expect(await page.locator('.sl-c-meaning').first().isVisible()).toBe(true);

      await page.keyboard.press('Escape'); // back to the list
      await expect.poll(() => options(page).count()).toBeGreaterThan(2);
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
      expect(await box(page).inputValue()).toBe('conection eror');

      await page.keyboard.press('Escape'); // clears the query
      expect(await box(page).inputValue()).toBe('');
      const closed = page.waitForEvent('close', { timeout: 5000 });
      // Closes the popup: the page may go before the key is released, failing the press itself.
      await page.keyboard.press('Escape').catch(() => {});
      await closed;
      expect(page.isClosed()).toBe(true);
    } finally {
      if (!page.isClosed()) await page.close();
    }
  });

  it('shows the same explanation as the card, with the copy for a ticket', async () => {
    const page = await openPopup();
    try {
      await box(page).fill('Need Reauthentication');
      await options(page).first().click();
      const root = page.locator('.sl-explanation');
      await root.waitFor();
      expect(await root.getAttribute('data-entry-id')).toBe('dropsuite.dashboard.need-reauthentication');
      expect(await root.locator('.sl-x-scenario').count()).toBe(3);
      expect(await page.getByRole('list', { name: 'Menu path' }).first().textContent()).toContain('Account Settings');
      // Record what is written to the clipboard (reading it back needs a permission a test cannot grant
      // to an extension origin); when writeText is refused the component falls back to execCommand.
      await page.evaluate(() => {
        const clip = navigator.clipboard;
        const write = clip.writeText.bind(clip);
        clip.writeText = (text: string) => {
          document.body.dataset.copied = text;
          return write(text);
        };
      });
      const copy = page.getByRole('button', { name: 'Copy for ticket' });
      await copy.click();
      await expect.poll(() => root.locator('.sl-x-copy').textContent()).toMatch(/^Copied/);
      expect(await root.locator('[aria-live="polite"]').textContent()).toMatch(/Copied/);
      const copied = await page.evaluate(() => document.body.dataset.copied ?? '');
      expect(copied).toContain('Status: Need Reauthentication');
      expect(copied).toContain('Console: Dropsuite › Backup dashboard');
      await page.getByRole('button', { name: 'Back' }).click();
      await expect.poll(() => options(page).count()).toBeGreaterThan(0);
    } finally {
      await page.close();
    }
  });

  it('ignores a ?tab= that is not a positive integer', async () => {
    for (const bad of ['abc', '0', '-4', '1e3', '99999999999999999999']) {
      const page = await openPopup(`?tab=${bad}`);
      try {
        await page.getByRole('button', { name: 'wrong password' }).waitFor();
        expect(await page.getByText('This page').count(), bad).toBe(0);
      } finally {
        await page.close();
      }
    }
  });
});

describe('this page', () => {
  it('lists the rows behind a status with their IDs, shows one on the page, and copies the page’s errors', async () => {
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const { consolePage, popup } = await popupForConsole('dropsuite/system-status.html');
    try {
      await popup.getByRole('heading', { name: /This page/ }).waitFor();
      await options(popup).filter({ hasText: 'Dropsuite › Downloads' }).filter({ hasText: 'Failed' }).click();
      const rows = popup.getByRole('region', { name: /On this page/ });
      await rows.waitFor();
      expect(await rows.textContent()).toContain('DL-880');
      expect(await rows.textContent()).toContain('Requested by: chloe.ng@northwind.example');

      // Show on the page: the content script opens the card of that very row.
      await rows.getByRole('button', { name: /Show DL-880 on the page/ }).click();
      const card = cardOf(consolePage, browser.worker);
      const shown = await card.waitOpen('Failed');
      expect(shown.text).toContain('DL-880');
      expect(shown.text).toContain('Dropsuite › Downloads');

      await popup.keyboard.press('Escape');
      await popup.getByRole('button', { name: 'Copy all errors for a ticket' }).click();
      await popup.getByText('Copied the page’s errors for a ticket.').waitFor();
      const pasted = await popup.evaluate(() => navigator.clipboard.readText());
      expect(pasted).toMatch(/^Errors on 127\.0\.0\.1:\d+ \(Dropsuite\): \d+ statuses/);
      expect(pasted).toContain('Download ID: DL-880');
      expect(pasted).toContain('Console: Dropsuite › Backups');
    } finally {
      await popup.close();
      await consolePage.close();
    }
  });

  it('lists the statuses of a recognised console by severity, unknown labels too', async () => {
    const { consolePage, popup } = await popupForConsole('dropsuite/system-status.html');
    try {
      await popup.getByRole('heading', { name: /This page/ }).waitFor();
      expect(await popup.getByRole('heading', { name: /This page/ }).textContent()).toContain('Dropsuite');
      const summary = (await popup.locator('.page-summary').textContent()) ?? '';
      expect(summary).toMatch(/^\d+ errors?, \d+ warnings?/);
      expect(summary).toContain('1 unknown');
      const groups = await popup
        .getByRole('listbox')
        .getByRole('group')
        .evaluateAll((gs) =>
          gs.map((g) => document.getElementById(g.getAttribute('aria-labelledby') ?? '')?.textContent ?? ''),
        );
      expect(groups[0]).toMatch(/^Errors \d+$/);
      expect(groups.at(-1)).toBe('Not in the catalog 1');
      const texts = await optionTexts(popup);
      expect(texts.some((t) => t.includes('Failed') && t.includes('Dropsuite › Migrates'))).toBe(true);
      expect(texts.some((t) => t.includes('Synchronizing Archive') && t.includes('Unknown'))).toBe(true);
      // The focus is still in the search box, and the arrows walk the page's statuses.
      await popup.keyboard.press('ArrowDown');
      expect(await options(popup).first().getAttribute('aria-selected')).toBe('true');

      await options(popup).filter({ hasText: 'Dropsuite › Migrates' }).filter({ hasText: 'Failed' }).click();
      const root = popup.locator('.sl-explanation');
      await root.waitFor();
      expect(await root.getAttribute('data-entry-id')).toBe('dropsuite.migrates.failed');
      expect(await root.locator('.sl-x-place').textContent()).toBe('Dropsuite › Migrates');
      expect(await root.locator('.sl-x-support').textContent()).toContain('Migration ID');
      expect(await popup.getByRole('button', { name: 'Show on the page' }).isVisible()).toBe(true);

      await popup.keyboard.press('Escape');
      await options(popup).filter({ hasText: 'Synchronizing Archive' }).click();
      await popup.getByRole('heading', { name: 'Synchronizing Archive' }).waitFor();
      expect(await popup.getByText('does not know this status yet').isVisible()).toBe(true);
    } finally {
      await popup.close();
      await consolePage.close();
    }
  });

  it('shows a DPOD execution list and an mxHERO notification list', async () => {
    for (const [path, name, text] of [
      ['dpod/executions.html', 'DPOD', 'Backup task executions'],
      ['mxhero/notifications.html', 'mxHERO', 'Notifications'],
    ] as const) {
      const { consolePage, popup } = await popupForConsole(path);
      try {
        await popup.getByRole('heading', { name: /This page/ }).waitFor();
        expect(await popup.getByRole('heading', { name: /This page/ }).textContent(), path).toContain(name);
        expect(
          (await optionTexts(popup)).some((t) => t.includes(text)),
          path,
        ).toBe(true);
      } finally {
        await popup.close();
        await consolePage.close();
      }
    }
  });

  it('offers search only on a page that is no console', async () => {
    const { consolePage, popup } = await popupForConsole('none/help-article.html');
    try {
      await popup.getByRole('button', { name: 'wrong password' }).waitFor();
      expect(await popup.getByText('This page').count()).toBe(0);
    } finally {
      await popup.close();
      await consolePage.close();
    }
  });
});

describe('search knows where you are', () => {
  it('ranks the tab’s console first with a chip that can be removed, or the console the query names', async () => {
    const { consolePage, popup } = await popupForConsole('dropsuite/system-status.html');
    try {
      const chip = popup.getByText('Dropsuite first');
      await chip.waitFor();
      await box(popup).pressSequentially('failed', { delay: 10 });
      await expect.poll(() => options(popup).count()).toBeGreaterThan(8);
      const firstEight = async () => (await optionTexts(popup)).slice(0, 8);
      expect((await firstEight()).every((t) => t.includes('Dropsuite ›'))).toBe(true);
      // Three results named "Failed", told apart by their section and a line of meaning each.
      const failed = options(popup).filter({ has: popup.locator('.opt-label', { hasText: /^Failed$/ }) });
      const places = await failed.locator('.opt-place').allTextContents();
      expect(places.length).toBeGreaterThanOrEqual(3);
      expect(new Set(places).size).toBe(places.length);
      const meanings = await failed.locator('.opt-meaning').allTextContents();
      expect(new Set(meanings).size).toBe(meanings.length);
      // One line: the meaning does not wrap.
      const lineHeights = await failed
        .locator('.opt-meaning')
        .evaluateAll((els) =>
          els.map((e) => e.getBoundingClientRect().height / Number.parseFloat(getComputedStyle(e).lineHeight)),
        );
      for (const lines of lineHeights) expect(Math.round(lines)).toBe(1);
      await popup.screenshot({ path: join(tmpdir(), 'status-lens-popup-search.png') });

      // The chip removed: the other consoles' statuses rank by the words alone again.
      await popup.getByRole('button', { name: 'Stop ranking Dropsuite first' }).click();
      await expect.poll(() => chip.count()).toBe(0);
      await expect.poll(async () => (await firstEight()).some((t) => !t.includes('Dropsuite ›'))).toBe(true);

      // A console named in the query ranks it first, whatever the tab.
      await box(popup).fill('datapower failed');
      await popup.getByText('DPOD first').waitFor();
      await expect.poll(async () => (await optionTexts(popup)).slice(0, 5).every((t) => t.includes('DPOD'))).toBe(true);
    } finally {
      await popup.close();
      await consolePage.close();
    }
  });
});

describe('quality', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`has no serious or critical axe violation in results, detail and This page (${scheme})`, async () => {
      const { consolePage, popup } = await popupForConsole('dropsuite/system-status.html', scheme);
      try {
        await popup.getByRole('heading', { name: /This page/ }).waitFor();
        const views: Array<[string, () => Promise<void>]> = [
          ['this page', async () => {}],
          [
            'results',
            async () => {
              await box(popup).fill('error');
              await options(popup).first().waitFor();
            },
          ],
          [
            'detail',
            async () => {
              await box(popup).fill('storage_credential_no_access');
              await popup.keyboard.press('Enter');
              await popup.locator('.sl-explanation').waitFor();
            },
          ],
          [
            'unknown',
            async () => {
              await box(popup).fill('');
              await options(popup).filter({ hasText: 'Synchronizing Archive' }).click();
              await popup.getByRole('heading', { name: 'Synchronizing Archive' }).waitFor();
            },
          ],
        ];
        for (const [view, show] of views) {
          await show();
          const { violations, passes } = await axeCheck(popup);
          expect(passes, view).toBeGreaterThan(0);
          expect(violations, `${view}: ${formatViolations(violations)}`).toEqual([]);
        }
      } finally {
        await popup.close();
        await consolePage.close();
      }
    });
  }

  it('stays usable at 200% zoom: no sideways scrolling, results and detail readable', async () => {
    const page = await openPopup('', { width: 800, height: 1200 });
    try {
      await page.evaluate(() => {
        document.body.style.zoom = '2';
      });
      await box(page).fill('EXECUTION_CHECK_MANIFEST_ANOTHER_SECURE_BACKUP_IS_RUNNING_CHECK_DEVICE');
      await options(page).first().waitFor();
      const overflow = () =>
        page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(await overflow()).toBeLessThanOrEqual(0);
      const badge = await options(page).first().locator('.badge').boundingBox();
      expect(badge && badge.x + badge.width).toBeLessThanOrEqual(800);
      await page.keyboard.press('Enter');
      await page.locator('.sl-explanation').waitFor();
      expect(await overflow()).toBeLessThanOrEqual(0);
      const copy = await page.getByRole('button', { name: 'Copy for ticket' }).boundingBox();
      expect(copy && copy.x + copy.width).toBeLessThanOrEqual(800);
    } finally {
      await page.close();
    }
  });
});
