/**
 * What the tooltip says: a catalog entry explained in its context, the desk's own explanation, or that a
 * status is not known yet, as markup for the panel and as plain text for the clipboard. Page text is data:
 * every piece goes in as text, never as markup.
 */
import type { Entry, ProductId } from '../../../catalog/schema';
import type { DeskEntry, Sourced } from '../../../components/desk/schema';
import { deskEntryTicketText, renderDeskEntry } from '../../../components/explanation/desk-entry';
import { type DeskNoteShown, renderExplainForDeskButton } from '../../../components/explanation/desk-notes';
import { type ExplanationContext, renderExplanation, ticketText } from '../../../components/explanation/explanation';

/** A status as the desk's notes and forms name it. */
export type StatusRef = { product: ProductId; section: string | null; label: string };

/** What the tooltip explains: a catalog entry, the desk's own explanation, or a label nobody knows yet. */
export type TooltipSubject =
  | { kind: 'known'; entry: Entry; context: ExplanationContext; deskNotes: DeskNoteShown[]; ref: StatusRef }
  | {
      kind: 'desk';
      deskEntry: Sourced<DeskEntry>;
      context: ExplanationContext;
      deskNotes: DeskNoteShown[];
      ref: StatusRef;
    }
  | { kind: 'unknown'; label: string; productName: string; ref: StatusRef };

/** What the tooltip's buttons ask of the desk: a note on the status, or an explanation of an unknown one. */
export interface DeskActions {
  addNote(ref: StatusRef): void;
  explain(ref: StatusRef): void;
}

export function renderSubject(doc: Document, subject: TooltipSubject, actions: DeskActions | null): HTMLElement {
  const ref = subject.ref;
  if (subject.kind !== 'unknown') {
    const options = {
      headingLevel: 2,
      deskNotes: subject.deskNotes,
      onAddNote: actions ? () => actions.addNote(ref) : undefined,
    };
    return subject.kind === 'known'
      ? renderExplanation(doc, subject.entry, subject.context, options)
      : renderDeskEntry(doc, subject.deskEntry, subject.context, options);
  }
  const box = doc.createElement('div');
  box.className = 'unknown';
  const title = doc.createElement('strong');
  title.textContent = subject.label;
  const text = doc.createElement('p');
  text.textContent = `${subject.productName} shows a status that Status Lens does not know yet. It may be new in this version of the console.`;
  box.append(title, text);
  if (actions) box.append(renderExplainForDeskButton(doc, () => actions.explain(ref)));
  return box;
}

/** Plain text of a subject, for Copy for ticket. */
export function subjectText(s: TooltipSubject): string {
  if (s.kind === 'known') return ticketText(s.entry, s.context, s.deskNotes);
  if (s.kind === 'desk') return deskEntryTicketText(s.deskEntry, s.context, s.deskNotes);
  return `${s.label} (${s.productName}): not in the Status Lens catalog.`;
}
