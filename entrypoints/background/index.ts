import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { entriesOf } from '../../catalog';
import { deskFormPath } from '../../components/desk/link';
import { mergeDesk } from '../../components/desk/match';
import { parseMessage } from '../../components/messaging/schema';
import { publishSettingsInForce } from '../../components/settings/in-force';
import { mirrorPolicy, watchManaged } from '../../components/settings/storage-item';
import { getSettings, readPolicy, watchPolicy, watchSettings } from '../../components/settings/store';
import { shortcutsText } from '../../components/shortcuts';
import { listenToCommands } from './commands';
import { createDeskFormOpener } from './desk-form';
import { createRegistrationSync, injectIntoOpenConsoles } from './sync';
import { createToolbar } from './toolbar';
import { enableHere, finishGranted } from './use-here-flow';

/** The welcome page opened once, after install: where the consoles live, and the keys. */
const WELCOME_PAGE = '/welcome.html';

export default defineBackground(() => {
  // Listeners are added synchronously: a service worker woken by an event only sees listeners added on start.
  const sync = createRegistrationSync();
  browser.runtime.onInstalled.addListener(({ reason }) => {
    void sync().then(() => injectIntoOpenConsoles().catch(() => {}));
    // Only a first install: an update or a reload of the extension does not greet the user again.
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) });
  });
  browser.runtime.onStartup.addListener(() => void sync());
  browser.permissions.onAdded.addListener(() => {
    void sync();
    // A "Use Status Lens here" granted while the worker was stopped (or the popup closed by the prompt).
    void finishGranted(sync).catch((error: unknown) => console.error('[Status Lens] use here', error));
  });
  // Also when the user revokes a host from the browser's own settings.
  browser.permissions.onRemoved.addListener(() => void sync());
  // The settings in force, published for the content scripts and the popup whenever the settings or the policy
  // change (and at every start: a record of an older version is replaced).
  const publish = () =>
    void publishSettingsInForce().catch((error: unknown) => console.error('[Status Lens] settings', error));
  watchSettings(() => {
    publish();
    void sync();
  });
  // The organisation's policy applies at once: the background copies managed storage to local storage, where every
  // context reads it without waiting for the browser's policy (seconds at the start of a session).
  const mirror = () => void mirrorPolicy().catch((error: unknown) => console.error('[Status Lens] policy', error));
  watchManaged(mirror);
  mirror();
  watchPolicy(() => {
    publish();
    void sync();
  });
  publish();
  void sync();
  listenToCommands();
  const toolbar = createToolbar(deskEntries);
  toolbar.listen();
  const openDeskForm = createDeskFormOpener();

  browser.runtime.onMessage.addListener((raw, sender, respond) => {
    if (sender.id !== browser.runtime.id) return;
    const message = parseMessage(raw);
    if (message?.type === 'get-catalog') {
      // A content script's console, recognised: its entries are no part of the content script's bundle.
      respond(entriesOf(message.product));
      return;
    }
    if (message?.type === 'get-shortcuts') {
      shortcutsText().then(respond, () => respond(''));
      return true; // answered asynchronously
    }
    if (message?.type === 'use-here') {
      // Only from the extension's own pages (the popup), never from a content script.
      if (sender.tab !== undefined && !sender.url?.startsWith(browser.runtime.getURL('/'))) return;
      enableHere(message, sync).then(respond, (error: Error) => respond({ ok: false, problem: error.message }));
      return true;
    }
    if (message?.type === 'add-desk-note' || message?.type === 'add-desk-entry') {
      // The options page at the form, filled in: one tab, reused, and one request per tab per burst (desk-tab.ts).
      const kind = message.type === 'add-desk-note' ? 'note' : 'entry';
      openDeskForm(
        deskFormPath({ kind, product: message.product, section: message.section, label: message.label }),
        sender.tab?.id,
      );
      return;
    }
    const tabId = sender.tab?.id;
    if (message?.type !== 'page-report' || tabId === undefined) return;
    // Kept per frame and summed per tab: a console in an iframe counts beside its parent page.
    const documentId = (sender as { documentId?: unknown }).documentId;
    toolbar
      .report(tabId, sender.frameId ?? 0, typeof documentId === 'string' ? documentId : undefined, message.report)
      .catch(() => {
        // The tab closed before its report arrived.
      });
  });
});

/** The desk entries in force: the organisation's and the user's own. */
async function deskEntries() {
  const [settings, policy] = await Promise.all([getSettings(), readPolicy()]);
  return mergeDesk(policy, { notes: [], entries: settings.deskEntries }).entries;
}
