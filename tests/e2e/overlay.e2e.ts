import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HIDE_DELAY } from '../../entrypoints/content/present/pointer';
import { type ExtensionBrowser, launchWithExtension } from '../support/browser';
import { type FixtureServer, serveFixtures } from '../support/server';
import { hoverCode, hoverText, MARKED, markedCount, markedStatuses, pointerHandled, settle, tooltip } from './pages';

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

/** What the content script reports of a tab, asked as the popup asks it (through the service worker). */
async function reportOf(page: Page): Promise<PageReportLike> {
  const url = page.url();
  return (await browser.worker.evaluate(async (target) => {
    // The worker's global `chrome`; the test's TypeScript does not know the extension APIs.
    const chrome = (globalThis as unknown as { chrome: ChromeLike }).chrome;
    const [tab] = await chrome.tabs.query({ url: target });
    return chrome.tabs.sendMessage(tab?.id ?? -1, { type: 'get-page-report' });
  }, url)) as PageReportLike;
}

interface ChromeLike {
  tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: object): Promise<unknown> };
}

async function open(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  page.on('pageerror', (e) => errors.push(`${e.message}\n${e.stack}`));
  await page.goto(server.url(path));
  await settle(page, browser.worker, !path.startsWith('none/'));
  return page;
}

describe('Dropsuite, white-labelled, with tabs', () => {
  let page: Page;
  beforeAll(async () => {
    page = await open('dropsuite/system-status.html');
  });

  it('explains Failed differently under Migrates and Downloads, with the row ID filled in', async () => {
    await page.getByRole('tab', { name: 'Migrates' }).click();
    const migrates = await hoverText(page, page.getByRole('tabpanel', { name: 'Migrates' }).getByText('Failed'));
    expect(migrates).toContain('Dropsuite › Migrates');
    expect(migrates).toContain('Migration ID: MIG-20931');

    await page.getByRole('tab', { name: 'Downloads' }).click();
    const downloads = await hoverText(page, page.getByRole('tabpanel', { name: 'Downloads' }).getByText('Failed'));
    expect(downloads).toContain('Dropsuite › Downloads');
    expect(downloads).toContain('Download ID: DL-880');
    expect(downloads).not.toContain('Migrat');
  });

  it('tells the backup retry facts under Backups only', async () => {
    await page.getByRole('tab', { name: 'Backups' }).click();
    const backups = await hoverText(page, page.getByRole('tabpanel', { name: 'Backups' }).getByText('Retrying'));
    expect(backups).toMatch(/30 minutes/);
    expect(backups).toMatch(/25/);
    expect(backups).toContain('Force Backup');
    expect(backups).toContain('ben.ortiz@northwind.example');

    await page.getByRole('tab', { name: 'Migrates' }).click();
    const migrates = await hoverText(page, page.getByRole('tabpanel', { name: 'Migrates' }).getByText('Retrying'));
    expect(migrates).toContain('Dropsuite › Migrates');
    expect(migrates).not.toMatch(/30 minutes|Force Backup/);
  });

  it('reads a label split across inline elements as one status', async () => {
    await page.getByRole('tab', { name: 'Backups' }).click();
    const text = await hoverText(page, page.locator('.pill', { hasText: 'Authentication Error' }).first());
    expect(text).toContain('Authentication Error');
    expect(text).toContain('End-User Portal');
    expect(text).toContain('chloe.ng@northwind.example');
  });

  it('lists a status the catalog does not know as unknown', async () => {
    const text = await hoverText(page, page.getByText('Synchronizing Archive'));
    expect(text).toMatch(/does not know/);
  });

  it('leaves prose, tabs, headings, buttons and addresses alone', async () => {
    expect(await markedCount(page)).toBeGreaterThan(0);
    const marked = await page.locator(MARKED).evaluateAll((els) => els.map((e) => e.textContent?.trim()));
    expect(marked).not.toContain('Force Backup');
    expect(marked).not.toContain('Backups');
    expect(marked.some((t) => t?.includes('@'))).toBe(false);
    await page.mouse.move(0, 799);
    await page.keyboard.press('Escape');
    await tooltip(page).waitFor({ state: 'hidden' });
    for (const notAStatus of [
      page.getByText('Most jobs completed overnight'),
      page.getByRole('heading', { name: 'System Status' }),
      page.getByRole('button', { name: 'Force Backup' }).first(),
    ]) {
      await notAStatus.hover();
      await pointerHandled(page);
      expect(await tooltip(page).isVisible()).toBe(false);
    }
  });

  it('opens on keyboard focus, describes the label to screen readers, hides on Escape', async () => {
    await page.getByRole('tab', { name: 'Backups' }).click();
    const status = page.getByRole('tabpanel', { name: 'Backups' }).getByText('Space Full');
    await status.focus();
    await tooltip(page).waitFor({ state: 'visible' });
    const description = await status.evaluate((el) =>
      (el.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' '),
    );
    expect(description).toContain('Space Full');
    expect(description.length).toBeGreaterThan(80);
    await page.keyboard.press('Escape');
    await tooltip(page).waitFor({ state: 'hidden' });
    expect(await status.getAttribute('aria-describedby')).toBeNull();
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
  });

  it('stays open while the pointer moves into it, and closes when it leaves both', async () => {
    await page.getByRole('tab', { name: 'Backups' }).click();
    await hoverText(page, page.getByRole('tabpanel', { name: 'Backups' }).getByText('Completed'));
    const box = await tooltip(page).boundingBox();
    if (!box) throw new Error('no tooltip box');
    await page.mouse.move(box.x + box.width / 2, box.y + 10, { steps: 5 });
    // That it did not close is seen only once the grace time for moving into it has passed, twice over.
    await page.waitForTimeout(2 * HIDE_DELAY);
    expect(await tooltip(page).isVisible()).toBe(true);
    await page.mouse.move(5, 790, { steps: 3 });
    await tooltip(page).waitFor({ state: 'hidden' });
  });

  it("lets the page's own click handler on a status run once", async () => {
    await page.evaluate(() => {
      (window as unknown as { pillClicks: number }).pillClicks = 0;
    });
    await page.getByRole('tabpanel', { name: 'Backups' }).getByText('Completed').click();
    expect(await page.evaluate(() => (window as unknown as { pillClicks: number }).pillClicks)).toBe(1);
  });
});

