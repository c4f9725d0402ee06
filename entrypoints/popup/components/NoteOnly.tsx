import { deskNotesFor } from '../../../components/desk/match';
import type { Desk, DeskNote, Sourced } from '../../../components/desk/schema';
import { placeName } from '../items';
import { Breakable } from './Breakable';
import { NoteList } from './NoteList';

/** A note found by search on a status neither the catalog nor a desk entry explains (or on a whole section). */
export function NoteOnly({ note, desk }: { note: Sourced<DeskNote>; desk: Desk }) {
  const notes = deskNotesFor(desk, { product: note.product, section: note.section, label: note.label });
  return (
    <article className="unknown" aria-labelledby="unknown-title">
      <header className="unknown-head">
        <h2 id="unknown-title" className="unknown-title" tabIndex={-1}>
          <Breakable text={note.label ?? `Every status of ${placeName(note.product, note.section)}`} />
        </h2>
        <p className="opt-place">{placeName(note.product, note.section)}</p>
      </header>
      <NoteList notes={note.label ? notes : [note]} />
    </article>
  );
}
