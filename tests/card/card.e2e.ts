/**
 * The card in Debian's Chromium at 1024×640, as the content script will show it (closed shadow root, CARD_CSS,
 * max-height from the window): every catalog status's collapsed card fits without scrolling inside it, with and
 * without desk notes and with a long support ID; success and in-progress cards are one line without buttons;
 * "More" opens in place and closes again. Screenshots of a few cards go to /tmp/card-*.png.
 */
import { pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHarness, HARNESS_HTML } from './build';
import type { Measure, ShowOptions } from './harness';

const WIDTH = 1024;
const HEIGHT = 640;
const MARGIN = 16;
const MAX_WIDTH = 360;

let browser: Browser;
let page: Page;

beforeAll(async () => {
  await buildHarness();
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--headless=new'],
  });
  page = await browser.newPage({ viewport: { width: WIDTH, height: HEIGHT } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(pathToFileURL(HARNESS_HTML).href);
  await page.waitForFunction(() => 'cardHarness' in window);
  expect(errors).toEqual([]);
});

afterAll(async () => {
  await browser?.close();
});

const show = (options: ShowOptions) => page.evaluate((o) => window.cardHarness.show(o), options);
const measure = () => page.evaluate(() => window.cardHarness.measure());
const named = (m: Measure, name: string) => m.buttons.find((b) => b.name === name);

async function click(m: Measure, name: string): Promise<void> {
  const b = named(m, name);
  if (!b) throw new Error(`no button ${name}`);
  await page.mouse.click(b.box.x + b.box.width / 2, b.box.y + b.box.height / 2);
}

describe('the collapsed card of every status', () => {
  it('fits 1024×640 with no scrolling inside it, buttons in view, one-liners without buttons', async () => {
    const variants = [
      { notes: 'none', id: 'short' },
      { notes: 'one', id: 'short' },
      { notes: 'one', id: 'long' },
      { notes: 'three', id: 'long' },
      { notes: 'none', id: 'missing' },
    ] as const;
    const all = await page.evaluate((v) => window.cardHarness.measureAll([...v]), variants);
    const ids = await page.evaluate(() => window.cardHarness.entryIds());
    expect(all).toHaveLength(ids.length * variants.length);
    expect(ids.length).toBeGreaterThan(90);
    let widest = 0;
    let tallest = { height: 0, entryId: '' };
    for (const m of all) {
      const where = `${m.entryId} (${m.kind})`;
      expect(m.card.width, where).toBeLessThanOrEqual(MAX_WIDTH);
      expect(m.card.y + m.card.height, where).toBeLessThanOrEqual(HEIGHT - MARGIN);
      expect(m.body.scrollHeight, where).toBeLessThanOrEqual(m.body.clientHeight);
      if (m.kind === 'quiet') {
        expect(m.buttons, where).toEqual([]);
      } else {
        expect(m.kind, where).toBe('full');
        expect(m.buttons.slice(-2).map((b) => b.name)).toEqual(['Copy for ticket', 'More']);
        for (const b of m.buttons) expect(b.inView, `${where}: ${b.name}`).toBe(true);
      }
      widest = Math.max(widest, m.card.width);
      if (m.card.height > tallest.height) tallest = { height: m.card.height, entryId: m.entryId };
    }
    const plain = all.filter((_, i) => i % variants.length === 0);
    const tallestPlain = Math.max(...plain.filter((m) => m.kind === 'full').map((m) => m.card.height));
    const quiet = Math.max(...plain.filter((m) => m.kind === 'quiet').map((m) => m.card.height));
    console.log(
      `collapsed cards: ${all.length} measured; widest ${widest} px; tallest ${Math.round(tallest.height)} px ` +
        `(${tallest.entryId}, three desk notes and a long ID); without notes, short ID: tallest ${Math.round(tallestPlain)} px; ` +
        `one-liners up to ${Math.round(quiet)} px`,
    );
  });

  it('says a missing support ID plainly, and shows a value with its copy button', async () => {
    const missing = await show({ entryId: 'dropsuite.migrates.failed', id: 'missing' });
    expect(missing.text).toContain('Migration ID — not shown in this row');
    expect(named(missing, 'Copy Migration ID')).toBeUndefined();
    const shown = await show({ entryId: 'dropsuite.migrates.failed' });
    expect(shown.text).toContain('M-7783');
    await click(shown, 'Copy Migration ID');
    await expect
      .poll(() => page.evaluate(() => window.cardHarness.calls.at(-1)))
      .toEqual({ action: 'copyId', value: 'M-7783' });
  });
});

