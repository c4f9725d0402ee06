/**
 * The overlay on the static console fixtures, as a person meets it: the card a rest of the pointer (or the
 * keyboard) opens, what it says in its section, the keyboard path, the commands, the page's own handlers and
 * nodes left alone, long and live pages, a hostile one. The card is read through the e2e build's inspection
 * (./pages.ts `cardOf`), since it lives in a closed shadow root, and used with the real mouse and keyboard.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CLOSE_DELAY } from '../../entrypoints/content/present/intent';
import { type ExtensionBrowser, launchWithExtension } from '../support/browser';
import { type Card, centre, overlaps, summary } from '../support/card';
import { type FixtureServer, serveFixtures } from '../support/server';
import { cardProblems } from './expectations';
import {
  accessibility,
  cardOf,
  codePointIn,
  MARKED,
  markedCount,
  markedStatuses,
  pointOf,
  restOn,
  settle,
  tabIdOf,
} from './pages';

let browser: ExtensionBrowser;
let server: FixtureServer;
const errors: string[] = [];

beforeAll(async () => {
  server = await serveFixtures();
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface PageReportLike {
  findings: { label: string; count: number }[];
}

interface ChromeLike {
  tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: object): Promise<unknown> };
}

/** What the content script reports of a tab, asked as the popup asks it (through the service worker). */
async function reportOf(page: Page): Promise<PageReportLike> {
  const tabId = await tabIdOf(browser.worker, page);
  return (await browser.worker.evaluate(
    (id) => (globalThis as unknown as { chrome: ChromeLike }).chrome.tabs.sendMessage(id, { type: 'get-page-report' }),
    tabId,
  )) as PageReportLike;
}

async function open(path: string): Promise<{ page: Page; card: Card }> {
  const page = await browser.context.newPage();
  page.on('pageerror', (e) => errors.push(`${e.message}\n${e.stack}`));
  await page.goto(server.url(path));
  await settle(page, browser.worker, !path.startsWith('none/'));
  return { page, card: cardOf(page, browser.worker) };
}

const one = (text: string) => text.replace(/\s+/g, ' ');

