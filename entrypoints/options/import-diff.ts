import { PRODUCTS } from '../../catalog/products';
import { foldLabel } from '../../catalog/text';
import { DESK_LIMITS, type DeskEntry, type DeskNote, deskEntryId, sameNote } from '../../components/desk/schema';
import { displayPattern } from '../../components/settings/hosts';
import { type HostEntry, type Settings, SettingsSchema } from '../../components/settings/schema';
import { deskPlace } from './desk-place';
import { hostConsoleName } from './host-console';
import { productShortName } from './products';

/**
 * What importing a settings file changes, before it is applied: per kind of setting, what is added, replaced and
 * removed, for Replace (the file's settings as they are) and for Merge (the file's added to the current ones).
 */

export type ChangeKind = 'added' | 'replaced' | 'removed';

export interface Change {
  /** Stable within its kind of setting: a host's pattern, an entry's id, a note's status and text, a console. */
  key: string;
  kind: ChangeKind;
  /** The setting in words, as the preview lists it. */
  text: string;
}

export interface SettingsDiff {
  hosts: Change[];
  notes: Change[];
  entries: Change[];
  switches: Change[];
}

export const DIFF_PARTS = ['switches', 'hosts', 'notes', 'entries'] as const satisfies readonly (keyof SettingsDiff)[];

const hostText = (h: HostEntry) => `${displayPattern(h.pattern)} (${hostConsoleName(h.product)})`;
const noteTarget = (n: DeskNote) => JSON.stringify([n.product, n.section, foldLabel(n.label ?? '')]);
const noteText = (n: DeskNote) => `${deskPlace(n.product, n.section, n.label)}: “${n.text}”`;
const entryText = (e: DeskEntry) => deskPlace(e.product, e.section, e.label);
const sameEntry = (a: DeskEntry, b: DeskEntry) => JSON.stringify(a) === JSON.stringify(b);

/** What taking `current` to `next` changes. */
export function diffSettings(current: Settings, next: Settings): SettingsDiff {
  return {
    switches: PRODUCTS.flatMap((p): Change[] =>
      current.products[p.id] === next.products[p.id]
        ? []
        : [
            {
              key: p.id,
              kind: 'replaced',
              text: `${productShortName(p.id)}: ${onOff(current.products[p.id])} → ${onOff(next.products[p.id])}`,
            },
          ],
    ),
    hosts: keyedDiff(
      current.hosts,
      next.hosts,
      (h) => h.pattern,
      (a, b) => a.product === b.product,
      (h, before) =>
        before
          ? `${displayPattern(h.pattern)}: ${hostConsoleName(before.product)} → ${hostConsoleName(h.product)}`
          : hostText(h),
    ),
    entries: keyedDiff(current.deskEntries, next.deskEntries, deskEntryId, sameEntry, entryText),
    notes: notesDiff(current.notes, next.notes),
  };
}

function onOff(on: boolean | undefined): string {
  return on === false ? 'off' : 'on';
}

/** Items known by a key: added, replaced (same key, other content) or removed. */
function keyedDiff<T>(
  current: readonly T[],
  next: readonly T[],
  key: (item: T) => string,
  same: (a: T, b: T) => boolean,
  text: (item: T, before?: T) => string,
): Change[] {
  const before = new Map(current.map((item) => [key(item), item]));
  const after = new Map(next.map((item) => [key(item), item]));
  const changes: Change[] = [];
  for (const [k, item] of after) {
    const old = before.get(k);
    if (!old) changes.push({ key: k, kind: 'added', text: text(item) });
    else if (!same(old, item)) changes.push({ key: k, kind: 'replaced', text: text(item, old) });
  }
  for (const [k, item] of before) if (!after.has(k)) changes.push({ key: k, kind: 'removed', text: text(item) });
  return changes;
}

/**
 * Notes have no id: several may stand on one status. Per status, a note whose text is gone and one whose text is
 * new are paired as one replaced note; what is left over is added or removed.
 */
function notesDiff(current: readonly DeskNote[], next: readonly DeskNote[]): Change[] {
  const targets = [...new Set([...current, ...next].map(noteTarget))];
  return targets.flatMap((target) => {
    const gone = current.filter((n) => noteTarget(n) === target && !next.some((m) => sameNote(n, m)));
    const come = next.filter((n) => noteTarget(n) === target && !current.some((m) => sameNote(n, m)));
    const changes: Change[] = [];
    come.forEach((n, i) => {
      const old = gone[i];
      changes.push({
        key: `${target}|${n.text}`,
        kind: old ? 'replaced' : 'added',
        text: old ? `${deskPlace(n.product, n.section, n.label)}: “${old.text}” → “${n.text}”` : noteText(n),
      });
    });
    for (const n of gone.slice(come.length))
      changes.push({ key: `${target}|${n.text}`, kind: 'removed', text: noteText(n) });
    return changes;
  });
}

export function changeCount(diff: SettingsDiff, kind?: ChangeKind): number {
  return DIFF_PARTS.reduce((n, part) => n + diff[part].filter((c) => !kind || c.kind === kind).length, 0);
}

/** Whether applying the diff loses something that Undo should be able to bring back. */
export function losesSomething(diff: SettingsDiff): boolean {
  return changeCount(diff, 'removed') + changeCount(diff, 'replaced') > 0;
}

export type MergeResult = { ok: true; settings: Settings } | { ok: false; problem: string };

/**
 * The file's settings added to the current ones: the file's switches; every host, note and entry of both, the
 * file's where both have the same host or desk entry; nothing removed.
 */
export function mergeSettings(current: Settings, incoming: Settings): MergeResult {
  const fileHost = new Map(incoming.hosts.map((h) => [h.pattern, h]));
  const fileEntry = new Map(incoming.deskEntries.map((e) => [deskEntryId(e), e]));
  const merged: Settings = {
    products: { ...current.products, ...incoming.products },
    hosts: [
      ...current.hosts.map((h) => fileHost.get(h.pattern) ?? h),
      ...incoming.hosts.filter((h) => !current.hosts.some((c) => c.pattern === h.pattern)),
    ],
    notes: [...current.notes, ...incoming.notes.filter((n) => !current.notes.some((m) => sameNote(n, m)))],
    deskEntries: [
      ...current.deskEntries.map((e) => fileEntry.get(deskEntryId(e)) ?? e),
      ...incoming.deskEntries.filter((e) => !current.deskEntries.some((c) => deskEntryId(c) === deskEntryId(e))),
    ],
  };
  if (merged.notes.length > DESK_LIMITS.notes) {
    return {
      ok: false,
      problem: `together there would be ${merged.notes.length} notes, more than ${DESK_LIMITS.notes}`,
    };
  }
  if (merged.deskEntries.length > DESK_LIMITS.entries) {
    return {
      ok: false,
      problem: `together there would be ${merged.deskEntries.length} desk entries, more than ${DESK_LIMITS.entries}`,
    };
  }
  const checked = SettingsSchema.safeParse(merged);
  return checked.success ? { ok: true, settings: merged } : { ok: false, problem: 'the two do not fit together' };
}
