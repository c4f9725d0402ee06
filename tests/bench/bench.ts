/**
 * `npm run bench`: what the overlay costs the page, side by side in one run with the same pages without the
 * extension, at 1,000 and 5,000 rows: a Dropsuite status page, a DPOD execution page of log sentences that each
 * hold a code, and the status page's rows on a page of no vendor (what recognising nothing costs).
 * Everything is read from traces of the page's main thread (trace.ts): at load, the extension's script work until
 * 3 s after load, against one bare TreeWalker pass over the page's text; at the pointer's first movement over the
 * page, the extension's work until a second after (the card is made then, once); for a hover, every step of
 * extension code from the pointer's arrival until a second after the card opened, idle-time jobs included, and the
 * time from the end of the rest (the open delay) to the painted card.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { CDPSession, Page } from 'playwright-core';
import { CONTENT_SCRIPT_FILE } from '../../components/content/files';
import { OPEN_DELAY } from '../../entrypoints/content/present/intent';
import { E2E_BUILD, launchWithExtension } from '../support/browser';
import { serveFixtures } from '../support/server';
import { benchFiles, SIZES, writeBenchPages } from './pages';
import { runSearchBench } from './search-bench';
import { extensionTraceTime, mainThreadTaskTime, openToPaint, type TraceEvent } from './trace';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const DIR = resolve(import.meta.dirname, '../artifacts/bench');
/** How long after load the trace keeps running: idle-time work of the extension is counted too. */
const AFTER_LOAD_MS = 3000;
/** How long after the card opens a hover's trace keeps running. */
const AFTER_HOVER_MS = 1000;
/** How long after the pointer's first movement over the page its trace keeps running. */
const AFTER_REACH_MS = 1000;
/** The extension's world in a page: Chromium names it after the extension. */
const WORLD = JSON.parse(readFileSync(`${E2E_BUILD}/manifest.json`, 'utf8')).name as string;
const ours = (url: string) => url.startsWith('chrome-extension://');

interface LoadFigures {
  tracedMs: number;
  longestMs: number;
  taskMs: number;
  heapMb: number;
  longTasks: number;
  walkMs: number;
}

interface HoverFigures {
  /** Extension code from the pointer's first movement over the page until AFTER_REACH_MS after. */
  reachMs: number;
  reachLongestMs: number;
  /** Extension code from the pointer's arrival until AFTER_HOVER_MS after the card opened. */
  workMs: number;
  longestMs: number;
  /** From the end of the rest (the card's open task) to the end of the frame that painted it. */
  openMs: number;
  /** Every task of the main thread in the same window, whoever's. */
  taskMs: number;
}

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function trace(page: Page, during: () => Promise<void>): Promise<TraceEvent[]> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  // The protocol types a trace event as a string map; its fields are the trace format's (see TraceEvent).
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
  await cdp.send('Tracing.start', {
    traceConfig: {
      includedCategories: ['devtools.timeline', 'disabled-by-default-v8.compile', 'toplevel', 'blink.user_timing'],
    },
    transferMode: 'ReportEvents',
  });
  await during();
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  return events;
}

