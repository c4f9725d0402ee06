import { browser } from 'wxt/browser';
import { type Message, type PageReport, parsePageReport } from '../../components/messaging/schema';

// A content script answers at once; one that hangs (a page busy at load) must not stall the popup.
const ANSWER_TIMEOUT_MS = 1500;

/** The tab the popup is about: the one named by `?tab=`, else the active tab of this window. */
export async function targetTab(explicit: number | undefined): Promise<number | undefined> {
  if (explicit !== undefined) return explicit;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function send(tabId: number, message: Message): Promise<unknown> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ANSWER_TIMEOUT_MS);
  });
  try {
    return await Promise.race([browser.tabs.sendMessage(tabId, message), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * What the tab's content script found, or null where there is none (no console recognised, no
 * content script, a browser page) or its answer does not validate.
 */
export async function fetchPageReport(tabId: number | undefined): Promise<PageReport | null> {
  if (tabId === undefined) return null;
  try {
    const report = parsePageReport(await send(tabId, { type: 'get-page-report' }));
    return report?.product ? report : null;
  } catch {
    return null; // "Receiving end does not exist": no content script in that tab.
  }
}

/** Asks the tab to scroll to a status and open its tooltip; false when it could not. */
export async function revealOnPage(tabId: number, entryId: string, label: string): Promise<boolean> {
  try {
    return (await send(tabId, { type: 'reveal', entryId, label })) === true;
  } catch {
    return false;
  }
}
