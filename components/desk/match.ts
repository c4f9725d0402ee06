import type { ProductId } from '../../catalog/enums';
import { foldLabel } from '../../catalog/text';
import { type Desk, type DeskEntry, type DeskNote, deskEntryId, type Sourced, sameNote } from './schema';

/** Which desk notes and entries apply to a status, and the desk of policy and user merged. Pure. */

/** A status as a context sees it: its console, section, label as shown, and the catalog entry (or desk id). */
export interface StatusRef {
  product: ProductId;
  section?: string | null;
  label?: string | null;
  /** The labels of the catalog entry it resolves to: a note on any of them applies (its other codes, spellings). */
  labels?: readonly string[];
}

/**
 * The notes on a status, the organisation's first. A note applies when its console matches, its section is
 * the status's or none, and its label is the status's (any of the entry's labels) or none.
 */
export function deskNotesFor<T extends DeskNote>(desk: { notes: readonly T[] }, status: StatusRef): T[] {
  if (desk.notes.length === 0) return [];
  const labels = new Set<string>();
  if (status.label) labels.add(foldLabel(status.label));
  for (const l of status.labels ?? []) labels.add(foldLabel(l));
  const section = status.section ?? null;
  return desk.notes.filter(
    (note) =>
      note.product === status.product &&
      (note.section === null || note.section === section) &&
      (note.label === null || labels.has(foldLabel(note.label))),
  );
}

/**
 * The desk's explanation of a status the catalog does not know: one for its section before one for any
 * section. Ask only when the catalog has no entry: the catalog's own explanation comes first.
 */
export function deskEntryFor<T extends DeskEntry>(
  desk: { entries: readonly T[] },
  status: { product: ProductId; section?: string | null; label: string },
): T | undefined {
  if (desk.entries.length === 0) return undefined;
  const label = foldLabel(status.label);
  let any: T | undefined;
  for (const entry of desk.entries) {
    if (entry.product !== status.product || foldLabel(entry.label) !== label) continue;
    if (entry.section !== null && entry.section === (status.section ?? null)) return entry;
    if (entry.section === null) any ??= entry;
  }
  return any;
}

/** A desk entry by its id (`deskEntryId`). */
export function deskEntryById<T extends DeskEntry>(desk: { entries: readonly T[] }, id: string): T | undefined {
  return desk.entries.find((e) => deskEntryId(e) === id);
}

/**
 * The organisation's notes and entries with the user's own beside them: policy wins where both explain the
 * same status, and a user's note that repeats a policy note is shown once.
 */
export function mergeDesk(
  policy: { notes: readonly DeskNote[]; entries: readonly DeskEntry[] },
  user: { notes: readonly DeskNote[]; entries: readonly DeskEntry[] },
): Desk {
  const notes: Sourced<DeskNote>[] = policy.notes.map((n) => ({ ...n, origin: 'policy' }));
  for (const n of user.notes) {
    if (!notes.some((p) => sameNote(p, n))) notes.push({ ...n, origin: 'user' });
  }
  const entries: Sourced<DeskEntry>[] = policy.entries.map((e) => ({ ...e, origin: 'policy' }));
  const taken = new Set(entries.map(deskEntryId));
  for (const e of user.entries) {
    const id = deskEntryId(e);
    if (taken.has(id)) continue;
    taken.add(id);
    entries.push({ ...e, origin: 'user' });
  }
  return { notes, entries };
}
