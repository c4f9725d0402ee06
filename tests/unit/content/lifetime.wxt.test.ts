/**
 * How long an instance of the content script answers for its frame: until a newer one starts there, or its
 * extension goes (reloaded, updated). Uses the extension's runtime: WXT's fake browser (project unit-wxt).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Lifetime } from '../../../entrypoints/content/lifetime';

const view = globalThis as unknown as Window & typeof globalThis;
const runtime = fakeBrowser.runtime as { id: string | undefined };

describe('the lifetime of a content script instance', () => {
  const started: Lifetime[] = [];
  const start = () => {
    const lifetime = new Lifetime(view);
    started.push(lifetime);
    return lifetime;
  };

  beforeEach(() => {
    vi.useFakeTimers();
    fakeBrowser.reset();
  });
  afterEach(() => {
    for (const lifetime of started.splice(0)) lifetime.end('test over');
    vi.useRealTimers();
  });

  it('ends when a newer instance starts in the frame, which answers from then on', () => {
    const older = start();
    const ended = vi.fn();
    older.onEnd(ended);
    // What the older instance listens to goes with it (its signal).
    const page = new EventTarget();
    const heard = vi.fn();
    page.addEventListener('pointermove', heard, { signal: older.signal });
    const newer = start();
    expect(older.alive).toBe(false);
    expect(ended).toHaveBeenCalledOnce();
    page.dispatchEvent(new Event('pointermove'));
    expect(heard).not.toHaveBeenCalled();
    expect(newer.alive).toBe(true);
  });

  it('ends by itself within seconds once its extension is gone, and stops checking', () => {
    const lifetime = start();
    const ended = vi.fn();
    lifetime.onEnd(ended);
    vi.advanceTimersByTime(10_000);
    expect(ended).not.toHaveBeenCalled();
    // The extension reloaded or updated: this instance's runtime has no id any more.
    runtime.id = undefined;
    vi.advanceTimersByTime(5_000);
    expect(ended).toHaveBeenCalledOnce();
    expect(lifetime.alive).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('ends at once when asked whether it is alive with its extension gone, the context invalidated', () => {
    const lifetime = start();
    Object.defineProperty(fakeBrowser.runtime, 'id', {
      configurable: true,
      get() {
        throw new Error('Extension context invalidated.');
      },
    });
    try {
      expect(lifetime.alive).toBe(false);
      expect(lifetime.signal.aborted).toBe(true);
    } finally {
      Object.defineProperty(fakeBrowser.runtime, 'id', { configurable: true, writable: true, value: 'test' });
    }
  });

  it('leaves the frame to the next instance once it ended', () => {
    const first = start();
    first.end('stopped');
    const ended = vi.fn();
    first.onEnd(ended);
    const next = start();
    expect(next.alive).toBe(true);
    expect(ended).not.toHaveBeenCalled();
  });
});
