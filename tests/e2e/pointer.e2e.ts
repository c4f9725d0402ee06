/**
 * The card at the pointer, as a hand moves (issue 27): `page.mouse.move` with steps, the card read through the
 * e2e build's inspection. Crossing statuses opens nothing; walking down a column reaches and explains each row,
 * the card standing off the column; a diagonal move reaches the row's button; the collapsed card fits 1024×640
 * on every status of the fixture consoles; the ID from "Migration"-style headers; a status beside a "View log"
 * link; the ticket text per console.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SWITCH_DELAY } from '../../entrypoints/content/present/intent';
import { type ExtensionBrowser, launchWithExtension } from '../support/browser';
import { type Card, type CardInspection, explains, overlaps, type Point, summary } from '../support/card';
import { type FixtureServer, serveFixtures } from '../support/server';
import { anchorsNear, appDone, cardProblems, checkHovers, placeOf } from './expectations';
import { cardOf, codePointIn, pointOf, restOn, settle } from './pages';

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

async function open(path: string, viewport?: { width: number; height: number }): Promise<{ page: Page; card: Card }> {
  const page = await browser.context.newPage();
  if (viewport) await page.setViewportSize(viewport);
  await page.goto(server.url(path));
  await appDone(page);
  await settle(page, browser.worker, true);
  return { page, card: cardOf(page, browser.worker) };
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Row {
  label: string;
  id: string | null;
  section: string | null;
  /** The box of the status's label text, and its centre: where a person points. */
  box: Box;
  point: Point;
}

/** The statuses of a column (elements carrying data-expect-status under `scope`), top to bottom, scrolled to. */
function column(page: Page, scope: string): Promise<Row[]> {
  return page.evaluate((scope) => {
    const els = [...document.querySelectorAll(`${scope} [data-expect-status]`)];
    els[0]?.scrollIntoView({ block: 'center' });
    return els.map((el) => {
      const label = el.getAttribute('data-expect-status') ?? '';
      // The label's own text (a status beside a link in its cell is only part of it).
      const range = document.createRange();
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      let node = walker.nextNode();
      while (node && !node.nodeValue?.includes(label)) node = walker.nextNode();
      if (node) {
        const at = node.nodeValue?.indexOf(label) ?? 0;
        range.setStart(node, at);
        range.setEnd(node, at + label.length);
      } else range.selectNodeContents(el);
      const r = range.getBoundingClientRect();
      return {
        label,
        id: el.getAttribute('data-expect-support-id'),
        section: el.getAttribute('data-expect-section'),
        box: { x: r.x, y: r.y, width: r.width, height: r.height },
        point: { x: r.x + r.width / 2, y: r.y + r.height / 2 },
      };
    });
  }, scope);
}

/**
 * A crossing, tried again when the machine stalled a pointer move for as long as the switch delay: the pointer
 * then stood on a status long enough to mean it, and the try says nothing. What the last good try saw.
 */
async function crossing(card: Card, attempt: () => Promise<(CardInspection | null)[]>) {
  for (let tries = 0; tries < 3; tries++) {
    const seen = await attempt();
    if (slowest(card) < SWITCH_DELAY) return seen;
  }
  throw new Error(`pointer moves stalled for ${Math.round(slowest(card))} ms three times: no crossing to judge`);
}

/** The slowest step of the gestures since the last reset (`Card.slowestStep` is per move). */
let slowestSeen = 0;
const slowest = (card: Card) => Math.max(slowestSeen, card.slowestStep);
const resetSlowest = () => {
  slowestSeen = 0;
};
/** Moves as a hand, keeping the slowest step over several moves of one gesture. */
async function go(card: Card, point: Point, steps: number) {
  await card.moveTo(point, steps);
  slowestSeen = Math.max(slowestSeen, card.slowestStep);
}

/** The cards seen that explain none of `labels`: what flashed up on the way. */
const strays = (seen: (CardInspection | null)[], labels: string[]) =>
  seen.filter((c) => c && !labels.some((l) => explains(c, l))).map(summary);

