import { checkDeskEntry, checkDeskNote, DESK_LIMITS, type DeskEntry, type DeskNote, deskEntryId } from './schema';

/** The desk's notes and entries of a stored, imported or policy value, item by item. */

/** Records an item that was left out: which one (“Desk note 2 (“Space Full”)”) and why. */
export type DeskReport = (which: string, reason: string) => void;

function clipped(text: unknown): string {
  if (typeof text !== 'string') return '';
  const t = text.replace(/\s+/g, ' ').trim();
  return t ? ` (“${t.length > 40 ? `${t.slice(0, 39)}…` : t}”)` : '';
}

function describeList(raw: unknown): string {
  if (raw === null) return 'null';
  if (typeof raw === 'string') return 'a text';
  return typeof raw === 'object' ? 'an object' : `the ${typeof raw} ${String(raw)}`;
}

/**
 * A missing list is empty, silently (an older version had none); a list that is not one is reported, and so is one
 * longer than `limit`, whole and at once: counted before a single item is checked, told in one sentence.
 */
function items(raw: unknown, what: string, report: DeskReport, limit: number, noun: string): unknown[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) {
    report(what, `it is not a list (${describeList(raw)})`);
    return [];
  }
  if (raw.length > limit) {
    report(what, `the list holds ${raw.length.toLocaleString('en')} ${noun}, more than the ${limit} allowed`);
    return [];
  }
  return raw;
}

export function restoreNotes(raw: unknown, report: DeskReport = () => {}, name = 'Desk note'): DeskNote[] {
  const notes: DeskNote[] = [];
  items(raw, `The ${name.toLowerCase()}s`, report, DESK_LIMITS.notes, 'notes').forEach((item, i) => {
    const which = `${name} ${i + 1}${clipped((item as { label?: unknown } | null)?.label)}`;
    const checked = checkDeskNote(item);
    if (checked.ok) notes.push(checked.value);
    else report(which, checked.reason);
  });
  return notes;
}

export function restoreEntries(raw: unknown, report: DeskReport = () => {}, name = 'Desk entry'): DeskEntry[] {
  const entries: DeskEntry[] = [];
  const seen = new Set<string>();
  const what = `The ${name.toLowerCase().replace(/y$/, 'ie')}s`;
  items(raw, what, report, DESK_LIMITS.entries, 'entries').forEach((item, i) => {
    const which = `${name} ${i + 1}${clipped((item as { label?: unknown } | null)?.label)}`;
    const checked = checkDeskEntry(item);
    const id = checked.ok ? deskEntryId(checked.value) : '';
    if (!checked.ok) report(which, checked.reason);
    else if (seen.has(id)) report(which, 'the same status is explained above');
    else {
      seen.add(id);
      entries.push(checked.value);
    }
  });
  return entries;
}