describe('Dropsuite, other shapes', () => {
  it('explains Need Reauthentication on the dashboard with its three scenarios', async () => {
    const page = await open('dropsuite/dashboard.html');
    const text = await hoverText(page, page.getByText('Need Reauthentication'));
    for (const button of ['Continue', 'Re Authenticate', 'Verify & Continue']) expect(text).toContain(button);
    expect(text).toContain('Account Settings');
  });

  it('follows a single-page console across routes, in a dark theme', async () => {
    const page = await open('dropsuite/spa-dark.html');
    expect(await hoverText(page, page.getByText('Connection Error'))).toContain('Dropsuite › Backups');
    await page.getByRole('link', { name: 'Downloads' }).click();
    // The route changes and the page renders its new view: hovered until the tooltip names the new section.
    await expect
      .poll(() => hoverText(page, page.getByText('Failed')), { timeout: 5000 })
      .toContain('Dropsuite › Downloads');
    const background = await tooltip(page).evaluate((el) => getComputedStyle(el).backgroundColor);
    const [r = 255, g = 255, b = 255] = background.match(/\d+/g)?.map(Number) ?? [];
    expect(r + g + b).toBeLessThan(200);
  });
});

describe('DPOD', () => {
  let page: Page;
  beforeAll(async () => {
    page = await open('dpod/executions.html');
  });

  it('explains codes in table cells', async () => {
    const text = await hoverText(page, page.getByRole('cell', { name: 'EXECUTION_PRE_CHECKS_NFS_OUT_OF_SPACE' }));
    expect(text).toContain('DPOD');
    expect(text).toMatch(/space/i);
  });

  it('explains codes inside sentences of the execution log where the pointer rests, as whole tokens', async () => {
    const log = page.getByRole('region', { name: 'Execution log' });
    const before = await log.innerHTML();
    expect(await hoverCode(page, log, 'EXECUTION_SECURE_BACKUP_UNSUCCESSFUL')).toMatch(/secure backup/i);
    expect(await hoverCode(page, log, 'EXECUTION_PRE_CHECKS_NFS_OUT_OF_SPACE')).toMatch(/space/i);
    expect(await hoverCode(page, log, 'SUCCESS')).toContain('SUCCESS');
    // Inside a longer identifier a code is not one.
    await hoverCode(page, log, 'SUCCESSFUL_TASKS', false);
    await hoverCode(page, log, 'EXECUTION_ID_4471', false);
    await expect.poll(() => tooltip(page).isVisible()).toBe(false);
    // Nothing of the log was wrapped, marked or changed.
    expect(await log.innerHTML()).toBe(before);
    expect(await markedCount(page)).toBeGreaterThan(0);
    expect(await log.locator(MARKED).count()).toBe(0);
  });

  it('resolves each code of a grouped row to the shared explanation', async () => {
    const text = await hoverText(page, page.getByRole('cell', { name: 'EXECUTION_STARTED' }));
    expect(text).toContain('EXECUTION_STARTED');
    expect(text).toMatch(/in progress/i);
  });

  it('lists an unknown code of the Status column as unknown', async () => {
    const text = await hoverText(page, page.getByRole('cell', { name: 'EXECUTION_CHECK_CERT_EXPIRY_WARNING' }));
    expect(text).toMatch(/does not know/);
  });
});

