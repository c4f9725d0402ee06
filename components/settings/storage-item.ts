import { storage } from '@wxt-dev/storage';
import { MIGRATIONS, SETTINGS_VERSION } from './migrations';
import type { ProductSwitches } from './schema';
import { DEFAULT_SWITCHES, switchesOf } from './switches';

/**
 * The one storage item holding every setting, written by the options page only. The background and the
 * options page read all of it (store.ts); the content script reads its switches only (below).
 */
export const settingsItem = storage.defineItem<unknown, { v: number }>('local:settings', {
  fallback: null,
  version: SETTINGS_VERSION,
  migrations: MIGRATIONS,
});

/**
 * The stored value with the version it claims, through `restore`; `fallback()` when storage cannot be read.
 * Never throws.
 */
export async function readStored<T>(restore: (value: unknown, version: number) => T, fallback: () => T): Promise<T> {
  try {
    const [value, meta] = await Promise.all([settingsItem.getValue(), settingsItem.getMeta()]);
    return restore(value, typeof meta.v === 'number' ? meta.v : SETTINGS_VERSION);
  } catch {
    // Storage unavailable (extension context invalidated after an update): run on defaults rather than fail.
    return fallback();
  }
}

/** The stored console switches. Never throws. */
export function readSwitches(): Promise<ProductSwitches> {
  return readStored(switchesOf, () => ({ ...DEFAULT_SWITCHES }));
}

/** Calls back with the switches whenever the settings change; returns the function that stops watching. */
export function watchSwitches(callback: (switches: ProductSwitches) => void): () => void {
  return settingsItem.watch((value) => callback(switchesOf(value)));
}
