import { storage } from '@wxt-dev/storage';
import { browser } from 'wxt/browser';
import { lazy } from '../lazy';
import { POLICY_COPY_KEY, SETTINGS_KEY } from './keys';
import { MIGRATIONS, SETTINGS_VERSION } from './migrations';
import { POLICY_KEYS } from './policy';
import { isRecord } from './values';

/**
 * The user's settings (one storage item, written by the options page only) and the organisation's policy
 * (managed storage, written by the browser from enterprise policy). @wxt-dev/storage runs the migrations on
 * the stored value before any read returns it: what is read here has the current shape, or is junk that the
 * salvage (salvage.ts) or the content-script reader (content.ts) repairs. Items are defined on first use: a defined
 * item reads storage (and starts its migrations) at once, which a module merely imported must not do.
 */
export const settingsItem = lazy(() =>
  storage.defineItem<unknown, { v: number }>(SETTINGS_KEY, {
    fallback: null,
    version: SETTINGS_VERSION,
    migrations: MIGRATIONS,
  }),
);

/** The stored value through `restore`; `fallback()` when storage cannot be read. Never throws. */
export async function readStored<T>(restore: (value: unknown) => T, fallback: () => T): Promise<T> {
  try {
    return restore(await settingsItem().getValue());
  } catch {
    // Storage unavailable (extension context invalidated after an update): run on defaults rather than fail.
    return fallback();
  }
}

/**
 * The version stamped on the stored settings once the migrations have run: SETTINGS_VERSION, or a newer one that
 * @wxt-dev/storage refused to take back (it leaves value and version as they are). Undefined when unreadable.
 */
export async function readStoredVersion(): Promise<unknown> {
  try {
    return (await settingsItem().getMeta())?.v;
  } catch {
    return undefined;
  }
}

/**
 * Another value of settings (an imported file's) taken from `version` to the current shape by the same
 * @wxt-dev/storage migrations as the stored value: it is staged in session storage, migrated, read and removed.
 */
const stagingItem = lazy(() =>
  storage.defineItem<unknown, { v: number }>('session:settings-import', {
    fallback: null,
    version: SETTINGS_VERSION,
    migrations: MIGRATIONS,
  }),
);
let staging: Promise<unknown> = Promise.resolve();

export function migrateSettingsValue(value: unknown, version: number): Promise<unknown> {
  if (version >= SETTINGS_VERSION || value === null || value === undefined) return Promise.resolve(value);
  const run = async () => {
    const item = stagingItem();
    try {
      await item.setValue(value);
      await item.setMeta({ v: version });
      await item.migrate();
      return await item.getValue();
    } finally {
      await item.removeValue({ removeMeta: true });
    }
  };
  const next = staging.then(run, run);
  staging = next.catch(() => undefined);
  return next;
}

/** What the organisation's policy sets (managed storage); {} without policy or where it cannot be read. */
export async function readManaged(): Promise<Record<string, unknown>> {
  try {
    const values = await browser.storage.managed.get([...POLICY_KEYS]);
    return isRecord(values) ? values : {};
  } catch {
    // Firefox without a policy for the extension: "Managed storage manifest not found".
    return {};
  }
}

/**
 * The policy as the background last read it from managed storage, unchecked, for the content script and the popup.
 * Chrome answers the first managed storage read of a session only once it has loaded policy (about 3 s here): a
 * content script waiting for it would leave the first console page bare that long. The copy is in local storage,
 * read with the settings; the background keeps it current (`mirrorPolicy`) and every reader checks it.
 */
export const policyCopyItem = lazy(() =>
  storage.defineItem<Record<string, unknown> | null>(POLICY_COPY_KEY, { fallback: null }),
);

/** The copy of the policy; {} when there is none or storage cannot be read. Never throws. */
export async function readPolicyCopy(): Promise<Record<string, unknown>> {
  try {
    const value = await policyCopyItem().getValue();
    return isRecord(value) ? value : {};
  } catch {
    return {};
  }
}

/** Brings the copy of the policy in line with managed storage (the background, at start and on each change). */
export async function mirrorPolicy(): Promise<void> {
  const [managed, copy] = await Promise.all([
    readManaged(),
    policyCopyItem()
      .getValue()
      .catch(() => null),
  ]);
  if (JSON.stringify(managed) !== JSON.stringify(copy ?? {})) await policyCopyItem().setValue(managed);
}

/** Calls back when the policy changes (Chrome: within seconds of the policy file changing). */
export function watchManaged(callback: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'managed' && POLICY_KEYS.some((key) => key in changes)) callback();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
