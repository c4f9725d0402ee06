import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { type Message, type PageReport, parseMessage } from '../../components/messaging/schema';
import { watchContentSettings } from '../../components/settings/content';
import { Overlay } from './overlay/controller';

export default defineContentScript({
  // The consoles' own hosts. User-added hosts are registered at run time (see background).
  matches: ['*://*.dropsuite.com/*', '*://*.mxhero.com/*'],
  runAt: 'document_idle',
  async main(ctx) {
    const send = (message: Message) => {
      if (ctx.isInvalid) return;
      browser.runtime.sendMessage(message).catch(() => {
        // No listener yet (background starting) or the extension was reloaded: nothing to do.
      });
    };
    const overlay = new Overlay(document, {
      signal: ctx.signal,
      onReport: (report: PageReport) => send({ type: 'page-report', report }),
    });
    browser.runtime.onMessage.addListener((raw, _sender, respond) => {
      if (ctx.isInvalid) return;
      const message = parseMessage(raw);
      if (message?.type === 'get-page-report') {
        respond(overlay.report());
      } else if (message?.type === 'reveal') {
        respond(overlay.reveal(message.entryId, message.label));
      }
    });
    // Watches before it reads: a change made while the page loads is not lost.
    const unwatch = watchContentSettings(({ switches }) => overlay.apply(switches));
    // WXT notices an extension update or reload when the context is next checked; a slow tick makes
    // sure the old script goes quiet (and removes its marks) even on a page that does nothing.
    ctx.setInterval(() => {}, 2000);
    ctx.onInvalidated(() => {
      overlay.stop();
      try {
        unwatch();
      } catch {
        // The extension context is gone: its listeners went with it.
      }
    });
  },
});
