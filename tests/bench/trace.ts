/**
 * The time spent in the extension's code on the page's main thread, read exactly from a trace (devtools.timeline
 * and V8's compile events): every step of loading its scripts (evaluating the loader, finishing the module's
 * streamed compile, compiling, evaluating and caching the module) and every callback the browser ran of them.
 * Ours by the script's URL, or, for a module's evaluation (which names no URL), by the extension's world. Unlike
 * the sampling profile this counts compiling, and work the profiler leaves to "(program)"; it misses promise
 * reactions run outside a callback of ours, which are few and short. What V8 compiles on a worker thread while
 * the module streams in is not the page's main thread's time: it is returned beside, for what it is.
 */

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  args?: { name?: string; fileName?: string; worldName?: string; data?: { url?: string } };
}

export interface TracedTime {
  /** The extension's work on the page's main thread, overlaps counted once, in ms. */
  totalMs: number;
  /** Of which loading (compiling and evaluating) its scripts, in ms. */
  loadMs: number;
  /** The longest single step, in ms. */
  longestMs: number;
  /** Compiled on a worker thread as the module streamed in, in ms: not main-thread time. */
  offThreadCompileMs: number;
}

const mainThreadsOf = (events: readonly TraceEvent[]) =>
  new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => e.tid));

/** All the tasks the page's main thread ran (the trace's `toplevel` category), whoever's, in ms. */
export function mainThreadTaskTime(events: readonly TraceEvent[]): number {
  const main = mainThreadsOf(events);
  let total = 0;
  for (const e of events) if (e.name === 'ThreadControllerImpl::RunTask' && main.has(e.tid)) total += e.dur ?? 0;
  return total / 1000;
}

interface Span {
  tid: number;
  start: number;
  end: number;
}

/** Spans on one thread that overlap (V8's compile inside an evaluation, an event our code dispatched) merged. */
function merge(spans: readonly Span[]): { total: number; longest: number } {
  let total = 0;
  let longest = 0;
  let open: Span | null = null;
  const close = (span: Span | null) => {
    if (!span) return;
    total += span.end - span.start;
    longest = Math.max(longest, span.end - span.start);
  };
  for (const span of [...spans].sort((a, b) => a.tid - b.tid || a.start - b.start)) {
    if (open && open.tid === span.tid && span.start <= open.end) open.end = Math.max(open.end, span.end);
    else {
      close(open);
      open = { ...span };
    }
  }
  close(open);
  return { total, longest };
}

export function extensionTraceTime(
  events: readonly TraceEvent[],
  isExtension: (url: string) => boolean,
  world: string,
): TracedTime {
  const mainThreads = mainThreadsOf(events);
  const url = (e: TraceEvent) => e.args?.data?.url ?? e.args?.fileName ?? '';
  const mine = events.filter((e) => e.ph === 'X' && (isExtension(url(e)) || e.args?.worldName === world));
  let offThread = 0;
  for (const e of mine) if (!mainThreads.has(e.tid) && e.name === 'v8.parseOnBackground') offThread += e.dur ?? 0;
  const onMain = mine.filter((e) => mainThreads.has(e.tid));
  const span = (e: TraceEvent): Span => ({ tid: e.tid, start: e.ts, end: e.ts + (e.dur ?? 0) });
  const all = merge(onMain.map(span));
  const load = merge(onMain.filter((e) => e.name !== 'FunctionCall').map(span));
  return {
    totalMs: all.total / 1000,
    loadMs: load.total / 1000,
    longestMs: all.longest / 1000,
    offThreadCompileMs: offThread / 1000,
  };
}

/**
 * From the task that opened the card to the end of the frame that painted it, in ms: the extension's longest step
 * in the moments after the rest ended (`delay` after the `mark` the bench set when the pointer arrived), to the
 * end of the first frame committed after it. NaN when no such step is in the trace.
 */
export function openToPaint(
  events: readonly TraceEvent[],
  isExtension: (url: string) => boolean,
  mark: string,
  delay: number,
): number {
  const arrived = events.find((e) => e.name === mark)?.ts;
  if (arrived === undefined) return Number.NaN;
  const main = mainThreadsOf(events);
  const from = arrived + delay * 900;
  const to = arrived + (delay + 200) * 1000;
  const url = (e: TraceEvent) => e.args?.data?.url ?? '';
  const open = events
    .filter((e) => e.ph === 'X' && main.has(e.tid) && e.name === 'FunctionCall' && isExtension(url(e)))
    .filter((e) => e.ts >= from && e.ts <= to)
    .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))[0];
  if (!open) return Number.NaN;
  const end = open.ts + (open.dur ?? 0);
  const frame = events
    .filter((e) => main.has(e.tid) && (e.name === 'Commit' || e.name === 'Paint') && e.ts >= end)
    .sort((a, b) => a.ts - b.ts)[0];
  return frame ? (frame.ts + (frame.dur ?? 0) - open.ts) / 1000 : Number.NaN;
}
