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

/**
 * The tab's address, where the browser lets the popup read it: with the host's permission, or through activeTab
 * once the user opened the popup from the toolbar on that tab. Undefined otherwise.
 */
export async function tabAddress(tabId: number): Promise<string | undefined> {
  try {
    return (await browser.tabs.get(tabId)).url || undefined;
  } catch {
    return undefined;
  }
}

const TIMED_OUT = Symbol('timed out');

async function send(tabId: number, message: Message): Promise<unknown> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), ANSWER_TIMEOUT_MS);
  });
  try {
    return await Promise.race([browser.tabs.sendMessage(tabId, message), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * What the tab's content script says: its report (product null where it recognises no console); `starting`
 * while it has not read its settings yet or does not answer in time; `silent` where none runs (a page of a host
 * Status Lens is not active on, or a browser page).
 */
export type TabAnswer = { kind: 'report'; report: PageReport } | { kind: 'starting' } | { kind: 'silent' };

export async function askTab(tabId: number): Promise<TabAnswer> {
  let raw: unknown;
  try {
    raw = await send(tabId, { type: 'get-page-report' });
  } catch {
    return { kind: 'silent' }; // "Receiving end does not exist": no content script in that tab.
  }
  if (raw === TIMED_OUT) return { kind: 'starting' };
  const report = parsePageReport(raw);
  return report ? { kind: 'report', report } : { kind: 'starting' };
}

/** Asks the tab to scroll to a status and open its tooltip; false when it could not. */
export async function revealOnPage(tabId: number, entryId: string, label: string, at?: number): Promise<boolean> {
  try {
    return (await send(tabId, { type: 'reveal', entryId, label, ...(at === undefined ? {} : { at }) })) === true;
  } catch {
    return false;
  }
}
