/**
 * The time spent in the extension's code, read exactly from a trace (devtools.timeline): every script evaluation
 * and every callback the browser ran of the extension's scripts, by its URL. Unlike the sampling profile this
 * counts compiling the content script and any work the profiler leaves to "(program)"; it misses promise
 * reactions run outside a callback of ours, which are few and short.
 */

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  args?: { data?: { url?: string } };
}

export interface TracedTime {
  /** The extension's script evaluations and callbacks, overlaps counted once, in ms. */
  totalMs: number;
  /** Of which evaluating (compiling and running the top level of) its scripts, in ms. */
  evaluateMs: number;
  /** The longest single evaluation or callback, in ms. */
  longestMs: number;
}

const KINDS = new Set(['EvaluateScript', 'FunctionCall']);

export function extensionTraceTime(events: readonly TraceEvent[], isExtension: (url: string) => boolean): TracedTime {
  const ours = events
    .filter((e) => e.ph === 'X' && KINDS.has(e.name) && isExtension(e.args?.data?.url ?? ''))
    .map((e) => ({ start: e.ts, end: e.ts + (e.dur ?? 0), tid: e.tid, evaluate: e.name === 'EvaluateScript' }))
    .sort((a, b) => a.tid - b.tid || a.start - b.start);
  let total = 0;
  let longest = 0;
  let evaluate = 0;
  let open: { tid: number; start: number; end: number } | null = null;
  for (const e of ours) {
    longest = Math.max(longest, e.end - e.start);
    if (e.evaluate) evaluate += e.end - e.start;
    // A callback inside another (an event our code dispatched) is counted once.
    if (open && open.tid === e.tid && e.start <= open.end) open.end = Math.max(open.end, e.end);
    else {
      if (open) total += open.end - open.start;
      open = { tid: e.tid, start: e.start, end: e.end };
    }
  }
  if (open) total += open.end - open.start;
  return { totalMs: total / 1000, evaluateMs: evaluate / 1000, longestMs: longest / 1000 };
}
