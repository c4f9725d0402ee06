/**
 * What the content script (and the popup) needs of the settings: the console switches in force, the hosts declared
 * as consoles and the desk's knowledge — one record the background publishes already checked and merged
 * (in-force.ts). Read and watched here with the browser's storage API and plain checks of its shape: no schema and
 * no storage item (whose definition runs migrations) in a script that loads on every console page.
 */
import { browser } from 'wxt/browser';
import type { ProductId } from '../../catalog/enums';
import type { Desk, DeskEntry, DeskNote, Sourced } from '../desk/schema';
import { EMPTY_DESK } from '../desk/schema';
import { IN_FORCE_KEY } from './keys';
import type { ProductSwitches } from './schema';
import { DEFAULT_SWITCHES } from './switches';
import { isRecord } from './values';

export interface ContentSettings {
  switches: ProductSwitches;
  desk: Desk;
  /** Hosts declared as a console, the organisation's first: that console applies there whatever the page shows. */
  hosts: DeclaredHost[];
}

/** A declared console host: a match pattern in the stored form and the console it is. */
export interface DeclaredHost {
  pattern: string;
  product: ProductId;
}

export const DEFAULT_CONTENT_SETTINGS: ContentSettings = {
  switches: { ...DEFAULT_SWITCHES },
  desk: EMPTY_DESK,
  hosts: [],
};

const isString = (v: unknown): v is string => typeof v === 'string';
const isOrigin = (v: unknown): v is 'policy' | 'user' => v === 'policy' || v === 'user';
const orNull = (v: unknown) => v === null || isString(v);

/**
 * The published record's parts that have the shape they should; anything else is left out (defaults for what is
 * missing). Its content was checked by the background: this only guards against a record of another version.
 */
export function contentSettingsFrom(raw: unknown): ContentSettings {
  if (!isRecord(raw)) return DEFAULT_CONTENT_SETTINGS;
  const switches = { ...DEFAULT_SWITCHES };
  if (isRecord(raw.switches)) {
    for (const [id, on] of Object.entries(raw.switches)) if (typeof on === 'boolean') switches[id] = on;
  }
  const hosts = (Array.isArray(raw.hosts) ? raw.hosts : []).filter(
    (h): h is DeclaredHost => isRecord(h) && isString(h.pattern) && isString(h.product),
  );
  const desk = isRecord(raw.desk) ? raw.desk : {};
  const notes = (Array.isArray(desk.notes) ? desk.notes : []).filter(
    (n): n is Sourced<DeskNote> =>
      isRecord(n) &&
      isString(n.product) &&
      orNull(n.section) &&
      orNull(n.label) &&
      isString(n.text) &&
      isOrigin(n.origin),
  );
  const entries = (Array.isArray(desk.entries) ? desk.entries : []).filter(
    (e): e is Sourced<DeskEntry> =>
      isRecord(e) &&
      isString(e.product) &&
      orNull(e.section) &&
      isString(e.label) &&
      isString(e.severity) &&
      isString(e.meaning) &&
      Array.isArray(e.steps) &&
      e.steps.every(isString) &&
      isOrigin(e.origin),
  );
  return { switches, hosts, desk: { notes, entries } };
}

/**
 * Calls back with the settings in force: once read, then on every change the background publishes. It starts
 * watching before it reads, so a change made while the page loads is not lost. Returns the unwatch. Never throws.
 */
export function watchContentSettings(callback: (settings: ContentSettings) => void): () => void {
  const name = IN_FORCE_KEY.slice(IN_FORCE_KEY.indexOf(':') + 1);
  let seen = false;
  let stopped = false;
  const emit = (raw: unknown) => {
    if (!stopped) callback(contentSettingsFrom(raw));
  };
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[name];
    if (area !== 'local' || !change) return;
    seen = true;
    emit(change.newValue);
  };
  try {
    browser.storage.onChanged.addListener(onChanged);
  } catch {
    // The extension context is gone (after an update): the first read below fails too, and defaults apply.
  }
  void browser.storage.local
    .get(name)
    .then((values) => values[name])
    // Storage unavailable (extension context invalidated after an update): run on defaults rather than fail.
    .catch(() => null)
    .then((raw) => {
      if (!seen) emit(raw);
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
