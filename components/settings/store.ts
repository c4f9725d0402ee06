import { type Policy, parsePolicy } from './policy-hosts';
import { type RestoredSettings, restoreSettings } from './salvage';
import { SETTINGS_VERSION, type Settings, SettingsSchema } from './schema';
import { settingsItem as item, policyCopyItem, readPolicyCopy, readStored, readStoredVersion } from './storage-item';

/** All the settings, for the background and the options page; the content script reads storage-item.ts. */

/**
 * The stored settings with what had to be repaired. Never throws. Settings stamped with a version newer than this
 * one are read like any others (what is valid kept), and the user told.
 */
export async function readSettings(): Promise<RestoredSettings> {
  const [restored, version] = await Promise.all([
    readStored(
      (value) => restoreSettings(value),
      () => restoreSettings(null),
    ),
    readStoredVersion(),
  ]);
  if (typeof version !== 'number' || version <= SETTINGS_VERSION) return restored;
  const problem = `The stored settings come from a newer Status Lens (settings version ${version})`;
  const notice = {
    kind: 'repaired' as const,
    problem,
    message: `${problem}; what this version knows of them is in use.`,
  };
  return { ...restored, notices: [notice, ...restored.notices] };
}

/** The stored settings, always valid: bad parts are replaced by defaults. Never throws. */
export async function getSettings(): Promise<Settings> {
  return (await readSettings()).settings;
}

/** Calls back with what `readSettings` would return whenever the settings change; returns the unwatch. */
export function watchStoredSettings(callback: (restored: RestoredSettings) => void): () => void {
  return item().watch((value) => callback(restoreSettings(value)));
}

/** Calls back with valid settings whenever they change; returns the function that stops watching. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  return watchStoredSettings((restored) => callback(restored.settings));
}

/** Stores settings, checked first; also stamps the version so later migrations know where they start. */
export async function saveSettings(settings: Settings): Promise<void> {
  const valid = SettingsSchema.parse(settings);
  await item().setMeta({ v: SETTINGS_VERSION });
  await item().setValue(valid);
}

/**
 * The organisation's policy, checked (policy-hosts.ts), from the copy the background keeps of managed storage
 * (storage-item.ts: the first managed read of a session waits seconds for the browser's policy). Never throws.
 */
export async function readPolicy(): Promise<Policy> {
  return parsePolicy(await readPolicyCopy());
}

/** Calls back with the policy whenever it changes; returns the unwatch. */
export function watchPolicy(callback: (policy: Policy) => void): () => void {
  return policyCopyItem().watch((value) => callback(parsePolicy(value ?? {})));
}
