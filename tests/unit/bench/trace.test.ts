/** The bench's reading of a trace: what it counts as the extension's main-thread time, and what it leaves out. */
import { describe, expect, it } from 'vitest';
import { extensionTraceTime, mainThreadTaskTime, type TraceEvent } from '../../bench/trace';

const MAIN = 1;
const WORKER = 2;
const EXT = 'chrome-extension://abc/content-loader.js';
const WORLD = 'Status Lens';
const threads: TraceEvent[] = [
  { name: 'thread_name', ph: 'M', ts: 0, tid: MAIN, args: { name: 'CrRendererMain' } },
  { name: 'thread_name', ph: 'M', ts: 0, tid: WORKER, args: { name: 'ThreadPoolForegroundWorker' } },
];
// ts and dur are in microseconds, as Chrome writes them.
const step = (name: string, ts: number, dur: number, args: TraceEvent['args'], tid = MAIN): TraceEvent => ({
  name,
  ph: 'X',
  ts,
  dur,
  tid,
  args,
});
const isExtension = (url: string) => url.startsWith('chrome-extension://');
const read = (events: TraceEvent[]) => extensionTraceTime([...threads, ...events], isExtension, WORLD);

describe('the traced extension time', () => {
  it('counts a step inside another once, and the longest merged run', () => {
    const time = read([
      step('EvaluateScript', 1000, 2000, { data: { url: EXT } }),
      step('v8.compile', 1500, 1000, { fileName: EXT }),
      step('FunctionCall', 10_000, 500, { data: { url: EXT } }),
    ]);
    expect(time.totalMs).toBeCloseTo(2.5);
    expect(time.loadMs).toBeCloseTo(2);
    expect(time.longestMs).toBeCloseTo(2);
  });

  it('counts as loading what compiles inside a callback of ours, not the whole callback', () => {
    const time = read([
      step('FunctionCall', 0, 4000, { data: { url: EXT } }),
      step('v8.compile', 1000, 500, { fileName: EXT }),
    ]);
    expect(time.totalMs).toBeCloseTo(4);
    expect(time.loadMs).toBeCloseTo(0.5);
  });

  it("counts a module's evaluation by the extension's world, which names no URL", () => {
    const time = read([step('v8.evaluateModule', 0, 3000, { worldName: WORLD })]);
    expect(time.totalMs).toBeCloseTo(3);
  });

  it("leaves out the page's own scripts, other worlds, and compiling on a worker thread", () => {
    const time = read([
      step('FunctionCall', 0, 4000, { data: { url: 'https://app.example/main.js' } }),
      step('v8.evaluateModule', 5000, 4000, { worldName: 'Another extension' }),
      step('v8.parseOnBackground', 0, 16_000, { data: { url: EXT } }, WORKER),
    ]);
    expect(time.totalMs).toBe(0);
    expect(time.offThreadCompileMs).toBeCloseTo(16);
  });

  it("sums the main thread's tasks only", () => {
    const task = (tid: number, dur: number) => step('ThreadControllerImpl::RunTask', 0, dur, {}, tid);
    expect(mainThreadTaskTime([...threads, task(MAIN, 7000), task(MAIN, 1000), task(WORKER, 9000)])).toBeCloseTo(8);
  });
});
