import { browser } from 'wxt/browser';
import { PRODUCT_IDS, type ProductId } from '../../catalog/enums';
import { mergeDesk } from '../desk/match';
import { restoreEntries, restoreNotes } from '../desk/restore';
import { type Desk, EMPTY_DESK } from '../desk/schema';
import { MAX_HOSTS, normaliseHostInput } from './host-match';
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
 * Declared hosts of a stored or policy value, each brought to the stored pattern form by the parse the options page
 * uses (host-match.ts): a policy written as the README shows it ("https://dpod.corp.example:8443",
 * "*.reseller.example") matches as the same host saved on the options page. What does not parse is passed over
 * (the options page and the background check them in full, the Public Suffix List included, and say what is
 * wrong); a list longer than any we accept is passed over whole, before a single entry is parsed. `bare`: the
 * scheme of a host written without one (a stored one can only be a pre-release host string, which meant both).
 */
export function declaredHosts(raw: unknown, bare: 'https' | '*' = 'https'): DeclaredHost[] {
  if (!Array.isArray(raw) || raw.length > MAX_HOSTS) return [];
  const hosts: DeclaredHost[] = [];
  for (const h of raw) {
    if (!isRecord(h) || typeof h.pattern !== 'string' || !(PRODUCT_IDS as readonly unknown[]).includes(h.product)) {
      continue;
    }
    const parsed = normaliseHostInput(h.pattern, bare);
    if (parsed.ok) hosts.push({ pattern: parsed.pattern, product: h.product as ProductId });
  }
  return hosts;
}

/** The settings in force for a stored value and a managed (policy) value. Pure; invalid parts left out. */
export function contentSettingsOf(stored: unknown, managed: unknown): ContentSettings {
  const own = isRecord(stored) ? stored : {};
  const policy = parseDeskPolicy(managed);
  const policyHosts = declaredHosts(isRecord(managed) ? managed.hosts : undefined);
  return {
    switches: { ...restoreSwitches(own.products), ...policy.products },
    desk: mergeDesk(policy, { notes: restoreNotes(own.notes), entries: restoreEntries(own.deskEntries) }),
    hosts: [...policyHosts, ...declaredHosts(own.hosts, '*')],
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
