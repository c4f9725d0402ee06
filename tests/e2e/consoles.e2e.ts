/**
 * The fixture apps of tests/fixtures/apps (real React, Lit, AG Grid and Bootstrap, bundled by the browser
 * project's globalSetup), checked against the expectations each page carries in data attributes
 * (./expectations.ts), plus what only a live app can show: codes that change under the pointer, a virtualised
 * grid scrolled and changed in place, a route change by pushState.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from '../support/browser';
import { fixtureAppNames } from '../support/fixture-apps';
import { type FixtureServer, serveFixtures } from '../support/server';
import {
  appDone,
  appHealth,
  checkHovers,
  expectedConsole,
  expectedFindings,
  hoverFor,
  leave,
  locateTarget,
  missingFindings,
  placeOf,
  renderedMismatches,
  reportOf,
  waitForReport,
  watchNeverText,
} from './expectations';

let browser: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  server = await serveFixtures();
  browser = await launchWithExtension();
  await browser.context.addInitScript(watchNeverText);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`${e.message}\n${e.stack}`));
  await page.goto(server.url(path));
  return { page, errors };
}

const overlayHosts = (page: Page, product?: string) =>
  page.locator(product ? `status-lens-overlay[data-console="${product}"]` : 'status-lens-overlay').count();

describe('every fixture app, as it describes itself', () => {
  const apps = fixtureAppNames();
  it('has fixture apps to check', () => {
    expect(apps).toEqual(
      expect.arrayContaining([
        'react-dpod',
        'react-whitelabel',
        'aggrid-jobs',
        'lit-mxhero',
        'bootstrap-cards',
        'pre-code-logs',
        'react-tracker',
      ]),
    );
  });

  it.each(apps)(
    '%s',
    async (name) => {
      const { page, errors } = await open(`apps/${name}/`);
      await appDone(page);
      const product = await expectedConsole(page);
      const report = await waitForReport(browser.worker, page, product);
      expect.soft(await renderedMismatches(page), 'the DOM shows what the app rendered').toEqual([]);

      if (product === null) {
        expect.soft(report.findings, 'a page of no vendor reports nothing').toEqual([]);
        expect.soft(await overlayHosts(page), 'a page of no vendor gets no overlay element').toBe(0);
      } else {
        expect.soft(await overlayHosts(page), 'one overlay host naming the console').toBe(1);
        expect.soft(await overlayHosts(page, product)).toBe(1);
      }

      const { problems, counts } = await checkHovers(page, product);
      expect(counts.status + counts.codes + counts.none, 'the fixture carries expectations').toBeGreaterThan(0);
      expect.soft(problems, 'hovering every expectation').toEqual([]);

      if (product !== null) {
        const expected = await expectedFindings(page);
        await expect
          .poll(
            async () => {
              const now = await reportOf(browser.worker, page);
              return now ? missingFindings(now, expected) : ['no report'];
            },
            { timeout: 5000, message: 'the report counts every expected status and code' },
          )
          .toEqual([]);
      } else {
        expect(await overlayHosts(page), 'still no overlay element after hovering').toBe(0);
      }

      expect(await renderedMismatches(page), 'the DOM still shows what the app rendered').toEqual([]);
      expect(await appHealth(page), 'the app never broke').toEqual({ errors: [], neverShown: null });
      expect(errors, 'no page error').toEqual([]);
      await page.close();
    },
    240_000,
  );
});

describe('React DPOD execution view, re-rendering every 250 ms', () => {
  it('follows a code that changes under the pointer, or closes: never shows the old one', async () => {
    // Keeps ticking, and the task's code changes only when the test says so.
    const { page, errors } = await open('apps/react-dpod/?ticks=400&changeAt=never');
    await waitForReport(browser.worker, page, 'dpod');
    const targets = [
      { kind: 'status' as const, key: 'status-idg-dr-01' },
      { kind: 'codes' as const, key: 'log-3' },
    ];
    for (const { kind, key } of targets) {
      const index = await page.evaluate(
        ([kind, key]) => {
          const attr = kind === 'status' ? '[data-expect-status]' : '[data-expect-codes]';
          return [...document.querySelectorAll(attr)].findIndex((el) => el.getAttribute('data-render-key') === key);
        },
        [kind, key] as const,
      );
      expect(index, key).toBeGreaterThanOrEqual(0);
      await leave(page);
      const target = await locateTarget(page, kind, index);
      const point = target.points.find((p) => p.text === 'EXECUTION_STARTED');
      if (!point) throw new Error(`${key} does not show EXECUTION_STARTED`);
      expect((await hoverFor(page, point, ['EXECUTION_STARTED', 'DPOD'])).ok, `${key} explained before`).toBe(true);

      // The app changes the code, then keeps re-rendering; sample the tooltip every frame for 8 ticks (2 s).
      const seen = await page.evaluate(async (key) => {
        const w = window as unknown as { __finishTask(): void; __tick: number };
        const element = () => document.querySelector(`[data-render-key="${key}"]`);
        const tip = () => {
          const host = document.querySelector('status-lens-overlay');
          const found: Element[] = [];
          const visit = (root: ShadowRoot | null | undefined) => {
            if (!root) return;
            found.push(...root.querySelectorAll('[role="tooltip"]'));
            for (const el of root.querySelectorAll('*')) visit(el.shadowRoot);
          };
          visit(host?.shadowRoot);
          const shown = found.find((el) => el.checkVisibility({ opacityProperty: true, visibilityProperty: true }));
          return shown ? (shown.textContent ?? '') : null;
        };
        w.__finishTask();
        const frame = () => new Promise<void>((done) => requestAnimationFrame(() => done()));
        // The app renders the new code on its next tick; a page frozen by the overlay never shows it.
        const give = w.__tick + 8;
        while (element()?.textContent?.includes('EXECUTION_STARTED') && w.__tick < give) await frame();
        // One frame of grace: an overlay that batches its work per animation frame updates in this one.
        await frame();
        const until = w.__tick + 8;
        const samples: (string | null)[] = [];
        while (w.__tick < until) {
          samples.push(tip());
          await frame();
        }
        samples.push(tip());
        return { samples, shows: element()?.textContent ?? '' };
      }, key);
      expect(seen.shows, `${key}: the page shows the code the app rendered`).toContain('SUCCESS');
      const stale = seen.samples.filter((s) => s?.includes('EXECUTION_STARTED'));
      expect(stale, `${key}: the tooltip never tells the old code once the page shows the new one`).toEqual([]);
      const last = seen.samples.at(-1);
      expect(last == null || last.includes('SUCCESS'), `${key}: closed or following, got "${last}"`).toBe(true);
      // The next run of this loop needs the code back: reload with the same schedule.
      await page.reload();
      await waitForReport(browser.worker, page, 'dpod');
    }
    expect(await appHealth(page)).toEqual({ errors: [], neverShown: null });
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('AG Grid of 2,000 backup jobs', () => {
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    ({ page, errors } = await open('apps/aggrid-jobs/'));
    await appDone(page);
    await waitForReport(browser.worker, page, 'dropsuite');
  });
  afterAll(async () => {
    expect(errors).toEqual([]);
    await page.close();
  });

  const ROW = 1873;
  const statusCell = (row: number) => `.ag-row[row-index="${row}"] [col-id="status"] [data-expect-status]`;

  /** Scrolls the grid's own viewport (as a wheel would) until the row is rendered, and returns its point. */
  async function scrollToRow(row: number) {
    await page.evaluate((row) => {
      // The grid's own scroller (AG Grid 33+: .ag-grid-viewport; earlier: .ag-body-viewport).
      const viewport = document.querySelector('.ag-grid-viewport, .ag-body-viewport');
      const height = document.querySelector('.ag-row')?.getBoundingClientRect().height ?? 42;
      if (viewport) viewport.scrollTop = row * height - viewport.clientHeight / 2;
    }, row);
    await page.waitForSelector(statusCell(row), { timeout: 5000 });
    const index = await page.evaluate(
      (selector) =>
        [...document.querySelectorAll('[data-expect-status]')].indexOf(document.querySelector(selector) as Element),
      statusCell(row),
    );
    return locateTarget(page, 'status', index);
  }

  it('explains the status of a row far down, once scrolled to', async () => {
    await leave(page);
    const target = await scrollToRow(ROW);
    const point = target.points[0];
    if (!point) throw new Error('no point');
    const result = await hoverFor(page, point, [target.label, placeOf('dropsuite', 'backups')]);
    expect(result.ok, `got "${result.text}"`).toBe(true);
    expect(result.text).toContain(`user${ROW}@harbour.example`);
  });

  it('explains the new status of a cell changed in place', async () => {
    await leave(page);
    const before = await scrollToRow(ROW);
    const next = before.label === 'Space Full' ? 'Connection Error' : 'Space Full';
    await page.evaluate(([row, status]) => window.__setJobStatus?.(row as number, status as string), [ROW, next]);
    await page.waitForSelector(`${statusCell(ROW)}[data-expect-status="${next}"]`);
    const after = await scrollToRow(ROW);
    const point = after.points[0];
    if (!point) throw new Error('no point');
    const result = await hoverFor(page, point, [next, placeOf('dropsuite', 'backups')]);
    expect(result.ok, `got "${result.text}"`).toBe(true);
    expect(result.text).not.toContain(before.label);
    await expect
      .poll(async () => (await reportOf(browser.worker, page))?.findings.some((f) => f.label === next), {
        timeout: 5000,
      })
      .toBe(true);
  });
});

describe('white-labelled System Status in React, changing route with pushState', () => {
  it('explains each tab in its own section after the route changes, and after going back', async () => {
    const { page, errors } = await open('apps/react-whitelabel/');
    await appDone(page);
    await waitForReport(browser.worker, page, 'dropsuite');
    for (const tab of ['Migrates', 'Restores', 'Downloads']) {
      await page.getByRole('tab', { name: tab }).click();
      await page.waitForURL(`**/status/${tab.toLowerCase()}`);
      await page.waitForSelector(`#root[data-tab="${tab.toLowerCase()}"] [data-expect-section="${tab.toLowerCase()}"]`);
      const { problems, counts } = await checkHovers(page, 'dropsuite', ['status']);
      expect(counts.status, tab).toBeGreaterThan(0);
      expect(problems, tab).toEqual([]);
    }
    await page.goBack();
    await page.waitForSelector('#root[data-tab="restores"] [data-expect-section="restores"]');
    const { problems } = await checkHovers(page, 'dropsuite', ['status']);
    expect(problems, 'after popstate').toEqual([]);
    expect(await renderedMismatches(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

declare global {
  interface Window {
    __setJobStatus?: (row: number, status: string) => void;
  }
}
