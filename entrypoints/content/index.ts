import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { type Message, type PageReport, parseMessage } from '../../components/messaging/schema';
import { watchContentSettings } from '../../components/settings/content';
import { Engine } from './engine/engine';
import { clearLeftovers } from './present/leftovers';
import type { Direction } from './session';

/** The message a starting instance leaves in its frame, for an older one there to stop. */
const STARTED = 'status-lens:content-script-started';

const DIRECTIONS: Record<string, Direction> = {
  'next-status': 'next',
  'previous-status': 'previous',
  'next-failure': 'next-failure',
};

export default defineContentScript({
  // The consoles' own hosts. User-added and policy hosts are registered at run time (see background), in
  // every frame too: a console shown in an iframe of its host is a console.
  matches: ['*://*.dropsuite.com/*', '*://*.mxhero.com/*'],
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    // An earlier instance (before an update or reload) may have gone without cleaning up: Firefox unloads it.
    clearLeftovers(document);
    // One instance a frame: WXT stops an older one in the top frame only, and an instance run again in every
    // frame of an open tab after an update would otherwise sit beside the manifest's in its iframes.
    // Only a newer one stops this one: two instances started at once must not stop each other.
    const at = performance.now();
    const id = Math.random().toString(36).slice(2);
    window.postMessage({ type: STARTED, id, at }, '*');
    ctx.addEventListener(window, 'message', (event: MessageEvent) => {
      const data = event.data as { type?: unknown; id?: unknown; at?: unknown } | null;
      if (event.source !== window || data?.type !== STARTED || data.id === id || typeof data.at !== 'number') return;
      if (data.at > at || (data.at === at && String(data.id) > id)) ctx.abort('a newer instance started');
    });
    const send = (message: Message) => {
      if (ctx.isInvalid) return Promise.resolve(undefined);
      return browser.runtime.sendMessage(message).catch(() => {
        // No listener yet (background starting) or the extension was reloaded: nothing to do.
      });
    };
    const engine = new Engine(document, {
      onReport: (report: PageReport) => void send({ type: 'page-report', report }),
      send: (message) => void send(message),
    });
    const onMessage = (raw: unknown, _sender: unknown, respond: (answer: unknown) => void) => {
      if (ctx.isInvalid) return;
      const message = parseMessage(raw);
      if (message?.type === 'get-page-report') respond(engine.report());
      else if (message?.type === 'reveal') respond(engine.reveal(message.entryId, message.label));
      else if (message?.type === 'navigate') respond(engine.navigate(DIRECTIONS[message.to] ?? 'next'));
    };
    browser.runtime.onMessage.addListener(onMessage);
    // Route changes of single-page consoles: WXT's watcher (pushState, replaceState), and the browser's own.
    // Listening starts WXT's watcher, which checks the context every second: an extension update or reload is
    // noticed then, so the old script goes quiet (and removes its marks) even on a page that does nothing.
    ctx.addEventListener(window, 'wxt:locationchange', () => engine.routeChanged());
    ctx.addEventListener(window, 'popstate', () => engine.routeChanged());
    ctx.addEventListener(window, 'hashchange', () => engine.routeChanged());
    // Watches before it reads: a change made while the page loads is not lost.
    const unwatch = watchContentSettings((settings) => engine.apply(settings));
    void send({ type: 'get-shortcuts' }).then((keys) => {
      if (typeof keys === 'string') engine.keysHint = keys;
    });
    ctx.onInvalidated(() => {
      engine.stop();
      try {
        // A newer instance answers for the page now.
        browser.runtime.onMessage.removeListener(onMessage);
        unwatch();
      } catch {
        // The extension context is gone: its listeners went with it.
      }
    });
  },
});