describe('a console shown in a frame', () => {
  it('is explained inside its frame, and the page around it gets nothing', async () => {
    const page = await browser.context.newPage();
    page.on('pageerror', (e) => errors.push(`${e.message}\n${e.stack}`));
    await page.goto(server.url('frames/console-in-frame.html'));
    const frame = page.frameLocator('iframe');
    await frame.locator('status-lens-overlay[data-console="dpod"]').waitFor({ state: 'attached' });
    await frame.getByRole('cell', { name: 'EXECUTION_PRE_CHECKS_NFS_OUT_OF_SPACE' }).hover();
    await frame.getByRole('tooltip').waitFor({ state: 'visible' });
    expect(await frame.getByRole('tooltip').textContent()).toContain('DPOD');
    // The portal's own page is no console: no host of ours, even beside a framed one.
    expect(await page.locator(':scope > status-lens-overlay').count()).toBe(0);
    expect(await page.evaluate(() => document.querySelectorAll('status-lens-overlay').length)).toBe(0);
    await page.close();
  });
});

describe('keyboard commands', () => {
  /** A keyboard command as the browser delivers it: the background sends it to the tab's content script. */
  async function command(page: Page, to: 'next-status' | 'previous-status' | 'next-failure'): Promise<boolean> {
    const url = page.url();
    return (await browser.worker.evaluate(
      async ({ target, name }) => {
        const chrome = (globalThis as unknown as { chrome: ChromeLike }).chrome;
        const [tab] = await chrome.tabs.query({ url: target });
        return chrome.tabs.sendMessage(tab?.id ?? -1, { type: 'navigate', to: name });
      },
      { target: url, name: to },
    )) as boolean;
  }
  const announced = (page: Page) =>
    page.evaluate(
      // The overlay's own live region, a child of its shadow root (the explanation has one for Copy).
      () =>
        [...(document.querySelector('status-lens-overlay')?.shadowRoot?.children ?? [])].find((e) =>
          e.matches('.live[aria-live]'),
        )?.textContent ?? '',
    );

  it('are declared with default keys, and the popup and the tooltip name them', async () => {
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
    const page = await open('dpod/executions.html');
    expect(await hoverText(page, page.getByRole('cell', { name: 'SUCCESS', exact: true }))).toContain(
      'Alt+Shift+E next failure',
    );
    await page.close();
  });

  it('move to the next failure and through codes inside sentences, showing and announcing each', async () => {
    // A URL of its own: the command goes to the tab that shows it, not to an earlier test's.
    const page = await open('dpod/executions.html?commands');
    await page.mouse.move(0, 799);
    expect(await command(page, 'next-failure')).toBe(true);
    await tooltip(page).waitFor({ state: 'visible' });
    expect(await tooltip(page).textContent()).toContain('EXECUTION_SECURE_BACKUP_UNSUCCESSFUL');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('EXECUTION_SECURE_BACKUP_UNSUCCESSFUL');
    await expect.poll(() => announced(page)).toMatch(/EXECUTION_SECURE_BACKUP_UNSUCCESSFUL, 1 of \d+\./);

    // Past the table, into the log: a code inside a sentence is shown where it stands, painted by a highlight.
    const painted = () => page.evaluate(() => (CSS.highlights.get('status-lens-active')?.size ?? 0) > 0);
    for (let i = 0; i < 10 && !(await painted()); i++) await command(page, 'next-failure');
    const inLog = await page.evaluate(() => {
      const range = [...(CSS.highlights.get('status-lens-active') ?? [])][0] as Range | undefined;
      return range
        ? { text: range.toString(), where: range.startContainer.parentElement?.closest('section')?.className }
        : null;
    });
    expect(inLog).toEqual({ text: 'EXECUTION_SECURE_BACKUP_UNSUCCESSFUL', where: 'log' });
    expect(await tooltip(page).textContent()).toContain('EXECUTION_SECURE_BACKUP_UNSUCCESSFUL');
    expect(await page.locator('section.log').innerHTML()).not.toContain('data-status-lens');

    expect(await command(page, 'previous-status')).toBe(true);
    await expect.poll(() => announced(page)).not.toMatch(/^EXECUTION_SECURE_BACKUP_UNSUCCESSFUL, 2 of/);
    await page.close();
  });
});

