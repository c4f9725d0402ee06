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

export function isV0(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || 'products' in value) return false;
  const v0 = settingsV0Schema().safeParse(value);
  return v0.success && v0.data.hosts.every((h) => typeof h === 'string');
}

/** v0 → v1: switches become a record per product, each host string a Dropsuite host entry. */
export function migrateV0toV1(value: unknown): unknown {
  const v0 = settingsV0Schema().safeParse(value);
  if (!v0.success) return value; // not v0 after all: leave it to the salvage
  const disabled = new Set(v0.data.disabled ?? []);
  return {
    products: Object.fromEntries(PRODUCT_IDS.map((id) => [id, !disabled.has(id)])),
    // Strings only; the salvage validates each pattern and reports the ones it drops.
    hosts: v0.data.hosts.map((pattern) => ({ pattern, product: 'dropsuite' })),
  };
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

/** Keyed by the version each migration produces, as @wxt-dev/storage expects. */
export const MIGRATIONS: Record<number, (value: unknown) => unknown> = {
  1: migrateV0toV1,
  2: migrateV1toV2,
  3: migrateV2toV3,
};
