import { browser } from 'wxt/browser';
import { CONTENT_SCRIPT_FILE } from '../../components/content/files';
import { mergeHosts } from '../../components/settings/policy-hosts';
import { getSettings, readPolicy } from '../../components/settings/store';
import { desiredRegistrations, planRegistrations, type Registration } from './registrations';

// Firefox refuses ports in match patterns; Chrome honours them.
const PORTLESS = import.meta.env.FIREFOX;

/**
 * Brings the registered content scripts in line with the settings and the granted permissions, and runs the
 * content script in already open tabs of each newly registered host. Calls are queued: a settings change and a
 * permission grant arrive together when a host is added, and two overlapping syncs would register twice.
 */
export function createRegistrationSync(): () => Promise<void> {
  let queue = Promise.resolve();
  return () => {
    queue = queue.then(syncOnce).catch((error: unknown) => console.error('[Status Lens] host sync failed', error));
    return queue;
  };
}

async function syncOnce(): Promise<void> {
  const [settings, policy, permissions, current] = await Promise.all([
    getSettings(),
    readPolicy(),
    browser.permissions.getAll(),
    browser.scripting.getRegisteredContentScripts(),
  ]);
  // The organisation's hosts with the user's own beside them.
  const hosts = mergeHosts(policy.hosts, settings.hosts);
  const plan = planRegistrations(current, desiredRegistrations(hosts, permissions.origins ?? [], PORTLESS));
  if (plan.unregister.length) await browser.scripting.unregisterContentScripts({ ids: plan.unregister });
  // One by one, so a pattern the browser refuses costs only its own host.
  for (const registration of plan.register) {
    try {
      await browser.scripting.registerContentScripts([registration]);
    } catch (error) {
      console.error(`[Status Lens] cannot register ${registration.matches.join(', ')}`, error);
      continue;
    }
    await injectIntoOpenTabs(registration);
  }
}

/**
 * A registration only reaches pages loaded after it; tabs already open on the host get the script now.
 * tabs.query filters by URL with the host permission alone (no "tabs" permission).
 */
async function injectIntoOpenTabs(registration: Registration): Promise<void> {
  await injectInto(registration.matches);
}

/**
 * After an install, an update or a reload, open console tabs get the new content script at once (the old
 * one went quiet with its extension context): the manifest's hosts and the registered ones alike.
 */
export async function injectIntoOpenConsoles(): Promise<void> {
  const registered = await browser.scripting.getRegisteredContentScripts();
  const patterns = [
    ...(browser.runtime.getManifest().content_scripts ?? []).flatMap((c) => c.matches ?? []),
    ...registered.flatMap((r) => r.matches ?? []),
  ];
  if (patterns.length) await injectInto(patterns);
}

async function injectInto(matches: string[]): Promise<void> {
  const tabs = await browser.tabs.query({ url: matches });
  await Promise.all(tabs.map(injectIntoSilentTab));
}

/**
 * Makes sure the content script runs in one tab (the popup's "Use Status Lens here"): a script just injected by a
 * new registration takes a moment to answer (its module loads), so it is given that moment before another is run.
 */
export async function ensureRunningIn(tabId: number, patience = 1500): Promise<void> {
  for (const deadline = Date.now() + patience; Date.now() < deadline; ) {
    if (await answers(tabId)) return;
    await new Promise((done) => setTimeout(done, 100));
  }
  await injectIntoSilentTab(await browser.tabs.get(tabId));
}

/** Whether a content script answers in the tab. */
function answers(tabId: number): Promise<boolean> {
  return browser.tabs.sendMessage(tabId, { type: 'get-page-report' }).then(
    () => true,
    () => false,
  );
}

async function injectIntoSilentTab(tab: { id?: number; discarded?: boolean; status?: string }): Promise<void> {
  // A tab still loading gets the manifest's script when it is ready; two instances started at the same moment
  // would take each other for the newer one and both stop. A tab whose content script answers has one already
  // (the manifest's, on a page that loaded meanwhile).
  if (tab.id === undefined || tab.discarded || tab.status === 'loading' || (await answers(tab.id))) return;
  try {
    await browser.scripting.executeScript({
      target: { tabId: tab.id, allFrames: true },
      files: [`/${CONTENT_SCRIPT_FILE}` as const],
    });
  } catch {
    // An error page or a tab closing meanwhile: its next load gets the registered script.
  }
}