describe('Dropsuite, white-labelled, with tabs', () => {
  let page: Page;
  let card: Card;
  beforeAll(async () => {
    ({ page, card } = await open('dropsuite/system-status.html'));
  });
  const panel = (tab: string) => page.getByRole('tabpanel', { name: tab });
  const tab = async (name: string) => {
    await card.leave();
    await page.getByRole('tab', { name }).click();
  };

  it('explains Failed differently under Migrates and Downloads, with the row ID filled in', async () => {
    await tab('Migrates');
    const migrates = await restOn(card, panel('Migrates').getByText('Failed'));
    expect(
      cardProblems(migrates, { product: 'dropsuite', label: 'Failed', section: 'migrates', id: 'MIG-20931' }),
    ).toEqual([]);

    await tab('Downloads');
    const downloads = await restOn(card, panel('Downloads').getByText('Failed'));
    expect(
      cardProblems(downloads, { product: 'dropsuite', label: 'Failed', section: 'downloads', id: 'DL-880' }),
    ).toEqual([]);
    expect(downloads.text).not.toContain('Migrat');
    expect(one(downloads.text)).not.toBe(one(migrates.text).replace('Migrates', 'Downloads'));
  });

  it('tells Retrying in its section: the backup retry facts under Backups only', async () => {
    await tab('Backups');
    const backups = await restOn(card, panel('Backups').getByText('Retrying'));
    expect(one(backups.text)).toContain('ben.ortiz@northwind.example');
    expect(one(backups.text)).toMatch(/backup/i);

    await tab('Migrates');
    const migrates = await restOn(card, panel('Migrates').getByText('Retrying'));
    expect(one(migrates.text)).toContain('Dropsuite › Migrates');
    expect(one(migrates.text)).toMatch(/migration/i);
    expect(one(migrates.text)).not.toMatch(/30 minutes|Force Backup/);
  });

  it('tells the backup retry facts in the first step, and Force Backup under More', async () => {
    await tab('Backups');
    const collapsed = await restOn(card, panel('Backups').getByText('Retrying'));
    expect(one(collapsed.text)).toMatch(/30 minutes/);
    expect(one(collapsed.text)).toMatch(/25/);
    await card.click('More');
    const more = await card.waitFor((c) => c?.buttons.find((b) => b.name === 'More')?.expanded === 'true', 'More open');
    expect(more?.text).toContain('Force Backup');
  });

  it('reads a label split across inline elements as one status', async () => {
    await tab('Backups');
    const shown = await restOn(card, page.locator('.pill', { hasText: 'Authentication Error' }).first());
    expect(
      cardProblems(shown, {
        product: 'dropsuite',
        label: 'Authentication Error',
        section: 'backups',
        id: 'chloe.ng@northwind.example',
      }),
    ).toEqual([]);
  });

  it('opens a card for a status the catalog does not know, saying so', async () => {
    const shown = await restOn(card, page.getByText('Synchronizing Archive'));
    expect(one(shown.text)).toMatch(/not in the .*catalog|does not know|unknown/i);
  });

  it('leaves prose, tabs, headings, buttons and addresses alone', async () => {
    expect(await markedCount(page)).toBeGreaterThan(0);
    const marked = await page.locator(MARKED).evaluateAll((els) => els.map((e) => e.textContent?.trim()));
    expect(marked).not.toContain('Force Backup');
    expect(marked).not.toContain('Backups');
    expect(marked.some((t) => t?.includes('@'))).toBe(false);
    await tab('Backups');
    // A card of a status is open, then the pointer rests on each: a status there would take over; nothing closes it.
    const from = [
      { point: await pointOf(panel('Backups').getByText('Space Full')), label: 'Space Full' },
      { point: await pointOf(panel('Backups').getByText('Completed')), label: 'Completed' },
    ];
    for (const notAStatus of [
      page.getByText('Most jobs completed overnight'),
      page.getByRole('heading', { name: 'System Status' }),
      page.getByRole('button', { name: 'Force Backup' }).first(),
      page.getByRole('tab', { name: 'Backups' }),
      panel('Backups').getByText('ben.ortiz@northwind.example'),
    ]) {
      expect(await card.nothingAt(await pointOf(notAStatus), from), (await notAStatus.textContent()) ?? '').toBeNull();
    }
  });

  it('opens on keyboard focus, describes the status to screen readers, Enter goes in, Escape closes', async () => {
    await tab('Backups');
    const status = panel('Backups').getByText('Space Full');
    await status.focus();
    const shown = await card.waitOpen('Space Full');
    expect(shown.role).toBe('dialog');
    // The catalog's short meaning, as the status's own description.
    const description = (await status.getAttribute('aria-description')) ?? '';
    expect(description).toMatch(/storage/i);
    expect(await status.getAttribute('aria-describedby')).toBeNull();
    // The screen reader's view: a dialog named by the status, found in the closed shadow root.
    expect((await accessibility(page)).dialogs).toContain('Space Full');

    await page.keyboard.press('Enter');
    const inside = await card.waitFor((c) => !!c?.interactive, 'the card to take the keyboard');
    expect(inside?.name).toBe('Space Full');
    // The focus is in the card (an element inside a closed shadow root shows as its host).
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('status-lens-overlay');
    await page.keyboard.press('Escape');
    await card.waitClosed();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Space Full');
    expect(await status.getAttribute('aria-description')).toBeNull();
  });

  it('makes every status reachable with Tab', async () => {
    await page.getByRole('tab', { name: 'Backups' }).focus();
    const reached: string[] = [];
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      reached.push(await page.evaluate(() => document.activeElement?.textContent?.trim() ?? ''));
    }
    expect(reached).toContain('Completed');
    expect(reached).toContain('Retrying');
    expect(reached, reached.join(' / ')).toContain('Preparing Backup');
    await page.keyboard.press('Escape');
  });

  it('stays open while the pointer is in it, and closes soon after it leaves both', async () => {
    await tab('Backups');
    const shown = await restOn(card, panel('Backups').getByText('Retrying'));
    // Into the card by the way a hand goes: from the status straight to the card's middle.
    await card.moveTo(centre(shown.rect), 10);
    await card.waitFor((c) => !!c?.interactive, 'the card to take the pointer');
    // Looked at for twice the close delay while the pointer rests inside: it must be there every time.
    const seen = await card.watch(
      async () => {},
      () => false,
      2 * CLOSE_DELAY,
    );
    expect(seen.filter((c) => c?.name !== 'Retrying').map(summary)).toEqual([]);
    // Out to a spot with nothing: no lingering card.
    const left = Date.now();
    await card.moveTo(await card.restSpot(), 3);
    await card.waitClosed(2000);
    // About the close delay (250 ms), with room for the polling and two busy cores.
    expect(Date.now() - left).toBeLessThan(1000);
  });

  it("lets the page's own click handler on a status run once", async () => {
    await tab('Backups');
    await page.evaluate(() => {
      (window as unknown as { pillClicks: number }).pillClicks = 0;
    });
    await page.getByRole('tabpanel', { name: 'Backups' }).getByText('Completed').click();
    expect(await page.evaluate(() => (window as unknown as { pillClicks: number }).pillClicks)).toBe(1);
  });

  it('keeps a light console light under a dark system theme', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    try {
      await tab('Backups');
      expect((await restOn(card, panel('Backups').getByText('Space Full'))).scheme).toBe('light');
    } finally {
      await page.emulateMedia({ colorScheme: 'light' });
    }
  });
});

