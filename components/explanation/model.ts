/**
 * What the card says about one status, apart from where it was found: the input of the card (content script),
 * the popup's detail and Copy for ticket. The content script makes one per hover from the page (resolve); the
 * popup from a catalog entry or a row of its This page report. Page text in it is data, never markup.
 */
import type { Entry, Severity } from '../../catalog';
import type { DeskEntry, Sourced } from '../desk/schema';
import type { DeskNoteShown } from './desk-notes';

/** What explains the status: a catalog entry, the desk's own entry, or nobody yet. */
export type Subject =
  | { kind: 'known'; entry: Entry }
  | { kind: 'desk'; entry: Sourced<DeskEntry> }
  | { kind: 'unknown' };

/** A cell of the status's row, for the ticket: its column's heading (when the page names it) and its text. */
export interface RowCell {
  name: string | null;
  value: string;
}

export interface StatusView {
  /** The label as the page shows it (or the entry's canonical label, in the popup). */
  label: string;
  /** The console, by id and as people name it ("DPOD"). */
  console: { id: string; shortName: string };
  /** The section the status stands in, when known: "Migrates". */
  section: { id: string; name: string } | null;
  subject: Subject;
  /** The subject's severity; null for an unknown status. */
  severity: Severity | null;
  /**
   * The ID support asks for in that section, with its value read from the status's row; `value` null when the
   * row does not show it. Null when the section has no such ID.
   */
  supportId: { label: string; value: string | null } | null;
  /** The row's other cells, short: the DPOD task, device and time; the mxHERO account. Empty in the popup. */
  row: RowCell[];
  /** The desk's notes on the status, the organisation's first. */
  notes: readonly DeskNoteShown[];
}

/**
 * What the card's buttons ask of whoever shows it; each is called on the user's own click or key. A copy may
 * answer whether it worked (the card then says "Copied" or "Could not copy"); answering nothing means it did.
 */
export interface CardActions {
  // biome-ignore lint/suspicious/noConfusingVoidType: an action that answers nothing (void) must stay assignable.
  copyTicket(text: string): void | Promise<boolean>;
  // biome-ignore lint/suspicious/noConfusingVoidType: as above.
  copyId(value: string): void | Promise<boolean>;
  /** "Add a desk note" (a catalog or desk entry) or "Explain this status" (an unknown one); absent, no such button. */
  addNote?(): void;
}
