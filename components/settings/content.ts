import { browser } from 'wxt/browser';
import { PRODUCT_IDS, type ProductId } from '../../catalog/enums';
import { mergeDesk } from '../desk/match';
import { restoreEntries, restoreNotes } from '../desk/restore';
import { type Desk, EMPTY_DESK } from '../desk/schema';
import { POLICY_COPY_KEY, SETTINGS_KEY } from './keys';
import { parseDeskPolicy } from './policy';
import type { ProductSwitches } from './schema';
import { DEFAULT_SWITCHES, restoreSwitches } from './switches';
import { isRecord } from './values';

/**
 * What the content script needs of the settings: the console switches in force and the desk's knowledge, each
 * the organisation's policy merged with the user's own (policy wins). No host list, no settings schema: the
 * desk's schemas are built only when there are notes or entries to check.
 */
export interface ContentSettings {
  switches: ProductSwitches;
  desk: Desk;
  /** Hosts declared as a console, the organisation's first: that console applies there whatever the page shows. */
  hosts: DeclaredHost[];
}

/** A declared console host as stored: a match pattern and the console it is. */
export interface DeclaredHost {
  pattern: string;
  product: ProductId;
}

export const DEFAULT_CONTENT_SETTINGS: ContentSettings = {
  switches: { ...DEFAULT_SWITCHES },
  desk: EMPTY_DESK,
  hosts: [],
};

/**
 * Stored host entries well-formed enough to match a page against; anything else is passed over (the options
 * page and the background check them in full and say what is wrong).
 */
export function declaredHosts(raw: unknown): DeclaredHost[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter(
    (h): h is DeclaredHost =>
      isRecord(h) && typeof h.pattern === 'string' && (PRODUCT_IDS as readonly string[]).includes(h.product as string),
  );
}

/** The settings in force for a stored value and a managed (policy) value. Pure; invalid parts left out. */
export function contentSettingsOf(stored: unknown, managed: unknown): ContentSettings {
  const own = isRecord(stored) ? stored : {};
  const policy = parseDeskPolicy(managed);
  const policyHosts = declaredHosts(isRecord(managed) ? managed.hosts : undefined);
  return {
    switches: { ...restoreSwitches(own.products), ...policy.products },
    desk: mergeDesk(policy, { notes: restoreNotes(own.notes), entries: restoreEntries(own.deskEntries) }),
    hosts: [...policyHosts, ...declaredHosts(own.hosts)],
  };
}

/** A key of @wxt-dev/storage's form ("local:settings") as the browser's local storage names it. */
function localName(key: string): string {
  return key.slice(key.indexOf(':') + 1);
}

/**
 * Calls back with the settings in force: once they are read, then on every change of the user's settings or
 * the policy (read from its copy in local storage, see storage-item.ts). It starts watching before it reads, so
 * a change made while the page loads is not lost: a value seen by a watch is newer than the first read, which
 * then yields to it. Returns the unwatch. Never throws.
 *
 * The browser's storage API itself, not @wxt-dev/storage: the content script only reads and watches two keys,
 * and a storage item's definition runs migrations, which are the background's job. A value read in the moment
 * before the background migrated it is read as it is, and the watch brings the migrated one.
 */
export function watchContentSettings(callback: (settings: ContentSettings) => void): () => void {
  const settingsName = localName(SETTINGS_KEY);
  const policyName = localName(POLICY_COPY_KEY);
  let stored: unknown = null;
  let policy: unknown = {};
  let storedSeen = false;
  let policySeen = false;
  let ready = false;
  let stopped = false;
  const emit = () => {
    if (ready && !stopped) callback(contentSettingsOf(stored, policy));
  };
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local') return;
    const settings = changes[settingsName];
    const copy = changes[policyName];
    if (settings) {
      stored = settings.newValue ?? null;
      storedSeen = true;
    }
    if (copy) {
      policy = isRecord(copy.newValue) ? copy.newValue : {};
      policySeen = true;
    }
    if (settings || copy) emit();
  };
  try {
    browser.storage.onChanged.addListener(onChanged);
  } catch {
    // The extension context is gone (after an update): the first read below fails too, and defaults apply.
  }
  const read = async (): Promise<[unknown, unknown]> => {
    const values = await browser.storage.local.get([settingsName, policyName]);
    return [values[settingsName] ?? null, isRecord(values[policyName]) ? values[policyName] : {}];
  };
  void read()
    // Storage unavailable (extension context invalidated after an update): run on defaults rather than fail.
    .catch((): [unknown, unknown] => [null, {}])
    .then(([value, copy]) => {
      if (!storedSeen) stored = value;
      if (!policySeen) policy = copy;
      ready = true;
      emit();
    });

  return () => {
    stopped = true;
    try {
      browser.storage.onChanged.removeListener(onChanged);
    } catch {
      // The extension context is gone: its listeners went with it.
    }
  };
}