describe('Dropsuite, other shapes', () => {
  it('explains Need Reauthentication on the dashboard in its section', async () => {
    const { page, card } = await open('dropsuite/dashboard.html');
    const shown = await restOn(card, page.getByText('Need Reauthentication'));
    expect(cardProblems(shown, { product: 'dropsuite', label: 'Need Reauthentication', section: 'dashboard' })).toEqual(
      [],
    );
    await page.close();
  });

  it('tells the three scenarios of Need Reauthentication under More', async () => {
    const { page, card } = await open('dropsuite/dashboard.html');
    await restOn(card, page.getByText('Need Reauthentication'));
    await card.click('More');
    const more = await card.waitFor((c) => c?.buttons.find((b) => b.name === 'More')?.expanded === 'true', 'More open');
    for (const button of ['Continue', 'Re Authenticate', 'Verify & Continue']) expect(more?.text).toContain(button);
    expect(more?.text).toContain('Account Settings');
    await page.close();
  });

  it('follows a single-page console across routes, in a dark theme', async () => {
    const { page, card } = await open('dropsuite/spa-dark.html');
    expect((await restOn(card, page.getByText('Connection Error'))).text).toContain('Dropsuite › Backups');
    await card.leave();
    await page.getByRole('link', { name: 'Downloads' }).click();
    // The route changes and the page renders its new view: rested on until the card names the new section.
    await expect
      .poll(async () => (await restOn(card, page.getByText('Failed'))).text, { timeout: 5000 })
      .toContain('Dropsuite › Downloads');
    expect((await card.waitOpen('Failed')).scheme).toBe('dark');
    await page.close();
  });
});

describe('DPOD', () => {
  let page: Page;
  let card: Card;
  beforeAll(async () => {
    ({ page, card } = await open('dpod/executions.html'));
  });

  it('explains codes in table cells', async () => {
    const label = 'EXECUTION_PRE_CHECKS_NFS_OUT_OF_SPACE';
    const shown = await restOn(card, page.getByRole('cell', { name: label }));
    expect(cardProblems(shown, { product: 'dpod', label, section: 'executions' })).toEqual([]);
    expect(shown.text).toMatch(/space/i);
  });

  it('explains codes inside sentences of the execution log where the pointer rests, as whole tokens', async () => {
    const log = page.getByRole('region', { name: 'Execution log' });
    const before = await log.innerHTML();
    const at = async (code: string) => {
      await card.leave();
      return card.restOn(await codePointIn(log, code), code);
    };
    expect((await at('EXECUTION_SECURE_BACKUP_UNSUCCESSFUL')).text).toMatch(/secure backup/i);
    expect((await at('EXECUTION_PRE_CHECKS_NFS_OUT_OF_SPACE')).text).toMatch(/space/i);
    expect((await at('SUCCESS')).role).toBe('tooltip');
    // Inside a longer identifier a code is not one.
    const from = [{ point: await codePointIn(log, 'SUCCESS'), label: 'SUCCESS' }];
    for (const notACode of ['SUCCESSFUL_TASKS', 'EXECUTION_ID_4471']) {
      expect(await card.nothingAt(await codePointIn(log, notACode), from), notACode).toBeNull();
    }
    // Nothing of the log was wrapped, marked or changed.
    expect(await log.innerHTML()).toBe(before);
    expect(await markedCount(page)).toBeGreaterThan(0);
    expect(await log.locator(MARKED).count()).toBe(0);
  });

  it('explains a code of a task under way in a one-line card', async () => {
    const shown = await restOn(card, page.getByRole('cell', { name: 'EXECUTION_STARTED' }));
    expect(cardProblems(shown, { product: 'dpod', label: 'EXECUTION_STARTED', section: 'executions' })).toEqual([]);
  });

  it('opens a card for an unknown code of the Status column, saying so', async () => {
    const shown = await restOn(card, page.getByRole('cell', { name: 'EXECUTION_CHECK_CERT_EXPIRY_WARNING' }));
    expect(one(shown.text)).toMatch(/not in the .*catalog|does not know|unknown/i);
  });
});

