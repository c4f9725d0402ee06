import { storage } from '@wxt-dev/storage';
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

/**
 * Calls back with the settings in force: once they are read, then on every change of the user's settings or
 * the policy (read from its copy in local storage, see storage-item.ts). It starts watching before it reads, so
 * a change made while the page loads is not lost: a value seen by a watch is newer than the first read, which
 * then yields to it. Returns the unwatch. Never throws.
 */
export function watchContentSettings(callback: (settings: ContentSettings) => void): () => void {
  let stored: unknown = null;
  let policy: unknown = {};
  let storedSeen = false;
  let policySeen = false;
  let ready = false;
  let stopped = false;
  const emit = () => {
    if (ready && !stopped) callback(contentSettingsOf(stored, policy));
  };

  // The keys, not the storage items: defining an item runs its migrations, which are the background's job. A
  // value read in the moment before the background migrated it is read as it is, and the watch brings the
  // migrated one.
  const unwatchLocal = safe(() =>
    storage.watch<unknown>(SETTINGS_KEY, (value) => {
      stored = value;
      storedSeen = true;
      emit();
    }),
  );
  const unwatchPolicy = safe(() =>
    storage.watch<Record<string, unknown>>(POLICY_COPY_KEY, (value) => {
      policy = value ?? {};
      policySeen = true;
      emit();
    }),
  );

  void storage
    .getItems([SETTINGS_KEY, POLICY_COPY_KEY])
    .then(
      ([settings, copy]) => [settings?.value ?? null, isRecord(copy?.value) ? copy.value : {}],
      // Storage unavailable (extension context invalidated after an update): run on defaults rather than fail.
      () => [null, {}],
    )
    .then(([value, copy]) => {
      if (!storedSeen) stored = value;
      if (!policySeen) policy = copy;
      ready = true;
      emit();
    });

  return () => {
    stopped = true;
    for (const unwatch of [unwatchLocal, unwatchPolicy]) {
      try {
        unwatch();
      } catch {
        // The extension context is gone: its listeners went with it.
      }
    }
  };
}

function safe(watch: () => () => void): () => void {
  try {
    return watch();
  } catch {
    return () => {};
  }
}
