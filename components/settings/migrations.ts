import { z } from 'zod/mini';
import { PRODUCT_IDS } from '../../catalog/enums';
import { lazy } from '../lazy';
import { isRecord } from './values';

/**
 * Stored shapes before the current one, and how each becomes the next. They are run by @wxt-dev/storage only
 * (storage-item.ts): on the stored value, and on an imported file's settings (staged in session storage with the
 * version the file claims). Nothing else migrates; what reads settings reads the current shape.
 *
 * @wxt-dev/storage counts versions from 1 and reads a value without version metadata as v1. The pre-release
 * shape (v0) was never versioned, so it reaches the v1 → v2 migration as "v1": that migration recognises it by
 * its form and takes it through v0 → v1 first. A file or value that says v0 runs both.
 *
 * A migration runs only on data of the shape it migrates, never on the version's word alone: settings already in a
 * later shape (a file saying "version": 0 over current settings, storage stamped {v: -3}) pass through untouched.
 */

/** The shape stored now. Raise it with a migration below when the shape changes. */
export const SETTINGS_VERSION = 3;

/** v0: the pre-release, which knew only white-labelled Dropsuite portals: a flat list of host strings. */
export const settingsV0Schema = lazy(() =>
  z.looseObject({
    hosts: z.array(z.unknown()),
    /** Products switched off. */
    disabled: z.optional(z.array(z.unknown())),
  }),
);

/**
 * Marks a value stored with a version below v0, which no Status Lens wrote: the salvage reads it as corrupt and
 * says so (salvage.ts). The mark is not part of the settings, so the next save drops it.
 */
export const UNKNOWN_VERSION = 'unknownVersion';

/** The pre-release shape: host strings and switches off, and none of what came later. */
export function isV0(value: unknown): boolean {
  if (!isRecord(value) || 'products' in value || 'notes' in value || 'deskEntries' in value) return false;
  const v0 = settingsV0Schema().safeParse(value);
  return v0.success && v0.data.hosts.every((h) => typeof h === 'string');
}

/**
 * v0 → v1: switches become a record per product, each host string a Dropsuite host entry. A bare host string meant
 * http and https in the pre-release, so it is written `*://host`, which still does (a bare host now means https).
 */
export function migrateV0toV1(value: unknown): unknown {
  if (!isV0(value)) return value; // not v0: a later shape, or junk for the salvage
  const v0 = settingsV0Schema().parse(value);
  const disabled = new Set(v0.disabled ?? []);
  return {
    products: Object.fromEntries(PRODUCT_IDS.map((id) => [id, !disabled.has(id)])),
    // The salvage validates each pattern and reports the ones it drops.
    hosts: v0.hosts.map((host) => ({ pattern: withScheme(host), product: 'dropsuite' })),
    ...(isRecord(value) && value[UNKNOWN_VERSION] === true ? { [UNKNOWN_VERSION]: true } : {}),
  };
}

function withScheme(host: unknown): unknown {
  if (typeof host !== 'string') return host;
  const text = host.trim();
  return /^[a-z*][a-z0-9+.-]*:\/\//i.test(text) ? text : `*://${text}`;
}

/** The first step for a version below v0 (the library runs it only then): marks the value, migrates nothing. */
export function markUnknownVersion(value: unknown): unknown {
  return isRecord(value) ? { ...value, [UNKNOWN_VERSION]: true } : value;
}

/**
 * v1 → v2: the desk's notes and entries, empty at first. An unversioned v0 value arrives here as "v1" (see above)
 * and is taken through v0 → v1 first.
 */
export function migrateV1toV2(value: unknown): unknown {
  const v1 = isV0(value) ? migrateV0toV1(value) : value;
  if (!isRecord(v1)) return v1;
  return { ...v1, notes: v1.notes ?? [], deskEntries: v1.deskEntries ?? [] };
}

/**
 * v2 → v3: a host entry may leave out its console (Status Lens then recognises it from the page). Every v2 value
 * is a v3 value; the version says to an older Status Lens that a file or a stored value may hold such hosts.
 */
export function migrateV2toV3(value: unknown): unknown {
  return value;
}

/**
 * Keyed by the version each migration produces, as @wxt-dev/storage expects: it runs every key above the stored
 * version, so the one keyed 0 runs only for a version below 0.
 */
export const MIGRATIONS: Record<number, (value: unknown) => unknown> = {
  0: markUnknownVersion,
  1: migrateV0toV1,
  2: migrateV1toV2,
  3: migrateV2toV3,
};