describe('a console shown in a frame', () => {
  it('is explained inside its frame, and the page around it gets nothing', async () => {
    const page = await browser.context.newPage();
    page.on('pageerror', (e) => errors.push(`${e.message}\n${e.stack}`));
    await page.goto(server.url('frames/console-in-frame.html'));
    const frame = page.frameLocator('iframe');
    await frame.locator('status-lens-overlay[data-console="dpod"]').waitFor({ state: 'attached' });
    const card = cardOf(page, browser.worker, { allFrames: true });
    const cell = frame.getByRole('cell', { name: 'EXECUTION_PRE_CHECKS_NFS_OUT_OF_SPACE' });
    const box = await cell.boundingBox();
    if (!box) throw new Error('no cell box');
    const shown = await card.restOn(centre(box), 'EXECUTION_PRE_CHECKS_NFS_OUT_OF_SPACE');
    expect(shown.text).toContain('DPOD');
    // The portal's own page is no console: no host of ours, even beside a framed one.
    expect(await page.evaluate(() => document.querySelectorAll('status-lens-overlay').length)).toBe(0);
    await page.close();
  });
});

describe('keyboard commands', () => {
  /** A keyboard command as the browser delivers it: the background sends it to the tab's content script. */
  async function command(page: Page, to: 'next-status' | 'previous-status' | 'next-failure'): Promise<boolean> {
    const tabId = await tabIdOf(browser.worker, page);
    return (await browser.worker.evaluate(
      ({ id, name }) =>
        (globalThis as unknown as { chrome: ChromeLike }).chrome.tabs.sendMessage(id, { type: 'navigate', to: name }),
      { id: tabId, name: to },
    )) as boolean;
  }
  /** What the overlay's live region tells a screen reader now (read from the accessibility tree). */
  const announced = async (page: Page) => (await accessibility(page)).live.join(' ');

  it('are declared with default keys', async () => {
    const commands = await browser.worker.evaluate(() =>
      (
        globalThis as unknown as { chrome: { commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> } } }
      ).chrome.commands.getAll(),
    );
    expect(commands.filter((c) => c.name?.includes('-')).map((c) => [c.name, c.shortcut])).toEqual([
      ['next-failure', 'Alt+Shift+E'],
      ['next-status', 'Alt+Shift+Period'],
      ['previous-status', 'Alt+Shift+Comma'],
    ]);
  });

  it('move to the next failure and through codes inside sentences, showing and announcing each', async () => {
    const { page, card } = await open('dpod/executions.html');
    await card.moveTo(await card.restSpot(), 1);
    expect(await command(page, 'next-failure')).toBe(true);
    await card.waitOpen('EXECUTION_SECURE_BACKUP_UNSUCCESSFUL');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('EXECUTION_SECURE_BACKUP_UNSUCCESSFUL');
    await expect.poll(() => announced(page)).toMatch(/EXECUTION_SECURE_BACKUP_UNSUCCESSFUL, 1 of \d+\./);

    // Past the table, into the log: a code inside a sentence is shown where it stands, marked on the page.
    const marks = async () => (await card.inspect())?.marks ?? [];
    for (let i = 0; i < 10 && (await marks()).length === 0; i++) await command(page, 'next-failure');
    await card.waitOpen('EXECUTION_SECURE_BACKUP_UNSUCCESSFUL');
    const [mark] = await marks();
    if (!mark) throw new Error('no code in the log was marked');
    // What stands under the mark's middle is the code, in the log's text.
    const under = await page.evaluate(
      ({ x, y }) => {
        const at = document.caretPositionFromPoint(x, y);
        const text = at?.offsetNode;
        if (!at || !(text instanceof Text)) return null;
        const word = /[A-Z0-9_]+$/.exec(text.data.slice(0, at.offset))?.[0] ?? '';
        const rest = /^[A-Z0-9_]*/.exec(text.data.slice(at.offset))?.[0] ?? '';
        return { word: word + rest, where: text.parentElement?.closest('section')?.className };
      },
      { x: (mark.left + mark.right) / 2, y: (mark.top + mark.bottom) / 2 },
    );
    expect(under).toEqual({ word: 'EXECUTION_SECURE_BACKUP_UNSUCCESSFUL', where: 'log' });
    expect(await page.locator('section.log').innerHTML()).not.toContain('data-status-lens');
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);

    expect(await command(page, 'previous-status')).toBe(true);
    await expect.poll(() => announced(page)).not.toMatch(/^EXECUTION_SECURE_BACKUP_UNSUCCESSFUL, 2 of/);
    await page.close();
  });
});

