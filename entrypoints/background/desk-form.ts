import { browser } from 'wxt/browser';
import { admitDeskRequest, type CreatedTab, chooseDeskTab, NO_TAB, type OptionsTab } from './desk-tab';

const OPTIONS_PAGE = '/options.html';

/**
 * Opens the options page at a desk form (a page cannot open extension pages; the background may), deciding by
 * desk-tab.ts: a burst from one tab opens one form, and an options tab already open is reused. Requests are
 * handled one at a time, so two arriving together cannot both find no tab and open two.
 */
export function createDeskFormOpener(): (path: string, senderTabId: number | undefined) => void {
  let admitted = new Map<number, number>();
  let created: CreatedTab | null = null;
  let queue = Promise.resolve();
  return (path, senderTabId) => {
    const gate = admitDeskRequest(admitted, senderTabId ?? NO_TAB, Date.now());
    admitted = gate.admitted;
    if (!gate.ok) return;
    const url = browser.runtime.getURL(path as typeof OPTIONS_PAGE);
    queue = queue
      .then(async () => {
        const action = chooseDeskTab(await openOptionsTabs(), created, Date.now());
        if (action.kind === 'reuse' && (await show(action.tab, url))) return;
        const tab = await browser.tabs.create({ url });
        if (tab.id !== undefined) created = { tab: { tabId: tab.id, windowId: tab.windowId }, at: Date.now() };
      })
      .catch((error: unknown) => console.error('[Status Lens] cannot open the desk form', error));
  };
}

/** Sends an open options tab to the form and brings it to the front; false when the tab is gone. */
async function show(tab: OptionsTab, url: string): Promise<boolean> {
  try {
    await browser.tabs.update(tab.tabId, { url, active: true });
  } catch {
    return false; // closed meanwhile
  }
  if (tab.windowId !== undefined) {
    // Firefox for Android has no windows API; the tab is active all the same.
    await browser.windows?.update(tab.windowId, { focused: true }).catch(() => {});
  }
  return true;
}

/**
 * The tabs showing the options page. runtime.getContexts finds the extension's own pages without the "tabs"
 * permission (Chrome 116, Firefox 128); where it fails, none are found and a tab is opened, as before.
 */
async function openOptionsTabs(): Promise<OptionsTab[]> {
  const page = browser.runtime.getURL(OPTIONS_PAGE);
  try {
    const contexts = await browser.runtime.getContexts({ contextTypes: ['TAB'] });
    return contexts
      .filter(
        (c) =>
          c.tabId >= 0 &&
          (c.documentUrl === page || c.documentUrl?.startsWith(`${page}?`) || c.documentUrl?.startsWith(`${page}#`)),
      )
      .map((c) => ({ tabId: c.tabId, ...(c.windowId >= 0 ? { windowId: c.windowId } : {}) }));
  } catch {
    return [];
  }
}
