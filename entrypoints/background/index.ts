import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { parseMessage } from '../../components/messaging/schema';
import { watchSettings } from '../../components/settings/store';
import { showReport } from './badge';
import { listenToCommands, shortcutsText } from './commands';
import { createRegistrationSync, injectIntoOpenConsoles } from './sync';

export default defineBackground(() => {
  // Listeners are added synchronously: a service worker woken by an event only sees listeners added on start.
  const sync = createRegistrationSync();
  browser.runtime.onInstalled.addListener(() => {
    void sync().then(() => injectIntoOpenConsoles().catch(() => {}));
  });
  browser.runtime.onStartup.addListener(() => void sync());
  browser.permissions.onAdded.addListener(() => void sync());
  // Also when the user revokes a host from the browser's own settings.
  browser.permissions.onRemoved.addListener(() => void sync());
  watchSettings(() => void sync());
  void sync();
  listenToCommands();

  browser.runtime.onMessage.addListener((raw, sender, respond) => {
    if (sender.id !== browser.runtime.id) return;
    const message = parseMessage(raw);
    if (message?.type === 'get-shortcuts') {
      shortcutsText().then(respond, () => respond(''));
      return true; // answered asynchronously
    }
    const tabId = sender.tab?.id;
    if (message?.type !== 'page-report' || tabId === undefined) return;
    showReport(tabId, message.report).catch(() => {
      // The tab closed before its report arrived.
    });
  });
});
