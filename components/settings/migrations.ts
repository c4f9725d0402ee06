import { z } from 'zod/mini';
import { PRODUCT_IDS } from '../../catalog/enums';
import { lazy } from '../lazy';

/**
 * Stored shapes before the current one, and how each becomes the next.
 *
 * @wxt-dev/storage counts versions from 1 and reads a value without version metadata as v1, so it cannot tell
 * the pre-release shape (v0, never versioned) from v1. That shape is therefore also recognised by its form
 * (`isV0`) when settings are read; from v1 on, the version stored beside the value drives the migrations.
 */

/** The shape stored now. Raise it with a migration below when the shape changes. */
export const SETTINGS_VERSION = 1;

/**
 * v0: the pre-release, which knew only white-labelled Dropsuite portals: a flat list of host strings. Built
 * when a value might be v0 (see ../lazy): rarely, and never while the content script reads current settings.
 */
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

/** Keyed by the version each migration produces, as @wxt-dev/storage expects. */
export const MIGRATIONS: Record<number, (value: unknown) => unknown> = {
  1: migrateV0toV1,
};

/**
 * A stored value of any version in the current shape, and whether a migration ran. `version` is the one the
 * value claims; a v0 value is also recognised by its form.
 */
export function toCurrent(raw: unknown, version = SETTINGS_VERSION): { value: unknown; upgraded: boolean } {
  const from = isV0(raw) ? 0 : version;
  if (from >= SETTINGS_VERSION) return { value: raw, upgraded: false };
  return { value: migrate(raw, from, SETTINGS_VERSION), upgraded: true };
}

/** Runs the migrations from `from` up to `to`. */
export function migrate(value: unknown, from: number, to: number): unknown {
  let current = value;
  for (let v = from + 1; v <= to; v++) current = MIGRATIONS[v]?.(current) ?? current;
  return current;
}
