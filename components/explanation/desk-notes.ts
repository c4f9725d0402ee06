/**
 * The desk's notes under an explanation, the "Add a desk note" button, and the notes' lines in ticket text.
 * Apart from explanation.ts so that file keeps its own concerns; no import of it here (it imports this one).
 * Every text goes in through textContent: notes are plain text, never markup.
 */
import type { DeskOrigin } from '../desk/schema';

/** A note as shown: its text, and whether the organisation set it (policy) or the user wrote it. */
export interface DeskNoteShown {
  text: string;
  origin?: DeskOrigin;
}

export const DESK_NOTES_CLASS = 'sl-x-desk';

export function originText(origin: DeskOrigin | undefined): string {
  return origin === 'policy' ? 'Set by your organisation' : 'Your desk';
}

/** "Desk notes": a section of the explanation, marked as the desk's, one item per note. */
export function renderDeskNotes(doc: Document, notes: readonly DeskNoteShown[], headingLevel = 4): HTMLElement {
  const section = doc.createElement('section');
  section.className = `sl-x-part ${DESK_NOTES_CLASS}`;
  section.dataset.desk = 'notes';
  const heading = doc.createElement(`h${Math.min(6, Math.max(2, headingLevel))}` as 'h4');
  heading.className = 'sl-x-h';
  heading.textContent = notes.length === 1 ? 'Desk note' : 'Desk notes';
  const list = doc.createElement('ul');
  list.className = 'sl-x-desk-notes';
  for (const note of notes) {
    const item = doc.createElement('li');
    item.className = 'sl-x-desk-note';
    if (note.origin) item.dataset.origin = note.origin;
    const text = doc.createElement('p');
    text.className = 'sl-x-desk-text';
    text.textContent = note.text;
    const by = doc.createElement('p');
    by.className = 'sl-x-desk-by';
    by.textContent = originText(note.origin);
    item.append(text, by);
    list.append(item);
  }
  section.append(heading, list);
  return section;
}

function button(doc: Document, text: string, className: string, onClick: () => void): HTMLButtonElement {
  const b = doc.createElement('button');
  b.type = 'button';
  b.className = `sl-x-desk-button ${className}`;
  b.textContent = text;
  b.addEventListener('click', (event) => {
    event.preventDefault();
    onClick();
  });
  return b;
}

/** "Add a desk note": a native button, so it is a Tab stop and answers Enter and Space. */
export function renderAddNoteButton(doc: Document, onAddNote: () => void): HTMLButtonElement {
  return button(doc, 'Add a desk note', 'sl-x-add-note', onAddNote);
}

/** "Explain it for the desk": for a status the catalog does not know (the tooltip's unknown view). */
export function renderExplainForDeskButton(doc: Document, onExplain: () => void): HTMLButtonElement {
  return button(doc, 'Explain it for the desk', 'sl-x-add-entry', onExplain);
}

/** The notes as lines of a support ticket; none without notes. */
export function deskNoteLines(notes: readonly DeskNoteShown[] = []): string[] {
  if (notes.length === 0) return [];
  return [
    '',
    notes.length === 1 ? 'Desk note:' : 'Desk notes:',
    ...notes.map((n) => `- ${n.text.replace(/\s*\n\s*/g, ' / ')}${n.origin === 'policy' ? ' (organisation)' : ''}`),
  ];
}

/** Styles of the desk's parts, appended to EXPLANATION_CSS under its root selector `r`. */
export function deskCss(r: string): string {
  return `${r} .sl-x-desk{margin-top:10px;padding:6px 8px;border-left:3px solid var(--sl-accent);background:var(--sl-subtle);border-radius:0 6px 6px 0;}
${r} .sl-x-desk-notes{list-style:none;display:grid;gap:6px;}
${r} .sl-x-desk-text{white-space:pre-line;}
${r} .sl-x-desk-by,${r} .sl-x-desk-mark{font-size:12px;color:var(--sl-muted);}
${r} .sl-x-desk-mark{grid-column:1 / -1;font-weight:600;}
${r} .sl-x-desk-button{appearance:none;margin:0;padding:4px 10px;min-height:28px;border-radius:6px;cursor:pointer;
border:1px solid var(--sl-accent);background:var(--sl-bg);color:var(--sl-accent);font-size:12px;font-weight:600;line-height:18px;}
${r} .sl-x-desk-button:focus-visible{outline:2px solid var(--sl-accent);outline-offset:2px;}
`;
}
