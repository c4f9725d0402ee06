import { storage } from '@wxt-dev/storage';
import { DEFAULT_SETTINGS, type Settings, SettingsSchema } from './schema';

// STUB written by the foundation; the options/settings work owns and completes this module.
// Keep the two functions' signatures: the content script relies on them.

const item = storage.defineItem<unknown>('local:settings', { fallback: DEFAULT_SETTINGS });

/** The stored settings, always valid: bad parts are replaced by defaults. Never throws. */
export async function getSettings(): Promise<Settings> {
  const parsed = SettingsSchema.safeParse(await item.getValue().catch(() => undefined));
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

/** Calls back with valid settings whenever they change; returns the function that stops watching. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  return item.watch((value) => {
    const parsed = SettingsSchema.safeParse(value);
    callback(parsed.success ? parsed.data : DEFAULT_SETTINGS);
  });
}