async function measureLoad(page: Page, url: string): Promise<LoadFigures> {
  // The window is a span of the page's life, not a condition to wait for.
  const events = await trace(page, async () => {
    await page.goto(url, { waitUntil: 'load' });
    await pause(AFTER_LOAD_MS);
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  const walkMs = await page.evaluate(() => {
    const t0 = performance.now();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let n = 0;
    while (walker.nextNode()) n += walker.currentNode.nodeValue?.length ?? 0;
    return performance.now() - t0 + n * 0;
  });
  const traced = extensionTraceTime(events, ours, WORLD);
  return {
    tracedMs: traced.totalMs,
    longestMs: traced.longestMs,
    taskMs: mainThreadTaskTime(events),
    heapMb: (metrics.find((x) => x.name === 'JSHeapUsedSize')?.value ?? 0) / 1048576,
    longTasks: await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks.length),
    walkMs,
  };
}

/**
 * The pointer comes to rest on a status by real input, and stays; the window runs from its arrival until a
 * second after the card opened. The target script is a string: tsx's helpers do not exist inside the page.
 */
async function measureHover(page: Page, findTarget: string): Promise<HoverFigures> {
  const reached = extensionTraceTime(
    await trace(page, async () => {
      await page.mouse.move(5, 5);
      await pause(AFTER_REACH_MS);
    }),
    ours,
    WORLD,
  );
  const point = (await page.evaluate(findTarget)) as { x: number; y: number };
  await pause(500);
  const events = await trace(page, async () => {
    await page.evaluate(() => performance.mark('status-lens-bench-arrive'));
    await page.mouse.move(point.x, point.y, { steps: 2 });
    await pause(OPEN_DELAY + AFTER_HOVER_MS);
  });
  const traced = extensionTraceTime(events, ours, WORLD);
  return {
    reachMs: reached.totalMs,
    reachLongestMs: reached.longestMs,
    workMs: traced.totalMs,
    longestMs: traced.longestMs,
    openMs: openToPaint(events, ours, 'status-lens-bench-arrive', OPEN_DELAY),
    taskMs: mainThreadTaskTime(events),
  };
}

const LAST_PILL = `(() => { const pills = document.querySelectorAll('.pill'); const last = pills[pills.length - 1];
  last.scrollIntoView({ block: 'center' }); const r = last.getBoundingClientRect(); return { x: r.left + r.width / 2, y: r.top + r.height / 2 }; })()`;
const LAST_CODE = `(() => { const lines = document.querySelectorAll('.log p'); const last = lines[lines.length - 1];
  last.scrollIntoView({ block: 'center' }); const text = last.firstChild; const at = text.data.indexOf('with ') + 5;
  const range = document.createRange(); range.setStart(text, at + 2); range.setEnd(text, at + 3);
  const r = range.getBoundingClientRect(); return { x: r.left + r.width / 2, y: r.top + r.height / 2 }; })()`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const fmt = (x: number) => x.toFixed(1).padStart(9);

interface Spec {
  name: string;
  file: string;
  /** The ceiling of the extension's load work, × the bare walk; null for the page of no vendor. */
  loadTarget: number | null;
  hover: string | null;
}

const specs: Spec[] = SIZES.flatMap((size) => {
  const files = benchFiles(size);
  const rows = size.toLocaleString('en');
  return [
    { name: `Status page, ${rows} rows`, file: files.status, loadTarget: size === 5000 ? 1.5 : null, hover: LAST_PILL },
    {
      name: `DPOD execution page, ${rows} log lines`,
      file: files.dpod,
      loadTarget: size === 5000 ? 2 : null,
      hover: LAST_CODE,
    },
    { name: `The status page's ${rows} rows on a page of no vendor`, file: files.plain, loadTarget: null, hover: null },
  ];
});

writeBenchPages(DIR);
const server = await serveFixtures(DIR);
// One browser for both sides: same flags, viewport and profile. The content script runs on 127.0.0.1 (the
// e2e build matches loopback) and not on bench.localhost, which Chromium also resolves to loopback.
const ext = await launchWithExtension();
const results = specs.map(() => ({
  without: [] as LoadFigures[],
  with: [] as LoadFigures[],
  hoverWithout: [] as HoverFigures[],
  hoverWith: [] as HoverFigures[],
}));
// Interleaved, so a slow moment of the machine does not land on one side only.
for (let i = 0; i < RUNS; i++) {
  for (const [p, spec] of specs.entries()) {
    const url = server.url(spec.file);
    const r = results[p] as (typeof results)[number];
    const plain = await ext.context.newPage();
    r.without.push(await measureLoad(plain, url.replace('127.0.0.1', 'bench.localhost')));
    if (spec.hover) r.hoverWithout.push(await measureHover(plain, spec.hover));
    await plain.close();
    const page = await ext.context.newPage();
    r.with.push(await measureLoad(page, url));
    if (spec.hover) r.hoverWith.push(await measureHover(page, spec.hover));
    await page.close();
  }
}
await ext.close();
await server.close();

let over = 0;
const row = (label: string, without: number | null, withExt: number, target: string, ok: boolean | null) => {
  if (ok === false) over++;
  const a = without === null ? ''.padStart(9) : fmt(without);
  const added = without === null ? ''.padStart(9) : fmt(withExt - without);
  const verdict = ok === null ? '' : ok ? 'ok' : 'OVER';
  console.log(`${label.padEnd(46)}${a}${fmt(withExt)}${added}${target.padStart(10)}  ${verdict}`);
};
/** Each run's figure, lowest first: how far one run strays from the median on this machine. */
const runs = <T>(rows: T[], key: keyof T) => {
  const each = rows.map((x) => x[key] as number).sort((a, b) => a - b);
  console.log(`${'  each run'.padEnd(46)}${each.map((x) => x.toFixed(1)).join('  ')}`);
};
for (const [p, spec] of specs.entries()) {
  const r = results[p] as (typeof results)[number];
  const pick = <T>(rows: T[], key: keyof T) => median(rows.map((x) => x[key] as number));
  /** A figure with no target, without and with the extension. */
  const sideBySide = <T>(label: string, without: T[], withExt: T[], key: keyof T) =>
    row(label, pick(without, key), pick(withExt, key), '', null);
  const walk = pick(r.without, 'walkMs');
  const loadMs = pick(r.with, 'tracedMs');
  console.log(`\n${spec.name}, median of ${RUNS} runs\n`);
  console.log(
    `${'figure'.padEnd(46)}${'without'.padStart(9)}${'with'.padStart(9)}${'added'.padStart(9)}${'target'.padStart(10)}`,
  );
  sideBySide('load: main-thread task time (ms)', r.without, r.with, 'taskMs');
  row("load: extension's script, traced (ms)", 0, loadMs, '', null);
  runs(r.with, 'tracedMs');
  row('load: bare TreeWalker pass (ms)', null, walk, 'floor', null);
  const ratio = loadMs / Math.max(walk, 0.1);
  row(
    'load: extension / bare walk (×)',
    null,
    ratio,
    spec.loadTarget ? `≤ ${spec.loadTarget}` : '',
    spec.loadTarget ? ratio <= spec.loadTarget : null,
  );
  row(
    'load: longest step of extension code (ms)',
    null,
    pick(r.with, 'longestMs'),
    '≤ 50',
    pick(r.with, 'longestMs') <= 50,
  );
  const longTasks = pick(r.with, 'longTasks') - pick(r.without, 'longTasks');
  row(
    'load: long tasks (>50 ms)',
    pick(r.without, 'longTasks'),
    pick(r.with, 'longTasks'),
    'none added',
    longTasks <= 0,
  );
  const heap = pick(r.with, 'heapMb') - pick(r.without, 'heapMb');
  row('heap used (MB)', pick(r.without, 'heapMb'), pick(r.with, 'heapMb'), 'add < 3', heap < 3);
  if (!spec.hover) continue;
  sideBySide('first pointer movement: extension, +1 s (ms)', r.hoverWithout, r.hoverWith, 'reachMs');
  const reachLongest = pick(r.hoverWith, 'reachLongestMs');
  row('first pointer movement: longest step (ms)', null, reachLongest, '≤ 50', reachLongest <= 50);
  const work = pick(r.hoverWith, 'workMs');
  row('hover: extension code, arrival → +1 s (ms)', pick(r.hoverWithout, 'workMs'), work, '≤ 16', work <= 16);
  runs(r.hoverWith, 'workMs');
  row('hover: longest step of extension code (ms)', null, pick(r.hoverWith, 'longestMs'), '', null);
  const open = pick(r.hoverWith, 'openMs');
  row('hover: end of rest → painted card (ms)', null, open, '≤ 16', open <= 16);
  sideBySide('hover: main-thread task time, window (ms)', r.hoverWithout, r.hoverWith, 'taskMs');
}
const contentGz = gzipSync(readFileSync(`${E2E_BUILD}/${CONTENT_SCRIPT_FILE}`)).length / 1024;
console.log();
row('content script gzipped (KB)', null, contentGz, '≤ 40', contentGz <= 40);

const search = runSearchBench();
console.log(
  `\nsearch: ${search.rows.length} queries, median ${search.medianColdMs.toFixed(2)} ms (max ${search.maxColdMs.toFixed(2)} ms), per keystroke ${search.medianKeystrokeMs.toFixed(3)} ms, expected in top 3: ${(search.top3Share * 100).toFixed(0)}%`,
);
if (over) console.log(`\n${over} figure(s) over target.`);
