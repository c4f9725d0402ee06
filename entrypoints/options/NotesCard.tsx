import { type FormEvent, useId, useRef, useState } from 'react';
import type { DeskFormTarget } from '../../components/desk/link';
import { checkDeskNote, DESK_LIMITS, type DeskEntry, type DeskNote, sameNote } from '../../components/desk/schema';
import type { Confirm } from './confirmation';
import { DeskList } from './DeskList';
import { type DeskCardProps, DeskFormFoot, useDeskEditing, useFocusWhenOpened } from './desk-card';
import { deskPlace, sentence } from './desk-place';
import { TargetFields, useTarget } from './TargetFields';

const noteKey = (n: DeskNote) => JSON.stringify([n.product, n.section, n.label, n.text]);

/** The desk's notes: the form (to add one or edit one of the user's), the organisation's and the user's lists. */
export function NotesCard({ settings, policy, update, confirm, prefill }: DeskCardProps) {
  const { editing, start, heading, edit } = useDeskEditing<DeskNote>(prefill);
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
  update: DeskCardProps['update'];
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
  useFocusWhenOpened(area, editing !== null || forNote !== undefined);

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
      <DeskFormFoot id={id} error={error} editing={!!editing} noun="note" onCancel={onDone} />
    </form>
  );
}