describe('mxHERO', () => {
  it('explains notification codes with their level, in the list and in a sentence', async () => {
    const page = await open('mxhero/notifications.html');
    const text = await hoverText(page, page.getByText('web_hook_removed_by_move_conflict'));
    expect(text).toContain('WARN');
    expect(text).toContain('drag-and-drop');
    const inSentence = await hoverCode(page, page.locator('main > p'), 'execution_failed');
    expect(inSentence).toContain('ERROR');
    expect(await hoverText(page, page.getByText('archive_policy_changed'))).toMatch(/does not know/);
  });
});

describe('pages of no vendor', () => {
  it.each(['none/project-tracker.html', 'none/help-article.html', 'none/build-log.html'])(
    '%s gets nothing',
    async (path) => {
      const page = await open(path);
      expect(await markedCount(page)).toBe(0);
      expect(await page.locator('status-lens-overlay').count()).toBe(0);
      await page
        .getByText(/Failed|Retrying|SUCCESS/)
        .first()
        .hover();
      await pointerHandled(page);
      expect(await tooltip(page).count()).toBe(0);
    },
  );
});

describe('live pages', () => {
  it('keeps up with re-renders and in-place changes, and accumulates nothing', async () => {
    const page = await open('live/rerender.html');
    const renders = () => page.evaluate(() => (window as unknown as { renders: number }).renders);
    const rendersPast = (count: number) =>
      page.waitForFunction((n) => (window as unknown as { renders: number }).renders >= n, count);
    // The late row is in (the page adds it a second after load).
    await page.locator('#jobs').getByText('MIG-1004').waitFor();
    // Each re-render replaces the rows; the keyboard finds the new ones, so poll.
    await expect.poll(() => markedStatuses(page), { timeout: 5000, interval: 20 }).toHaveLength(6);
    const nodes = () => page.evaluate(() => document.getElementsByTagName('*').length);

    await page.evaluate(() => (window as unknown as { setStatus(s: string): void }).setStatus('Cancelled'));
    const first = page.locator('#jobs .pill').first();
    await expect.poll(() => first.textContent()).toBe('Cancelled');
    const text = await hoverText(page, first);
    const before = await nodes();
    expect(text).toContain('Cancelled');
    expect(text).toContain('Dropsuite › Migrates');

    await page.evaluate(() => (window as unknown as { changeInPlace(s: string): void }).changeInPlace('Failed'));
    const changed = await hoverText(page, page.locator('#stable .pill'));
    expect(changed).toContain('Failed');
    expect(await page.locator('#stable .pill').getAttribute('data-status-lens')).toBe('dropsuite.migrates.failed');

    // Ten more re-renders, each a new body of rows: nothing of ours stays behind.
    await rendersPast((await renders()) + 10);
    await expect.poll(() => markedStatuses(page), { timeout: 5000, interval: 20 }).toHaveLength(6);
    expect(await nodes()).toBe(before);
  });
});

describe('a long DPOD execution log', () => {
  let page: Page;
  beforeAll(async () => {
    page = await open('dpod/long-log.html');
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
    const text = await hoverCode(page, page.locator('#line-3999'), 'EXECUTION_PRE_CHECKS_NFS_OUT_OF_SPACE');
    expect(text).toContain('EXECUTION_PRE_CHECKS_NFS_OUT_OF_SPACE');
    expect(text).toContain('DPOD');
  });

  afterAll(async () => {
    await page.close();
  });
});