describe('crossing statuses opens nothing; the status the pointer rests on is explained', () => {
  it('down a Status column from its header, ending on the last row', async () => {
    const { page, card } = await open('dropsuite/system-status.html');
    const rows = await column(page, '#panel-backups');
    const last = rows.at(-1) as Row;
    const header = await pointOf(page.locator('#panel-backups th', { hasText: 'Status' }));
    const seen = await crossing(card, async () => {
      await card.leave();
      await card.moveTo(header, 1);
      resetSlowest();
      // A hand crossing six rows: about two pointer moves over each status.
      return card.watch(
        () => go(card, last.point, rows.length * 2),
        (c) => explains(c, last.label),
      );
    });
    expect(strays(seen, [last.label]), 'cards of statuses crossed').toEqual([]);
    expect(explains(seen.at(-1) ?? null, last.label), 'the last row is explained').toBe(true);
    await page.close();
  });

  it('up a DPOD Status column from the log below, ending on the first code', async () => {
    const { page, card } = await open('dpod/executions.html');
    const rows = await column(page, '[role="table"]');
    const first = rows[0] as Row;
    const below = await pointOf(page.locator('section.log h3'));
    const seen = await crossing(card, async () => {
      await card.leave();
      await card.moveTo({ x: first.point.x, y: below.y }, 1);
      resetSlowest();
      return card.watch(
        () => go(card, first.point, rows.length * 2),
        (c) => explains(c, first.label),
      );
    });
    expect(strays(seen, [first.label]), 'cards of codes crossed').toEqual([]);
    expect(explains(seen.at(-1) ?? null, first.label)).toBe(true);
    await page.close();
  });

  it('with a card open: the crossed statuses never take over, the one rested on does', async () => {
    const { page, card } = await open('dropsuite/system-status.html');
    const rows = await column(page, '#panel-backups');
    const [first, last] = [rows[0] as Row, rows.at(-1) as Row];
    const seen = await crossing(card, async () => {
      await card.leave();
      await card.restOn(first.point, first.label);
      resetSlowest();
      return card.watch(
        () => go(card, last.point, rows.length * 2),
        (c) => explains(c, last.label),
      );
    });
    expect(strays(seen, [first.label, last.label]), 'cards of statuses crossed').toEqual([]);
    expect(explains(seen.at(-1) ?? null, last.label)).toBe(true);
    await page.close();
  });

  it('across a row and down its buttons, ending on another row', async () => {
    const { page, card } = await open('dropsuite/system-status.html');
    const rows = await column(page, '#panel-backups');
    const [second, last] = [rows[1] as Row, rows.at(-1) as Row];
    const mailbox = await pointOf(page.locator('#panel-backups').getByText('ben.ortiz@northwind.example'));
    const buttons = page.locator('#panel-backups').getByRole('button', { name: 'Force Backup' });
    const [from, to] = [await pointOf(buttons.nth(1)), await pointOf(buttons.last())];
    const seen = await crossing(card, async () => {
      await card.leave();
      await card.moveTo(mailbox, 1);
      resetSlowest();
      return card.watch(
        async () => {
          // Over the second row's status to its button, down the buttons, then left onto the last row's status.
          await go(card, { x: from.x, y: second.point.y }, 6);
          await go(card, to, 6);
          await go(card, last.point, 4);
        },
        (c) => explains(c, last.label),
      );
    });
    expect(strays(seen, [last.label]), 'cards of statuses crossed').toEqual([]);
    expect(explains(seen.at(-1) ?? null, last.label)).toBe(true);
    await page.close();
  });
});

describe('walking down a column row by row', () => {
  const WALKS = [
    { name: 'Dropsuite Backups', path: 'dropsuite/system-status.html', scope: '#panel-backups', viewport: undefined },
    {
      name: 'Dropsuite Backups at 1024×640',
      path: 'dropsuite/system-status.html',
      scope: '#panel-backups',
      viewport: { width: 1024, height: 640 },
    },
    { name: 'DPOD executions', path: 'dpod/executions.html', scope: '[role="table"]', viewport: undefined },
    { name: 'a reseller’s Migrates', path: 'apps/react-reseller/', scope: '#pane-migrates', viewport: undefined },
  ];
  it.each(WALKS)('$name: each row is reached and explained, the card never over the next row', async (walk) => {
    const { page, card } = await open(walk.path, walk.viewport);
    const product = walk.path.startsWith('dpod') ? 'dpod' : 'dropsuite';
    const rows = await column(page, walk.scope);
    expect(rows.length).toBeGreaterThan(2);
    await card.leave();
    const problems: string[] = [];
    for (const [i, row] of rows.entries()) {
      // From the status above (its card open), a short move down: the rest on this row explains it.
      const shown = await card.restOn(row.point, row.label, { steps: 4 }).catch((error: Error) => error);
      if (shown instanceof Error) {
        problems.push(`row ${i + 1} "${row.label}" not reached: ${shown.message}`);
        continue;
      }
      const found = cardProblems(shown, { product, label: row.label, section: row.section, id: row.id });
      if (found.length) problems.push(`row ${i + 1} "${row.label}": ${found.join('; ')}`);
      if (overlaps(shown.rect, row.box)) problems.push(`row ${i + 1}: the card covers its own status`);
      const next = rows[i + 1];
      if (next && overlaps(shown.rect, next.box)) problems.push(`row ${i + 1}: the card covers row ${i + 2}'s status`);
    }
    expect(problems).toEqual([]);
    await page.close();
  });

  it('a status beside a link in its cell gets its card beside the column, not over it', async () => {
    const { page, card } = await open('apps/react-reseller/');
    const rows = await column(page, '#pane-migrates');
    const retrying = rows.find((r) => r.label === 'Retrying') as Row;
    await card.leave();
    const shown = await card.restOn(retrying.point, 'Retrying');
    const covered = rows.filter((r) => r !== retrying && overlaps(shown.rect, r.box)).map((r) => r.label);
    await page.close();
    expect(covered).toEqual([]);
  });
});

