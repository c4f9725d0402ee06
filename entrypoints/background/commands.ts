import { browser } from 'wxt/browser';
import { NAVIGATION } from '../../components/messaging/schema';

/** The keyboard commands (manifest `commands`) move through the statuses of the tab they were pressed in. */
export function listenToCommands(): void {
  browser.commands.onCommand.addListener((name, tab) => {
    if (!(NAVIGATION as readonly string[]).includes(name) || tab?.id === undefined) return;
    browser.tabs.sendMessage(tab.id, { type: 'navigate', to: name }).catch(() => {
      // No console in that tab: nothing to move through.
    });
  });
}