describe('mxHERO', () => {
  it('explains notification codes, in the list and in a sentence', async () => {
    const { page, card } = await open('mxhero/notifications.html');
    const label = 'web_hook_removed_by_move_conflict';
    const shown = await restOn(card, page.getByText(label));
    expect(cardProblems(shown, { product: 'mxhero', label, section: 'notifications' })).toEqual([]);
    await card.leave();
    const inSentence = await card.restOn(
      await codePointIn(page.locator('main > p'), 'execution_failed'),
      'execution_failed',
    );
    expect(inSentence.text).toContain('mxHERO');
    expect(one((await restOn(card, page.getByText('archive_policy_changed'))).text)).toMatch(
      /not in the .*catalog|does not know|unknown/i,
    );
    await page.close();
  });
});

describe('pages of no vendor', () => {
  it.each(['none/project-tracker.html', 'none/help-article.html', 'none/build-log.html'])(
    '%s gets nothing',
    async (path) => {
      const { page, card } = await open(path);
      expect(await markedCount(page)).toBe(0);
      await card.moveTo(await pointOf(page.getByText(/Failed|Retrying|SUCCESS/).first()));
      // No console: no overlay of ours on the page, and the content script says so when asked.
      expect(await page.locator('status-lens-overlay').count()).toBe(0);
      expect(await reportOf(page)).toEqual({ product: null, findings: [] });
      await page.close();
    },
  );
});

describe('live pages', () => {
  it('keeps up with re-renders and in-place changes, and accumulates nothing', async () => {
    const { page, card } = await open('live/rerender.html');
    const renders = () => page.evaluate(() => (window as unknown as { renders: number }).renders);
    const rendersPast = (count: number) =>
      page.waitForFunction((n) => (window as unknown as { renders: number }).renders >= n, count);
    // The late row is in (the page adds it a second after load).
    await page.locator('#jobs').getByText('MIG-1004').waitFor();
    // Each re-render replaces the rows; the keyboard finds the new ones, so poll.
    await expect.poll(() => markedStatuses(page), { timeout: 5000, interval: 20 }).toHaveLength(6);
    const nodes = () => page.evaluate(() => document.getElementsByTagName('*').length);

    const stable = page.locator('#stable .pill');
    expect((await restOn(card, stable, 'On Queue')).text).toContain('Dropsuite › Migrates');
    const before = await nodes();
    await page.evaluate(() => (window as unknown as { changeInPlace(s: string): void }).changeInPlace('Failed'));
    // The open card follows the text changed under it.
    const changed = await card.waitOpen('Failed');
    expect(changed.text).toContain('Dropsuite › Migrates');
    expect((await restOn(card, stable, 'Failed')).role).toBe('dialog');
    expect(await stable.getAttribute('data-status-lens')).toBe('dropsuite.migrates.failed');

    // Ten more re-renders, each a new body of rows: nothing of ours stays behind.
    await rendersPast((await renders()) + 10);
    await expect.poll(() => markedStatuses(page), { timeout: 5000, interval: 20 }).toHaveLength(6);
    expect(await nodes()).toBe(before);
    await page.close();
  });

  it('opens the card of a status in rows the page replaces every 200 ms, after the one rest', async () => {
    const { page, card } = await open('live/rerender.html');
    const failed = page.locator('#jobs').getByText('Failed', { exact: true });
    // A row replaced between finding it and measuring it has no box: measured again (the next one stands there).
    const box = await vi.waitFor(async () => {
      const measured = await failed.boundingBox();
      if (!measured) throw new Error('no Failed row');
      return measured;
    });
    await card.moveTo({ x: box.x + box.width / 2, y: box.y + box.height / 2 });
    const rested = Date.now();
    // The row is replaced under the resting pointer several times meanwhile: it is still the status rested on.
    await card.waitOpen('Failed', 2000);
    expect(Date.now() - rested).toBeLessThan(1500);
    await page.close();
  });
});