describe('More', () => {
  it('opens the details in place and closes them again, title and buttons staying in view', async () => {
    const closed = await show({ entryId: 'dropsuite.dashboard.need-reauthentication', notes: 'one' });
    expect(named(closed, 'More')?.expanded).toBe('false');
    expect(closed.text).not.toMatch(/which case is yours/i);
    await click(closed, 'More');
    const open = await measure();
    expect(named(open, 'More')?.expanded).toBe('true');
    expect(open.text).toMatch(/which case is yours/i);
    expect(open.text).toMatch(/where this comes from/i);
    expect(open.text).not.toMatch(/where it shows/i);
    // In place: same corner, taller, capped to the window; the body scrolls, the buttons stay in view.
    expect(open.card.x).toBe(closed.card.x);
    expect(open.card.y).toBe(closed.card.y);
    expect(open.card.height).toBeGreaterThan(closed.card.height);
    expect(open.card.y + open.card.height).toBeLessThanOrEqual(HEIGHT - MARGIN);
    expect(open.body.scrollHeight).toBeGreaterThan(open.body.clientHeight);
    for (const b of open.buttons.filter((x) => x.name === 'More' || x.name === 'Copy for ticket')) {
      expect(b.inView, b.name).toBe(true);
    }
    await page.screenshot({ path: '/tmp/card-reauth-expanded.png', clip: clip(open) });
    await page.evaluate(() => window.cardHarness.scrollBody(430));
    await page.screenshot({ path: '/tmp/card-reauth-scenarios.png', clip: clip(open) });

    await click(open, 'More');
    const again = await measure();
    expect(named(again, 'More')?.expanded).toBe('false');
    expect(again.card.height).toBe(closed.card.height);
  });

  it('copies the ticket on "Copy for ticket" and says so', async () => {
    const m = await show({ entryId: 'dpod.executions.execution-pre-checks-nfs-out-of-space' });
    await click(m, 'Copy for ticket');
    const call = await page.evaluate(() => window.cardHarness.calls.at(-1));
    expect(call?.action).toBe('copyTicket');
    expect(call?.value).toContain('Status: EXECUTION_PRE_CHECKS_NFS_OUT_OF_SPACE (Error)');
    expect(call?.value).toContain('Row: Task: 4711 · Device: idg-prod-01');
    expect((await measure()).buttons.map((b) => b.name)).toContain('Copied ✓');
  });
});

describe('other cards', () => {
  it('gives an unknown status its label, "not in the catalog", the support ID and the explain button', async () => {
    const m = await show({ label: 'Synchronizing Archive' });
    expect(m.kind).toBe('unknown');
    expect(m.text).toContain('Synchronizing Archive');
    expect(m.text).toContain('Not in the Status Lens catalog');
    expect(m.buttons.map((b) => b.name)).toEqual(['Copy Mailbox Email ID', 'Explain this status for the desk']);
  });

  it('keeps a hostile label as text', async () => {
    const m = await show({ entryId: 'dropsuite.migrates.failed', label: '<img src=x onerror=alert(1)>' });
    expect(m.text).toContain('<img src=x onerror=alert(1)>');
    expect(await page.evaluate(() => window.cardHarness.has('img'))).toBe(false);
  });
});

function clip(m: Measure) {
  return {
    x: 0,
    y: 0,
    width: Math.min(WIDTH, m.card.x + m.card.width + 24),
    height: Math.min(HEIGHT, m.card.y + m.card.height + 32),
  };
}

describe('screenshots', () => {
  const shots: [string, ShowOptions][] = [
    ['card-migrates-failed-light', { entryId: 'dropsuite.migrates.failed', keysHint: 'Esc closes' }],
    ['card-migrates-failed-dark', { entryId: 'dropsuite.migrates.failed', scheme: 'dark', keysHint: 'Esc closes' }],
    ['card-dpod-nfs-dark', { entryId: 'dpod.executions.execution-pre-checks-nfs-out-of-space', scheme: 'dark' }],
    ['card-mxhero-dark', { entryId: 'mxhero.notifications.connection-error-max-retry', scheme: 'dark' }],
    ['card-desk-note-light', { entryId: 'dropsuite.backups.connection-error', notes: 'one' }],
    [
      'card-desk-notes-long-id-dark',
      { entryId: 'dropsuite.backups.partially-complete', notes: 'three', id: 'long', scheme: 'dark' },
    ],
    ['card-quiet-light', { entryId: 'dpod.executions.sent-to-mdb', label: 'EXECUTION_STARTED' }],
    ['card-unknown-dark', { label: 'Synchronizing Archive', notes: 'one', scheme: 'dark' }],
  ];
  it('writes a few cards to /tmp', async () => {
    for (const [name, options] of shots) {
      const m = await show(options);
      await page.screenshot({ path: `/tmp/${name}.png`, clip: clip(m) });
    }
  });
});
