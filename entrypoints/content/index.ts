import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { type Message, type PageReport, parseMessage } from '../../components/messaging/schema';
import { toCurrent } from '../../components/settings/migrations';
import { readStored, settingsItem } from '../../components/settings/storage-item';
import { DEFAULT_SWITCHES, switchesOf } from '../../components/settings/switches';
import { isRecord } from '../../components/settings/values';
import { Engine, type EngineSettings } from './engine/engine';
import { declaredHosts } from './engine/recognise';
import type { Direction } from './session';

const DIRECTIONS: Record<string, Direction> = {
  'next-status': 'next',
  'previous-status': 'previous',
  'next-failure': 'next-failure',
};

/** The settings the overlay needs, from a stored value of any version: the switches and the declared hosts. */
function contentSettings(value: unknown, version?: number): EngineSettings {
  const current = value === null || value === undefined ? null : toCurrent(value, version).value;
  return {
    switches: switchesOf(value, version),
    hosts: declaredHosts(isRecord(current) ? current.hosts : undefined),
  };
}

export default defineContentScript({
  // The consoles' own hosts. User-added hosts are registered at run time (see background), in every frame too.
  matches: ['*://*.dropsuite.com/*', '*://*.mxhero.com/*'],
  allFrames: true,
  runAt: 'document_idle',
  async main(ctx) {
    const send = (message: Message) => {
      if (ctx.isInvalid) return Promise.resolve(undefined);
      return browser.runtime.sendMessage(message).catch(() => {
        // No listener yet (background starting) or the extension was reloaded: nothing to do.
      });
    };
    const engine = new Engine(document, {
      onReport: (report: PageReport) => void send({ type: 'page-report', report }),
    });
    browser.runtime.onMessage.addListener((raw, _sender, respond) => {
      if (ctx.isInvalid) return;
      const message = parseMessage(raw);
      if (message?.type === 'get-page-report') respond(engine.report());
      else if (message?.type === 'reveal') respond(engine.reveal(message.entryId, message.label));
      else if (message?.type === 'navigate') respond(engine.navigate(DIRECTIONS[message.to] ?? 'next'));
    });
    // Route changes of single-page consoles: WXT's watcher (pushState, replaceState), and the browser's own.
    ctx.addEventListener(window, 'wxt:locationchange', () => engine.routeChanged());
    ctx.addEventListener(window, 'popstate', () => engine.routeChanged());
    ctx.addEventListener(window, 'hashchange', () => engine.routeChanged());
    // Watch before reading, so a change made while the page loads is not lost.
    let latest: EngineSettings | null = null;
    const unwatch = settingsItem.watch((value) => {
      latest = contentSettings(value);
      engine.apply(latest);
    });
    const first = await readStored(contentSettings, () => ({ switches: { ...DEFAULT_SWITCHES }, hosts: [] }));
    engine.apply(latest ?? first);
    void send({ type: 'get-shortcuts' }).then((keys) => {
      if (typeof keys === 'string') engine.keysHint = keys;
    });
    // WXT notices an extension update or reload when the context is next checked; a slow tick makes
    // sure the old script goes quiet (and removes its marks) even on a page that does nothing.
    ctx.setInterval(() => {}, 2000);
    ctx.onInvalidated(() => {
      engine.stop();
      try {
        unwatch();
      } catch {
        // The extension context is gone: its listeners went with it.
      }
    });
  },
});
