/**
 * Status views the card is tried on: every catalog entry in its section, as the content script would make them
 * from a console's row, with or without desk notes and with a short, long or missing support ID. Shared by the
 * card's harness (the browser test, the screenshots) and the unit tests.
 */
import { canonicalLabel, type Entry, productById, sectionOf } from '../../catalog';
import type { DeskNoteShown } from '../../components/explanation/desk-notes';
import type { RowCell, StatusView } from '../../components/explanation/model';

export type NotesVariant = 'none' | 'one' | 'three';
export type IdVariant = 'short' | 'long' | 'missing';

export interface Variant {
  notes: NotesVariant;
  id: IdVariant;
  /** The label as the page shows it; the entry's canonical one by default. */
  label?: string;
}

/** The desk's notes of each variant: the organisation's rule first, a user's note after it. */
export const NOTES: Record<NotesVariant, DeskNoteShown[]> = {
  none: [],
  one: [
    {
      text: 'ACME and its subsidiaries: call the account manager (ext. 4410) before opening a ticket; they may have paused the job on purpose.',
      origin: 'policy',
    },
  ],
  three: [
    {
      text: `Escalate to the tier-2 mail team when this shows on more than five mailboxes of one tenant at once. ${'Write down the tenant, the time and what the user saw. '.repeat(6)}`.trim(),
      origin: 'policy',
    },
    {
      text: 'Check the tenant’s service health page first.\nIf Microsoft reports an incident, wait for it.',
      origin: 'user',
    },
    { text: 'Ping #backup-desk in chat with the ID.', origin: 'user' },
  ],
};

const SHORT_ID: Record<string, string> = {
  backups: 'j.doe@contoso.example',
  dashboard: 'j.doe@contoso.example',
  migrates: 'M-7783',
  restores: 'R-20931',
  downloads: 'D-5512',
};
export const LONG_ID =
  'MIG-2026-03-02T09:14:55Z-7f3c9a1e-4b2d-4c8e-9a6f-1d2e3f4a5b6c-tenant-contoso-international-emea-west-retry-0003-of-0025';

/** The row's other cells as each console's pages show them: a mailbox and a time, a task and a device, an account. */
export const ROW: Record<string, RowCell[]> = {
  dropsuite: [
    { name: 'Mailbox', value: 'j.doe@contoso.example' },
    { name: 'Started', value: '2026-03-02 09:14' },
  ],
  dpod: [
    { name: 'Task', value: '4711' },
    { name: 'Device', value: 'idg-prod-01' },
    { name: 'Domain', value: 'default' },
    { name: 'Time', value: '2026-03-02 02:00:13' },
  ],
  mxhero: [
    { name: 'Account', value: 'finance@contoso.example' },
    { name: 'Date', value: '2026-03-02 08:41' },
  ],
};

/** The view the content script would make of a catalog entry in its own section, on a row of its console. */
export function viewOf(entry: Entry, variant: Variant = { notes: 'none', id: 'short' }): StatusView {
  const product = productById(entry.product);
  const section = sectionOf(entry.product, entry.section);
  const support = section?.supportId;
  const value = variant.id === 'missing' ? null : variant.id === 'long' ? LONG_ID : (SHORT_ID[entry.section] ?? 'X-1');
  return {
    label: variant.label ?? canonicalLabel(entry),
    console: { id: product.id, shortName: product.shortName },
    section: section ? { id: section.id, name: section.name } : null,
    subject: { kind: 'known', entry },
    severity: entry.severity,
    supportId: support ? { label: support.label, value } : null,
    row: ROW[entry.product] ?? [],
    notes: NOTES[variant.notes],
  };
}

/** A status the catalog does not know, as the content script would show it. */
export function unknownView(label: string, notes: NotesVariant = 'none'): StatusView {
  return {
    label,
    console: { id: 'dropsuite', shortName: 'Dropsuite' },
    section: { id: 'backups', name: 'Backups' },
    subject: { kind: 'unknown' },
    severity: null,
    supportId: { label: 'Mailbox Email ID', value: 'j.doe@contoso.example' },
    row: ROW.dropsuite ?? [],
    notes: NOTES[notes],
  };
}