describe('a long job table', () => {
  let page: Page;
  beforeAll(async () => {
    page = await open('dropsuite/long-jobs.html');
  });
  const row = (i: number) => page.locator(`#job-${i}`);

  it('explains the last of 1,500 rows as soon as the pointer rests on it', async () => {
    await row(1499).scrollIntoViewIfNeeded();
    const text = await hoverText(page, row(1499).locator('.badge'));
    expect(text).toContain('Authentication Error');
    expect(text).toContain('Dropsuite › Backups');
    expect(text).toContain('user1499@harbour.example');
  });

  it('lets the keyboard reach the statuses of rows far down, both ways', async () => {
    await page.mouse.move(0, 799);
    await row(1000).getByRole('button', { name: 'Force Backup' }).focus();
    await page.keyboard.press('Tab');
    await tooltip(page).waitFor({ state: 'visible' });
    expect(await page.evaluate(() => document.activeElement?.closest('tr')?.id)).toBe('job-1001');
    expect(await tooltip(page).textContent()).toContain('Retrying');

    await row(700).getByRole('button', { name: 'Force Backup' }).focus();
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('tr')?.id)).toBe('job-700');
    expect(await tooltip(page).textContent()).toContain('Completed');
  });

  it('leaves the tab order alone for a click, and makes the statuses Tab stops on the first Tab', async () => {
    const fresh = await open('dropsuite/long-jobs.html');
    // A click with the pointer focuses the button, as the page made it: nothing is marked.
    await fresh.locator('#job-3').getByRole('button', { name: 'Force Backup' }).click();
    expect(await fresh.locator(MARKED).count()).toBe(0);
    // The first Tab lands on the next row's status, made a Tab stop before the browser moved the focus.
    await fresh.keyboard.press('Tab');
    expect(await fresh.evaluate(() => document.activeElement?.closest('tr')?.id)).toBe('job-4');
    expect(await fresh.evaluate(() => document.activeElement?.textContent)).toBe('Space Full');
    expect(await fresh.locator(MARKED).count()).toBeGreaterThan(1);
    await fresh.close();
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
    await row(1404).scrollIntoViewIfNeeded();
    expect(await hoverText(page, row(1404).locator('.badge'))).toContain('Connection Error');
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
    await page.locator('#late-39').scrollIntoViewIfNeeded();
    const text = await hoverText(page, page.locator('#late-39 .badge'));
    expect(text).toContain('Space Full');
    expect(text).toContain('late39@harbour.example');
  });
});

describe('a hostile page', () => {
  it('still shows the tooltip whole, readable and on top, under a strict CSP', async () => {
    const page = await open('hostile/hostile.html?csp=strict');
    const text = await hoverText(page, page.getByText('Space Full'));
    expect(text).toContain('Space Full');
    const tip = tooltip(page);
    const box = await tip.boundingBox();
    if (!box) throw new Error('no tooltip box');
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(800);
    const fontSize = await tip
      .locator('p')
      .first()
      .evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(12);
    const onTop = await page.evaluate(
      ([x, y]) => document.elementFromPoint(x as number, y as number)?.tagName.toLowerCase(),
      [box.x + box.width / 2, box.y + 10],
    );
    expect(onTop).toBe('status-lens-overlay');
    const styled = await tip.evaluate((el) => getComputedStyle(el).borderRadius);
    expect(styled).not.toBe('0px');

    const corner = await hoverText(page, page.getByText('Connection Error'));
    expect(corner).toContain('Connection Error');
    const cornerBox = await tooltip(page).boundingBox();
    if (!cornerBox) throw new Error('no tooltip box');
    expect(cornerBox.x + cornerBox.width).toBeLessThanOrEqual(1280);
    expect(cornerBox.y + cornerBox.height).toBeLessThanOrEqual(800);

    await page.getByText('Space Full').click();
    expect(await page.evaluate(() => (window as unknown as { pillClicks: number }).pillClicks)).toBe(1);
  });
});

it('no page error was caused by the overlay', () => {
  expect(errors.filter((e) => !/appendChild is broken|no shadow roots|throws every/.test(e))).toEqual([]);
});