describe('walking down an execution log, code by code', () => {
  it('explains each code where the pointer rests, the card off its line and off the next line’s code', async () => {
    const { page, card } = await open('dpod/executions.html');
    const lines = await page.evaluate(() =>
      [...document.querySelectorAll('section.log [data-expect-codes]')].map((el) => ({
        code: el.getAttribute('data-expect-codes') ?? '',
        line: (() => {
          const r = el.getBoundingClientRect();
          return { x: r.x, y: r.y, width: r.width, height: r.height };
        })(),
      })),
    );
    expect(lines.length).toBeGreaterThan(2);
    await card.leave();
    const problems: string[] = [];
    for (const [i, { code, line }] of lines.entries()) {
      const point = await codePointIn(page.locator('section.log [data-expect-codes]').nth(i), code);
      const shown = await card.restOn(point, code, { steps: 4 }).catch((error: Error) => error);
      if (shown instanceof Error) {
        problems.push(`line ${i + 1} ${code} not reached: ${shown.message}`);
        continue;
      }
      if (overlaps(shown.rect, line)) problems.push(`line ${i + 1}: the card covers its own line`);
      const next = lines[i + 1];
      if (next) {
        const at = await codePointIn(page.locator('section.log [data-expect-codes]').nth(i + 1), next.code);
        const r = shown.rect;
        if (at.x >= r.x && at.x <= r.x + r.width && at.y >= r.y && at.y <= r.y + r.height) {
          problems.push(`line ${i + 1}: the card covers line ${i + 2}'s ${next.code}`);
        }
      }
    }
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe("a move to the row's button", () => {
  const clicks = (page: Page) => page.evaluate(() => (window as unknown as { buttonClicks: string[] }).buttonClicks);

  it('diagonally from the status above reaches the button and clicks it', async () => {
    const { page, card } = await open('dropsuite/system-status.html');
    const rows = await column(page, '#panel-backups');
    const target = await pointOf(page.locator('#panel-backups').getByRole('button', { name: 'Force Backup' }).nth(1));
    await card.leave();
    await card.restOn((rows[0] as Row).point, (rows[0] as Row).label);
    await card.moveTo(target, 8);
    await page.mouse.down();
    await page.mouse.up();
    expect(await clicks(page)).toEqual(['Force Backup ben.ortiz@northwind.example']);
    await page.close();
  });

  it("from a Retrying card's status to its own row's button", async () => {
    const { page, card } = await open('dropsuite/system-status.html');
    const retrying = (await column(page, '#panel-backups')).find((r) => r.label === 'Retrying') as Row;
    const button = await pointOf(page.locator('#panel-backups').getByRole('button', { name: 'Force Backup' }).nth(1));
    await card.leave();
    const shown = await card.restOn(retrying.point, 'Retrying');
    expect(shown.role).toBe('dialog');
    // From the pill's lower left, down and across to the button: a diagonal a hand makes.
    await card.moveTo({ x: retrying.box.x + 2, y: retrying.box.y + retrying.box.height - 2 }, 1);
    await card.moveTo(button, 8);
    await page.mouse.down();
    await page.mouse.up();
    expect(await clicks(page)).toEqual(['Force Backup ben.ortiz@northwind.example']);
    await page.close();
  });
});

describe('the collapsed card at 1024×640', () => {
  const PAGES = [
    { path: 'dropsuite/system-status.html', product: 'dropsuite' },
    { path: 'dropsuite/dashboard.html', product: 'dropsuite' },
    { path: 'dpod/executions.html', product: 'dpod' },
    { path: 'mxhero/notifications.html', product: 'mxhero' },
  ];
  it.each(PAGES)('$path: fits the window on every status, at most 360 px wide, no scrolling inside', async (c) => {
    const viewport = { width: 1024, height: 640 };
    const { page, card } = await open(c.path, viewport);
    const misfits: string[] = [];
    const { problems, counts } = await checkHovers(page, card, c.product, ['status', 'codes'], (shown, target) => {
      const r = shown.rect;
      const where = `${target.where}: ${Math.round(r.width)}×${Math.round(r.height)} at (${Math.round(r.x)}, ${Math.round(r.y)})`;
      if (r.x < 0 || r.y < 0 || r.x + r.width > viewport.width || r.y + r.height > viewport.height) {
        misfits.push(`${where}: outside the window`);
      }
      // 360 px and the panel's border.
      if (r.width > 362) misfits.push(`${where}: wider than 360 px`);
      if (shown.scrolls) misfits.push(`${where}: scrolls inside`);
    });
    expect(counts.status + counts.codes).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    expect(misfits).toEqual([]);
    await page.close();
  });
});

describe('a reseller’s page headed "Migration", "Restore", "Download"', () => {
  it('shows the ID support asks for, read from those columns', async () => {
    const { page, card } = await open('apps/react-reseller/');
    const problems: string[] = [];
    for (const [tab, section, id] of [
      ['Migrates', 'migrates', 'M-7783'],
      ['Restores', 'restores', 'R-5523'],
      ['Downloads', 'downloads', 'D-3302'],
    ] as const) {
      await card.leave();
      await page.getByRole('tab', { name: tab }).click();
      const shown = await restOn(card, page.locator(`#pane-${section}`).getByText('Failed', { exact: true }));
      problems.push(...cardProblems(shown, { product: 'dropsuite', label: 'Failed', section, id }));
    }
    expect(problems).toEqual([]);
    await page.close();
  });

  it('explains "Retrying" in a cell with a "View log" link; the link alone opens nothing and takes its click', async () => {
    const { page, card } = await open('apps/react-reseller/');
    const retrying = (await column(page, '#pane-migrates')).find((r) => r.label === 'Retrying') as Row;
    await card.leave();
    const shown = await card.restOn(retrying.point, 'Retrying');
    expect(cardProblems(shown, { product: 'dropsuite', label: 'Retrying', section: 'migrates', id: 'M-7784' })).toEqual(
      [],
    );
    const link = await pointOf(page.getByRole('link', { name: 'View log' }));
    expect(await card.nothingAt(link, await anchorsNear(page, link))).toBeNull();
    await page.mouse.down();
    await page.mouse.up();
    expect(await page.evaluate(() => window.__clicks)).toEqual(['View log M-7784']);
    await page.close();
  });
});

describe('a row that shows no ID', () => {
  it('is said to show none, not given its placeholder as the ID', async () => {
    const { page, card } = await open('apps/react-reseller/');
    const shown = await restOn(card, page.locator('#pane-migrates').getByText('Cancelled', { exact: true }));
    await page.close();
    // The row's "—" is no ID: the card says the row shows none, and offers nothing to copy as one.
    expect(shown.text).toMatch(/Migration ID\W+not shown/);
    expect(shown.buttons.map((b) => b.name)).not.toContain('Copy');
  });
});

describe('Copy for ticket, per console', () => {
  const TICKETS = [
    {
      console: 'Dropsuite',
      path: 'dropsuite/system-status.html',
      tab: 'Migrates',
      status: '#panel-migrates .pill.bad',
      label: 'Failed',
      place: placeOf('dropsuite', 'migrates'),
      row: ['MIG-20931'],
    },
    {
      console: 'DPOD',
      path: 'dpod/executions.html',
      tab: null,
      status: '[role="cell"].code >> text=EXECUTION_PRE_CHECKS_NFS_OUT_OF_SPACE',
      label: 'EXECUTION_PRE_CHECKS_NFS_OUT_OF_SPACE',
      place: placeOf('dpod', 'executions'),
      row: ['idg-prod-03', 'payments', '02:01:12'],
    },
    {
      console: 'mxHERO',
      path: 'mxhero/notifications.html',
      tab: null,
      status: '.code >> text=storage_credential_no_access',
      label: 'storage_credential_no_access',
      place: placeOf('mxhero', 'notifications'),
      row: ['box-service@northwind.example'],
    },
  ];
  const tickets = new Map<string, string>();

  /** What the system clipboard holds, read in the page (granted clipboard-read; the page has the focus). */
  const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

  it.each(TICKETS)('$console: the real click puts a ticket naming the status on the clipboard', async (t) => {
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    const { page, card } = await open(t.path);
    await page.bringToFront();
    await page.evaluate(() => navigator.clipboard.writeText('(nothing copied yet)'));
    if (t.tab) await page.getByRole('tab', { name: t.tab }).click();
    await restOn(card, page.locator(t.status), t.label);
    await card.click('Copy for ticket');
    await expect.poll(() => clipboard(page), { timeout: 5000 }).not.toBe('(nothing copied yet)');
    const text = await clipboard(page);
    tickets.set(t.console, text);
    expect(text).toContain(t.label);
    await page.close();
  });

  it.each(TICKETS)('$console: the ticket holds console › section, the row’s ID and context, in under 15 lines', (t) => {
    const text = tickets.get(t.console) ?? '';
    expect(text).toContain(t.place);
    for (const value of t.row) expect(text).toContain(value);
    expect(text.split('\n').length).toBeLessThan(15);
  });
});

declare global {
  interface Window {
    __clicks: string[];
  }
}
