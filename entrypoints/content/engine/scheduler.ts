/**
 * The one scheduler for work split across tasks: counting the page's statuses for the report, taking in
 * what the page added. Jobs are generators that yield after each small step; they run in idle time, a few
 * milliseconds a slice, so no task of ours runs long and the page's own work goes first. Hover and focus
 * never wait for a job: what they need they compute on the spot.
 */

/** Longest slice of work in one task. */
const SLICE_MS = 6;
/** An idle callback is asked to run within this time even on a page that is never idle. */
const IDLE_TIMEOUT_MS = 300;

export type Job = Iterator<unknown, void>;

export class Scheduler {
  private readonly jobs = new Map<string, Job>();
  private pending = false;
  private stopped = false;

  constructor(private readonly view: Window & typeof globalThis) {}

  /** Runs `job` in idle slices, replacing a job of the same key that has not finished. */
  run(key: string, job: Job): void {
    if (this.stopped) return;
    this.jobs.delete(key);
    this.jobs.set(key, job);
    this.request();
  }

  /** Runs a job to its end now: someone asked for its result (the popup, a keyboard command). */
  finish(key: string): void {
    const job = this.jobs.get(key);
    if (!job) return;
    this.jobs.delete(key);
    while (!job.next().done) {
      // Every step at once: the asker waits for the result.
    }
  }

  /** Runs every job to its end now. */
  finishAll(): void {
    for (const key of [...this.jobs.keys()]) this.finish(key);
  }

  cancel(key: string): void {
    this.jobs.delete(key);
  }

  stop(): void {
    this.stopped = true;
    this.jobs.clear();
  }

  private request(): void {
    if (this.pending || this.stopped) return;
    this.pending = true;
    const view = this.view;
    if (typeof view.requestIdleCallback === 'function') {
      view.requestIdleCallback((deadline) => this.slice(deadline.timeRemaining()), { timeout: IDLE_TIMEOUT_MS });
    } else {
      view.setTimeout(() => this.slice(SLICE_MS), 1);
    }
  }

  private slice(idle: number): void {
    this.pending = false;
    if (this.stopped) return;
    const end = performance.now() + Math.max(1, Math.min(SLICE_MS, idle || SLICE_MS));
    for (const [key, job] of this.jobs) {
      let done = false;
      try {
        while (!done && performance.now() < end) done = !!job.next().done; // one step: a few dozen nodes
      } catch (error) {
        // A page that breaks the DOM under us ends that job, not the overlay.
        console.debug('[Status Lens]', error);
        done = true;
      }
      if (done && this.jobs.get(key) === job) this.jobs.delete(key);
      if (performance.now() >= end) break;
    }
    if (this.jobs.size) this.request();
  }
}