describe('a long DPOD execution log', () => {
  let page: Page;
  let card: Card;
  beforeAll(async () => {
    ({ page, card } = await open('dpod/long-log.html'));
  });
  const total = async () => (await reportOf(page)).findings.reduce((n, f) => n + f.count, 0);

  it('finds every code of 4,000 lines, walked over several tasks, once each', async () => {
    // 4,000 lines with one code each, and a second one on every tenth line.
    await expect.poll(total, { timeout: 5000 }).toBe(4400);
    // Counted, not wrapped: every line is still the one text node the page made.
    const split = await page.evaluate(
      () => [...document.querySelectorAll('[id^="line-"]')].filter((l) => l.childNodes.length !== 1).length,
    );
    expect(split).toBe(0);
  });

  it('leaves the text of every line as it was', async () => {
    const changed = await page.evaluate(() => {
      const codes = [
        'SUCCESS',
        'EXECUTION_STARTED',
        'EXECUTION_SECURE_BACKUP_UNSUCCESSFUL',
        'EXECUTION_QUIESCE_TIMEOUT_OCCURRED',
      ];
      const lines = [...document.querySelectorAll('#log p')];
      return lines.filter((line, i) => {
        const code = i === lines.length - 1 ? 'EXECUTION_PRE_CHECKS_NFS_OUT_OF_SPACE' : codes[i % codes.length];
        const also = i % 10 === 9 ? ' then EXECUTION_STARTED again' : '';
        return (
          line.textContent !==
          `02:${String(i % 60).padStart(2, '0')} idg-${i}: task ended with ${code}${also}, see the device log.`
        );
      }).length;
    });
    expect(changed).toBe(0);
  });

  it('explains the code on the last line', async () => {
    const code = 'EXECUTION_PRE_CHECKS_NFS_OUT_OF_SPACE';
    await card.leave();
    const shown = await card.restOn(await codePointIn(page.locator('#line-3999'), code), code);
    expect(shown.text).toContain('DPOD');
  });

  afterAll(async () => {
    await page.close();
  });
});

