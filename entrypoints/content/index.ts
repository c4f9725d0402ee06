import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { CONSOLES } from '../../catalog/consoles';
import type { Message, PageReport } from '../../components/messaging/schema';
import { entriesFrom, parseContentMessage } from '../../components/messaging/to-content';
import { watchContentSettings } from '../../components/settings/content';
import { Engine } from './engine/engine';
import { Lifetime } from './lifetime';
import { clearLeftovers } from './present/leftovers';
import type { Direction } from './session';

const DIRECTIONS: Record<string, Direction> = {
  'next-status': 'next',
  'previous-status': 'previous',
  'next-failure': 'next-failure',
};

export default defineContentScript({
  // The consoles' own hosts. User-added and policy hosts are registered at run time (see background), in
  // every frame too: a console shown in an iframe of its host is a console.
  matches: CONSOLES.flatMap((c) => c.builtInHosts),
  allFrames: true,
  runAt: 'document_idle',
  // WXT would post its "started" message to the page, which any page can read and replay to stop us: our
  // instances coordinate in the isolated world instead (./lifetime.ts).
  noScriptStartedPostMessage: true,
  main() {
    // WXT's context (`ctx`) is not used for our lifetime: in WXT 0.20 it also ends on a DOM event a page can
    // dispatch. Ours ends only when the extension goes or a newer instance of it starts in this frame.
    const lifetime = new Lifetime(window);
    // An earlier instance (before an update or reload) may have gone without cleaning up: Firefox unloads it.
    clearLeftovers(document);
    const send = (message: Message) => {
      if (!lifetime.alive) return Promise.resolve(undefined);
      return browser.runtime.sendMessage(message).catch(() => {
        // No listener yet (background starting) or the extension was reloaded: nothing to do.
      });
    };
    const engine = new Engine(document, {
      onReport: (report: PageReport) => void send({ type: 'page-report', report }),
      send: (message) => void send(message),
      catalog: (product) => send({ type: 'get-catalog', product }).then(entriesFrom),
    });
    const onMessage = (raw: unknown, sender: { id?: string }, respond: (answer: unknown) => void) => {
      if (!lifetime.alive || sender.id !== browser.runtime.id) return;
      const message = parseContentMessage(raw);
      if (message?.type === 'get-page-report') respond(engine.report());
      else if (message?.type === 'reveal') respond(engine.reveal(message.entryId, message.label, message.at));
      else if (message?.type === 'navigate') respond(engine.navigate(DIRECTIONS[message.to] ?? 'next'));
      else if (message?.type === 'inspect-card' && import.meta.env.MODE === 'e2e') respond(engine.inspectCard());
    };
    browser.runtime.onMessage.addListener(onMessage);
    // Route changes of single-page consoles: the browser's own events, and every settled change of the page, which
    // compares the address (engine.ts); where the Navigation API exists, each navigation as it happens.
    const options = { signal: lifetime.signal };
    window.addEventListener('popstate', () => engine.routeChanged(), options);
    window.addEventListener('hashchange', () => engine.routeChanged(), options);
    const navigation = (window as Window & { navigation?: EventTarget }).navigation;
    // `navigate` comes before the address changes: the page is judged once it has.
    navigation?.addEventListener('navigate', () => window.setTimeout(() => engine.routeChanged()), options);
    // Watches before it reads: a change made while the page loads is not lost.
    const unwatch = watchContentSettings((settings) => {
      if (lifetime.alive) engine.apply(settings);
    });
    void send({ type: 'get-shortcuts' }).then((keys) => {
      if (typeof keys === 'string') engine.keysHint = keys;
    });
    lifetime.onEnd(() => {
      engine.stop();
      try {
        browser.runtime.onMessage.removeListener(onMessage);
        unwatch();
      } catch {
        // The extension context is gone: its listeners went with it.
      }
    });
  },
});
