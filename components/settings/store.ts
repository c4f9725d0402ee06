import { type Policy, parsePolicy } from './policy-hosts';
import { type RestoredSettings, restoreSettings } from './salvage';
import { SETTINGS_VERSION, type Settings, SettingsSchema } from './schema';
import { settingsItem as item, policyCopyItem, readPolicyCopy, readStored } from './storage-item';

/** All the settings, for the background and the options page; the content script reads storage-item.ts. */

/** The stored settings with what had to be repaired. Never throws. */
export function readSettings(): Promise<RestoredSettings> {
  return readStored(restoreSettings, () => restoreSettings(null));
}

/** The stored settings, always valid: bad parts are replaced by defaults. Never throws. */
export async function getSettings(): Promise<Settings> {
  return (await readSettings()).settings;
}

/** Calls back with what `readSettings` would return whenever the settings change; returns the unwatch. */
export function watchStoredSettings(callback: (restored: RestoredSettings) => void): () => void {
  return item.watch((value) => callback(restoreSettings(value)));
}

/** Calls back with valid settings whenever they change; returns the function that stops watching. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  return watchStoredSettings((restored) => callback(restored.settings));
}

/** Stores settings, checked first; also stamps the version so later migrations know where they start. */
export async function saveSettings(settings: Settings): Promise<void> {
  const valid = SettingsSchema.parse(settings);
  await item.setMeta({ v: SETTINGS_VERSION });
  await item.setValue(valid);
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
  return policyCopyItem.watch((value) => callback(parsePolicy(value ?? {})));
}