describe('a long job table', () => {
  let page: Page;
  let card: Card;
  beforeAll(async () => {
    ({ page, card } = await open('dropsuite/long-jobs.html'));
  });
  const row = (i: number) => page.locator(`#job-${i}`);

  it('explains the last of 1,500 rows as soon as the pointer rests on it', async () => {
    const shown = await restOn(card, row(1499).locator('.badge'));
    expect(
      cardProblems(shown, {
        product: 'dropsuite',
        label: 'Authentication Error',
        section: 'backups',
        id: 'user1499@harbour.example',
      }),
    ).toEqual([]);
  });

  it('lets the keyboard reach the statuses of rows far down, both ways', async () => {
    await card.leave();
    await row(1000).getByRole('button', { name: 'Force Backup' }).focus();
    await page.keyboard.press('Tab');
    await card.waitOpen('Retrying');
    expect(await page.evaluate(() => document.activeElement?.closest('tr')?.id)).toBe('job-1001');

    await row(700).getByRole('button', { name: 'Force Backup' }).focus();
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('tr')?.id)).toBe('job-700');
    await card.waitOpen('Completed');
    await page.keyboard.press('Escape');
  });

  it('leaves the tab order alone for a click, and makes the statuses Tab stops on the first Tab', async () => {
    const fresh = await open('dropsuite/long-jobs.html');
    // A click with the pointer focuses the button, as the page made it: nothing is marked.
    await fresh.page.locator('#job-3').getByRole('button', { name: 'Force Backup' }).click();
    expect(await fresh.page.locator(MARKED).count()).toBe(0);
    // The first Tab lands on the next row's status, made a Tab stop before the browser moved the focus.
    await fresh.page.keyboard.press('Tab');
    expect(await fresh.page.evaluate(() => document.activeElement?.closest('tr')?.id)).toBe('job-4');
    expect(await fresh.page.evaluate(() => document.activeElement?.textContent)).toBe('Space Full');
    expect(await fresh.page.locator(MARKED).count()).toBeGreaterThan(1);
    await fresh.page.close();
  });

  it('counts every row for the popup, and a status changed in place far from view', async () => {
    const report = () => reportOf(page);
    const first = await report();
    const count = (label: string, r: PageReportLike) =>
      r.findings.filter((f) => f.label === label).reduce((n, f) => n + f.count, 0);
    expect(first.findings.reduce((n, f) => n + f.count, 0)).toBe(1500);
    expect(count('Space Full', first)).toBe(299);
    expect(count('Authentication Error', first)).toBe(1);

    await page.evaluate(() => {
      const badge = document.querySelector('#job-1404 .badge');
      if (badge) badge.textContent = 'Connection Error';
    });
    await expect.poll(async () => count('Connection Error', await report()), { timeout: 3000 }).toBe(1);
    expect(count('Space Full', await report())).toBe(298);
    expect((await restOn(card, row(1404).locator('.badge'))).name).toBe('Connection Error');
  });

  it('counts rows added one by one in one burst once each, and explains the newest', async () => {
    const total = async () => (await reportOf(page)).findings.reduce((n, f) => n + f.count, 0);
    await page.evaluate(() => {
      const body = document.querySelector('#jobs tbody');
      for (let i = 0; i < 40; i++) {
        const row = document.createElement('tr');
        row.id = `late-${i}`;
        row.innerHTML = `<td>late${i}@harbour.example</td><td>2026-11-23 04:00</td><td><span class="badge">Space Full</span></td><td><button>Force Backup</button></td>`;
        body?.append(row);
      }
    });
    await expect.poll(total, { timeout: 3000 }).toBe(1540);
    const shown = await restOn(card, page.locator('#late-39 .badge'));
    expect(
      cardProblems(shown, {
        product: 'dropsuite',
        label: 'Space Full',
        section: 'backups',
        id: 'late39@harbour.example',
      }),
    ).toEqual([]);
  });

  afterAll(async () => {
    await page.close();
  });
});

describe('a hostile page', () => {
  it('still shows the card whole and on top, under a strict CSP', async () => {
    const { page, card } = await open('hostile/hostile.html?csp=strict');
    const viewport = { width: 1280, height: 800 };
    const shown = await restOn(card, page.getByText('Space Full'));
    expect(shown.text).toContain('Dropsuite');
    const within = (r: { x: number; y: number; width: number; height: number }) =>
      r.x >= 0 && r.y >= 0 && r.x + r.width <= viewport.width && r.y + r.height <= viewport.height;
    expect(within(shown.rect), JSON.stringify(shown.rect)).toBe(true);
    expect(shown.rect.height).toBeGreaterThan(40);
    // Once the pointer is in the card, the card is what is under it: above the bars at the maximum z-index.
    await card.moveTo(centre(shown.rect), 10);
    await card.waitFor((c) => !!c?.interactive, 'the card to take the pointer');
    const onTop = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.localName, centre(shown.rect));
    expect(onTop).toBe('status-lens-overlay');

    const status = page.getByText('Connection Error');
    const corner = await restOn(card, status);
    expect(within(corner.rect), JSON.stringify(corner.rect)).toBe(true);
    const box = await status.boundingBox();
    expect(box && overlaps(corner.rect, box), 'the card leaves its status uncovered').toBe(false);

    await card.leave();
    await page.getByText('Space Full').click();
    expect(await page.evaluate(() => (window as unknown as { pillClicks: number }).pillClicks)).toBe(1);
    await page.close();
  });
});

it('no page error was caused by the overlay', () => {
  expect(errors.filter((e) => !/appendChild is broken|no shadow roots|throws every/.test(e))).toEqual([]);
});
