/** Work split across idle slices: never a long task of ours, and done at once when someone waits for it. */
import { describe, expect, it, vi } from 'vitest';
import { Scheduler } from '../../../../entrypoints/content/engine/scheduler';

/** A window whose idle callbacks run when the test says so. */
function fakeView() {
  const idle: (() => void)[] = [];
  return {
    view: {
      requestIdleCallback: (cb: (d: { timeRemaining(): number }) => void) =>
        idle.push(() => cb({ timeRemaining: () => 5 })),
    } as unknown as Window & typeof globalThis,
    runIdle: () => {
      for (const run of idle.splice(0)) run();
    },
    pending: () => idle.length,
  };
}

function* counting(into: number[], steps = 3) {
  for (let i = 0; i < steps; i++) {
    into.push(i);
    yield;
  }
}

describe('the scheduler', () => {
  it('runs a job in idle time, not at once', () => {
    const { view, runIdle, pending } = fakeView();
    const done: number[] = [];
    new Scheduler(view).run('count', counting(done));
    expect(done).toEqual([]);
    expect(pending()).toBe(1);
    for (let i = 0; i < 5 && pending(); i++) runIdle();
    expect(done).toEqual([0, 1, 2]);
    expect(pending()).toBe(0);
  });

  it('runs a job to its end when asked, and not again after', () => {
    const { view, runIdle } = fakeView();
    const scheduler = new Scheduler(view);
    const done: number[] = [];
    scheduler.run('count', counting(done));
    scheduler.finish('count');
    expect(done).toEqual([0, 1, 2]);
    runIdle();
    expect(done).toEqual([0, 1, 2]);
  });

  it('replaces a job of the same key that has not finished', () => {
    const { view, runIdle } = fakeView();
    const scheduler = new Scheduler(view);
    const seen: string[] = [];
    const job = (name: string) =>
      (function* () {
        seen.push(name);
        yield;
      })();
    scheduler.run('report', job('old'));
    scheduler.run('report', job('new'));
    runIdle();
    expect(seen).toEqual(['new']);
  });

  it('ends a job that throws, not the others, and runs nothing once stopped', () => {
    const { view, runIdle, pending } = fakeView();
    const scheduler = new Scheduler(view);
    const done: number[] = [];
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => {});
    scheduler.run(
      'broken',
      (function* () {
        yield;
        throw new Error('the page broke the DOM under us');
      })(),
    );
    scheduler.run('count', counting(done));
    for (let i = 0; i < 5 && pending(); i++) runIdle();
    expect(done).toEqual([0, 1, 2]);
    expect(debug).toHaveBeenCalledOnce();
    debug.mockRestore();
    scheduler.stop();
    scheduler.run('late', counting(done));
    runIdle();
    expect(pending()).toBe(0);
    expect(done).toEqual([0, 1, 2]);
  });
});
