import { type FormEvent, useId, useRef, useState } from 'react';
import { entriesForLabel } from '../../catalog';
import { SEVERITIES, type Severity } from '../../catalog/enums';
import type { DeskFormTarget } from '../../components/desk/link';
import { checkDeskEntry, DESK_LIMITS, type DeskEntry, deskEntryId } from '../../components/desk/schema';
import { SEVERITY_TEXT } from '../../components/explanation/explanation';
import type { Confirm } from './confirmation';
import { DeskList } from './DeskList';
import { type DeskCardProps, DeskFormFoot, useDeskEditing, useFocusWhenOpened } from './desk-card';
import { deskPlace, sentence } from './desk-place';
import { TargetFields, useTarget } from './TargetFields';

const entryText = (e: DeskEntry) =>
  `${SEVERITY_TEXT[e.severity]}. ${e.meaning}${e.steps.length ? ` Steps: ${e.steps.map((s, i) => `${i + 1}. ${s}`).join(' ')}` : ''}`;

/** The desk's explanations of statuses the catalog does not know: the form, the organisation's and the user's. */
export function EntriesCard({ settings, policy, update, confirm, prefill }: DeskCardProps) {
  const { editing, start, heading, edit } = useDeskEditing<DeskEntry>(prefill);
  const remove = async (entry: DeskEntry) => {
    const id = deskEntryId(entry);
    const at = settings.deskEntries.findIndex((e) => deskEntryId(e) === id);
    await update((s) => ({ ...s, deskEntries: s.deskEntries.filter((e) => deskEntryId(e) !== id) }));
    if (editing && deskEntryId(editing) === id) edit(null);
    const where = deskPlace(entry.product, entry.section, entry.label);
    confirm(`Removed the desk entry for ${where}.`, async () => {
      await update((s) =>
        s.deskEntries.some((e) => deskEntryId(e) === id)
          ? s
          : { ...s, deskEntries: [...s.deskEntries.slice(0, at), entry, ...s.deskEntries.slice(at)] },
      );
      return `Put back the desk entry for ${where}.`;
    });
  };
  return (
    <section id="desk-entries" className="card" aria-labelledby="desk-entries-heading">
      <h2 id="desk-entries-heading" ref={heading} tabIndex={-1}>
        Desk entries
      </h2>
      <p className="lead">
        A status the catalog does not know, explained by your desk: from then on it explains itself like a catalog
        entry, marked as the desk’s, and counts in the popup’s This page and the toolbar badge by its severity.
      </p>
      <EntryForm
        key={editing ? deskEntryId(editing) : 'new'}
        entries={[...policy.entries, ...settings.deskEntries]}
        update={update}
        confirm={confirm}
        prefill={start}
        editing={editing}
        onDone={() => edit(null)}
      />
      <DeskList
        title="Entries set by your organisation"
        empty={null}
        items={policy.entries.map((e) => ({
          key: deskEntryId(e),
          where: deskPlace(e.product, e.section, e.label),
          text: entryText(e),
        }))}
      />
      <DeskList
        title="Your entries"
        empty="No desk entries yet."
        items={settings.deskEntries.map((e) => ({
          key: deskEntryId(e),
          where: deskPlace(e.product, e.section, e.label),
          text: entryText(e),
          onEdit: () => edit(e),
          onRemove: () => void remove(e),
        }))}
      />
    </section>
  );
}

function EntryForm({
  entries,
  update,
  confirm,
  prefill,
  editing,
  onDone,
}: {
  entries: readonly DeskEntry[];
  update: DeskCardProps['update'];
  confirm: Confirm;
  prefill?: DeskFormTarget;
  editing: DeskEntry | null;
  onDone: () => void;
}) {
  const id = useId();
  const forEntry = prefill?.kind === 'entry' ? prefill : undefined;
  const target = useTarget(editing ?? forEntry);
  const [severity, setSeverity] = useState<Severity>(editing?.severity ?? 'warning');
  const [meaning, setMeaning] = useState(editing?.meaning ?? '');
  const [steps, setSteps] = useState(editing?.steps.join('\n') ?? '');
  const [error, setError] = useState<string | null>(null);
  const meaningField = useRef<HTMLTextAreaElement>(null);
  useFocusWhenOpened(meaningField, editing !== null || forEntry !== undefined);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = checkDeskEntry({
      product: target.product,
      section: target.section,
      label: target.label,
      severity,
      meaning,
      steps: steps
        .split('\n')
        .map((s) => s.trim())
        .filter(Boolean),
    });
    if (!checked.ok) {
      setError(sentence(checked.reason));
      meaningField.current?.focus();
      return;
    }
    const entry = checked.value;
    const known = entriesForLabel(entry.product, entry.label).filter(
      (e) => entry.section === null || e.section === entry.section,
    );
    if (known.length > 0) {
      setError(`The catalog already explains “${entry.label}”; add a desk note to it instead.`);
      return;
    }
    const before = editing;
    const others = before ? entries.filter((e) => deskEntryId(e) !== deskEntryId(before)) : entries;
    if (others.some((e) => deskEntryId(e) === deskEntryId(entry))) {
      setError(`“${entry.label}” is already explained by the desk there.`);
      return;
    }
    setError(null);
    const where = deskPlace(entry.product, entry.section, entry.label);
    if (before) {
      const was = deskEntryId(before);
      await update((s) => ({ ...s, deskEntries: s.deskEntries.map((e) => (deskEntryId(e) === was ? entry : e)) }));
      confirm(`Saved the desk entry for ${where}.`, async () => {
        const now = deskEntryId(entry);
        await update((s) => ({ ...s, deskEntries: s.deskEntries.map((e) => (deskEntryId(e) === now ? before : e)) }));
        return `Put back the desk entry as it was for ${deskPlace(before.product, before.section, before.label)}.`;
      });
      onDone();
      return;
    }
    await update((s) => ({ ...s, deskEntries: [...s.deskEntries, entry] }));
    setMeaning('');
    setSteps('');
    target.setLabel('');
    confirm(`Added the desk entry for ${where}.`);
  };

  return (
    <form
      className="desk-form"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={editing ? 'Edit a desk entry' : 'Explain a status'}
    >
      <TargetFields id={id} target={target} kind="entry" />
      <div className="field">
        <label htmlFor={`${id}-severity`}>Severity</label>
        <select
          id={`${id}-severity`}
          value={severity}
          onChange={(event) => setSeverity(event.currentTarget.value as Severity)}
        >
          {[...SEVERITIES].reverse().map((s) => (
            <option key={s} value={s}>
              {SEVERITY_TEXT[s]}
            </option>
          ))}
        </select>
      </div>
      <div className="field full">
        <label htmlFor={`${id}-meaning`}>What it means</label>
        <textarea
          ref={meaningField}
          id={`${id}-meaning`}
          rows={3}
          maxLength={DESK_LIMITS.meaning}
          value={meaning}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => {
            setMeaning(event.currentTarget.value);
            if (error) setError(null);
          }}
        />
      </div>
      <div className="field full">
        <label htmlFor={`${id}-steps`}>What to do, one step per line (optional)</label>
        <textarea id={`${id}-steps`} rows={3} value={steps} onChange={(event) => setSteps(event.currentTarget.value)} />
      </div>
      <DeskFormFoot id={id} error={error} editing={!!editing} noun="desk entry" onCancel={onDone} />
    </form>
  );
}
