/**
 * How long this instance of the content script answers for its frame, decided by nothing the page can see or
 * forge: the isolated world's own state and the extension's own. A newer instance in the same frame (the script
 * run again in an open tab after an install) stops the older one directly, through a global of the extension's
 * isolated world, which page scripts cannot reach; an instance whose extension was reloaded or updated stops
 * itself when it finds its runtime gone. Never `window.postMessage`, which any page can post and replay.
 */
import { browser } from 'wxt/browser';

/** A key of the isolated world's global object: the page's own global object is another. */
const CURRENT = Symbol.for('status-lens.instance');
/** How often an idle instance checks that its extension is still there (a property read). */
const CHECK_MS = 2000;

type Registry = typeof globalThis & { [CURRENT]?: Lifetime };

export class Lifetime {
  private readonly controller = new AbortController();

  constructor(view: Window & typeof globalThis) {
    const registry = globalThis as Registry;
    registry[CURRENT]?.end('a newer instance started');
    registry[CURRENT] = this;
    const timer = view.setInterval(() => this.alive, CHECK_MS);
    this.controller.signal.addEventListener('abort', () => {
      view.clearInterval(timer);
      if (registry[CURRENT] === this) delete registry[CURRENT];
    });
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** Whether the instance still answers: its extension is there and no newer instance took over. */
  get alive(): boolean {
    if (this.controller.signal.aborted) return false;
    let id: string | undefined;
    try {
      id = browser.runtime?.id;
    } catch {
      id = undefined;
    }
    if (!id) this.end('the extension was reloaded or updated');
    return !this.controller.signal.aborted;
  }

  onEnd(callback: () => void): void {
    this.controller.signal.addEventListener('abort', callback, { once: true });
  }

  end(reason: string): void {
    if (!this.controller.signal.aborted) this.controller.abort(reason);
  }
}
