/** The page's changes, handed on once it settles: the trailing edge included, and the open card told at once. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageWatcher } from '../../../../entrypoints/content/engine/watch';
import { HOST_TAG } from '../../../../entrypoints/content/own';
import { pageOf } from '../support/dom';

describe('the page watcher', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('delivers changes once the page settles, the trailing edge included, and at once to who must follow', async () => {
    vi.useFakeTimers();
    const { doc, view } = pageOf('<main></main>');
    const batches: number[] = [];
    let now = 0;
    const watcher = new PageWatcher(
      view,
      (changes) => batches.push(changes.roots.length),
      () => now++,
    );
    watcher.observe(doc.documentElement);
    const main = doc.querySelector('main') as HTMLElement;
    // A late render in three steps, 150 ms apart: nothing is missed, the last one included.
    for (let i = 0; i < 3; i++) {
      main.append(doc.createElement('p'));
      await vi.advanceTimersByTimeAsync(150);
    }
    await vi.advanceTimersByTimeAsync(500);
    expect(batches.reduce((a, b) => a + b, 0)).toBe(3);
    expect(now).toBe(3);
    watcher.stop();
  });

  it('hands on, on a page that never stops changing, at least every 400 ms', async () => {
    vi.useFakeTimers();
    const { doc, view } = pageOf('<main></main>');
    const delivered: number[] = [];
    const watcher = new PageWatcher(view, () => delivered.push(Date.now()));
    watcher.observe(doc.documentElement);
    const main = doc.querySelector('main') as HTMLElement;
    const start = Date.now();
    // A console that polls every 50 ms, for a second: never 80 ms of quiet.
    for (let i = 0; i < 20; i++) {
      main.textContent = String(i);
      await vi.advanceTimersByTimeAsync(50);
    }
    expect(delivered.length).toBeGreaterThanOrEqual(2);
    expect(delivered[0] as number).toBeLessThanOrEqual(start + 450);
    watcher.stop();
  });

  it('does not see what the overlay itself adds', async () => {
    vi.useFakeTimers();
    const { doc, view } = pageOf('<main></main>');
    const told = vi.fn();
    const watcher = new PageWatcher(view, told, told);
    watcher.observe(doc.documentElement);
    const host = doc.createElement(HOST_TAG);
    doc.documentElement.append(host);
    host.append(doc.createElement('div'));
    await vi.advanceTimersByTimeAsync(500);
    expect(told).not.toHaveBeenCalled();
    // The page's own change is seen, which proves the watcher was watching.
    doc.querySelector('main')?.append(doc.createElement('p'));
    await vi.advanceTimersByTimeAsync(500);
    expect(told).toHaveBeenCalled();
    watcher.stop();
  });
});
