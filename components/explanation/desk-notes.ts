/**
 * The desk's notes on a status: a callout right under the card's title (the desk's own rule wins over the
 * catalog, so it is read first) and the first lines of a ticket. Notes are plain text, never markup.
 */
import type { DeskOrigin } from '../desk/schema';
import { deskText, node } from './dom';

/** A note as shown: its text, and whether the organisation set it (policy) or the user wrote it. */
export interface DeskNoteShown {
  text: string;
  origin?: DeskOrigin;
}

const DESK_NOTES_CLASS = 'sl-x-desk';

/** How many notes the collapsed card shows; the others are under "More". */
const COLLAPSED_NOTES = 2;

export function originText(origin: DeskOrigin | undefined): string {
  return origin === 'policy' ? 'Set by your organisation' : 'Your desk';
}

/**
 * The callout: each note with whose it is. With `more` (a card whose "More" or full view shows everything), every
 * note is rendered and CSS shows the first two, clamped, until "More" opens; without it, only the first two are.
 * On a console's page, what the callout says is no text of the page's (see deskText).
 */
export function renderDeskCallout(
  doc: Document,
  notes: readonly DeskNoteShown[],
  more: boolean,
  where: 'page' | 'popup',
): HTMLElement {
  const said = (className: string, text: string) => {
    const element = node(doc, 'p', className);
    element.append(deskText(doc, text, where));
    return element;
  };
  const callout = node(doc, 'section', DESK_NOTES_CLASS);
  callout.dataset.desk = 'notes';
  callout.setAttribute('aria-label', notes.length === 1 ? 'Desk note' : 'Desk notes');
  const list = node(doc, 'ul', 'sl-x-desk-notes');
  for (const note of more ? notes : notes.slice(0, COLLAPSED_NOTES)) {
    const item = node(doc, 'li', 'sl-x-desk-note');
    item.dataset.origin = note.origin ?? 'user';
    item.append(said('sl-x-desk-by', originText(note.origin)), said('sl-x-desk-text', note.text));
    list.append(item);
  }
  callout.append(list);
  const hidden = notes.length - COLLAPSED_NOTES;
  if (hidden > 0) {
    const what = `${hidden} more desk ${hidden === 1 ? 'note' : 'notes'}`;
    callout.append(said('sl-x-desk-more', more ? `${what} under More` : `${what} in the Status Lens popup`));
  }
  return callout;
}

/** The notes as the first lines of a ticket, one line each; a third note on is counted, not copied. */
export function deskNoteLines(notes: readonly DeskNoteShown[]): string[] {
  const lines = notes
    .slice(0, COLLAPSED_NOTES)
    .map((n) => `Desk note (${originText(n.origin).toLowerCase()}): ${n.text.replace(/\s*\n\s*/g, ' / ').trim()}`);
  const more = notes.length - COLLAPSED_NOTES;
  if (more > 0) lines.push(`(${more} more desk ${more === 1 ? 'note' : 'notes'} in Status Lens)`);
  return lines;
}
