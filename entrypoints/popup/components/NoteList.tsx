import type { DeskNote, Sourced } from '../../../components/desk/schema';
import { originText } from '../../../components/explanation/desk-notes';

/** The desk's notes on a status, as the popup lists them outside an explanation. */
export function NoteList({ notes }: { notes: readonly Sourced<DeskNote>[] }) {
  if (notes.length === 0) return null;
  return (
    <section className="desk-notes" aria-labelledby="desk-notes-head">
      <h3 id="desk-notes-head" className="similar-head">
        {notes.length === 1 ? 'Desk note' : 'Desk notes'}
      </h3>
      <ul className="similar">
        {notes.map((n) => (
          <li key={`${n.origin}:${n.text}`}>
            <p className="desk-note-text">{n.text}</p>
            <p className="opt-place">{originText(n.origin)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
