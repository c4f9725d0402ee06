import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import type { DeskFormTarget } from '../../components/desk/link';
import { checkDeskNote, DESK_LIMITS, type DeskEntry, type DeskNote, sameNote } from '../../components/desk/schema';
import type { Policy } from '../../components/settings/policy-hosts';
import type { Settings } from '../../components/settings/schema';
import type { Confirm } from './confirmation';
import { DeskList } from './DeskList';
import { deskPlace, sentence } from './desk-place';
import { TargetFields, useTarget } from './TargetFields';

interface Props {
  settings: Settings;
  policy: Policy;
  update: (change: (settings: Settings) => Settings) => Promise<void>;
  confirm: Confirm;
  /** The form a deep link asks for (the tooltip's "Add a desk note"), filled in. */
  prefill?: DeskFormTarget;
}

const noteKey = (n: DeskNote) => JSON.stringify([n.product, n.section, n.label, n.text]);

/** The desk's notes: the form (to add one or edit one of the user's), the organisation's and the user's lists. */
export function NotesCard({ settings, policy, update, confirm, prefill }: Props) {
  const [editing, setEditing] = useState<DeskNote | null>(null);
  // The deep link fills the form once; after an edit the form starts empty.
  const [start, setStart] = useState(prefill);
  const heading = useRef<HTMLHeadingElement>(null);
  const edit = (note: DeskNote | null) => {
    setStart(undefined);
    setEditing(note);
    // Leaving the form (saved or cancelled) puts the focus back at the top of the card, not on the page's body.
    if (!note) requestAnimationFrame(() => heading.current?.focus());
  };
  const remove = async (note: DeskNote) => {
    const at = settings.notes.findIndex((n) => sameNote(n, note));
    await update((s) => ({ ...s, notes: s.notes.filter((n) => !sameNote(n, note)) }));
    if (editing && sameNote(editing, note)) edit(null);
    confirm(`Removed the note on ${deskPlace(note.product, note.section, note.label)}.`, async () => {
      await update((s) => ({ ...s, notes: [...s.notes.slice(0, at), note, ...s.notes.slice(at)] }));
      return `Put back the note on ${deskPlace(note.product, note.section, note.label)}.`;
    });
  };
  return (
    <section id="desk-notes" className="card" aria-labelledby="desk-notes-heading">
      <h2 id="desk-notes-heading" ref={heading} tabIndex={-1}>
        Desk notes
      </h2>
      <p className="lead">
        What your support desk knows about a status: shown under the catalog’s explanation in the tooltip and the popup,
        marked as the desk’s, and included in Copy for ticket. Plain text, up to {DESK_LIMITS.note} characters.
      </p>
      <NoteForm
        key={editing ? noteKey(editing) : 'new'}
        notes={settings.notes}
        deskEntries={[...policy.entries, ...settings.deskEntries]}
        update={update}
        confirm={confirm}
        prefill={start}
        editing={editing}
        onDone={() => edit(null)}
      />
      <DeskList
        title="Notes set by your organisation"
        empty={null}
        items={policy.notes.map((n) => ({
          key: noteKey(n),
          where: deskPlace(n.product, n.section, n.label),
          text: n.text,
        }))}
      />
      <DeskList
        title="Your notes"
        empty="No notes yet."
        items={settings.notes.map((n) => ({
          key: noteKey(n),
          where: deskPlace(n.product, n.section, n.label),
          text: n.text,
          onEdit: () => edit(n),
          onRemove: () => void remove(n),
        }))}
      />
    </section>
  );
}

function NoteForm({
  notes,
  deskEntries,
  update,
  confirm,
  prefill,
  editing,
  onDone,
}: {
  notes: readonly DeskNote[];
  deskEntries: readonly DeskEntry[];
  update: Props['update'];
  confirm: Confirm;
  prefill?: DeskFormTarget;
  /** The note being edited; null: a new note. */
  editing: DeskNote | null;
  onDone: () => void;
}) {
  const id = useId();
  const forNote = prefill?.kind === 'note' ? prefill : undefined;
  const target = useTarget(editing ?? forNote);
  const [text, setText] = useState(editing?.text ?? '');
  const [error, setError] = useState<string | null>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  // A deep link or an Edit brings the form into view with the focus in the text, the field left to fill.
  const focusText = editing !== null || forNote !== undefined;
  useEffect(() => {
    if (!focusText) return;
    area.current?.scrollIntoView({ block: 'center' });
    area.current?.focus({ preventScroll: true });
  }, [focusText]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = checkDeskNote({
      product: target.product,
      section: target.section,
      label: target.label.trim() || null,
      text,
    });
    if (!checked.ok) {
      setError(sentence(checked.reason));
      area.current?.focus();
      return;
    }
    const note = checked.value;
    const others = editing ? notes.filter((n) => !sameNote(n, editing)) : notes;
    if (others.some((n) => sameNote(n, note))) {
      setError('The same note is already in the list.');
      return;
    }
    if (!editing && notes.length >= DESK_LIMITS.notes) {
      setError(`There are ${DESK_LIMITS.notes} notes already; remove one first.`);
      return;
    }
    setError(null);
    const where = deskPlace(note.product, note.section, note.label);
    if (editing) {
      const before = editing;
      await update((s) => ({ ...s, notes: s.notes.map((n) => (sameNote(n, before) ? note : n)) }));
      confirm(`Saved the note on ${where}.`, async () => {
        await update((s) => ({ ...s, notes: s.notes.map((n) => (sameNote(n, note) ? before : n)) }));
        return `Put back the note as it was on ${deskPlace(before.product, before.section, before.label)}.`;
      });
      onDone();
      return;
    }
    await update((s) => ({ ...s, notes: [...s.notes, note] }));
    setText('');
    confirm(`Added a desk note on ${where}.`);
  };

  return (
    <form
      className="desk-form"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={editing ? 'Edit a desk note' : 'Add a desk note'}
    >
      <TargetFields id={id} target={target} kind="note" deskEntries={deskEntries} />
      <div className="field full">
        <label htmlFor={`${id}-text`}>Note</label>
        <textarea
          ref={area}
          id={`${id}-text`}
          rows={3}
          maxLength={DESK_LIMITS.note}
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error ${id}-count` : `${id}-count`}
          onChange={(event) => {
            setText(event.currentTarget.value);
            if (error) setError(null);
          }}
        />
        <p id={`${id}-count`} className="hint">
          {text.length} of {DESK_LIMITS.note} characters, plain text.
        </p>
      </div>
      {error && (
        <p id={`${id}-error`} className="field-error full" role="alert">
          {error}
        </p>
      )}
      <div className="actions full">
        <button type="submit" className="button primary">
          {editing ? 'Save note' : 'Add note'}
        </button>
        {editing && (
          <button type="button" className="button quiet" onClick={onDone}>
            Cancel editing
          </button>
        )}
      </div>
    </form>
  );
}
