import { type FormEvent, type ReactNode, useEffect, useId, useMemo, useRef, useState } from 'react';
import { CATALOG, entriesForLabel, PRODUCTS } from '../../catalog';
import { type ProductId, ProductIdSchema, SEVERITIES, type Severity } from '../../catalog/enums';
import type { DeskFormTarget } from '../../components/desk/link';
import {
  checkDeskEntry,
  checkDeskNote,
  DESK_LIMITS,
  type DeskEntry,
  type DeskNote,
  deskEntryId,
  sameNote,
} from '../../components/desk/schema';
import { SEVERITY_TEXT } from '../../components/explanation/explanation';
import type { Policy } from '../../components/settings/policy-hosts';
import type { Settings } from '../../components/settings/schema';
import { PRODUCT_COPY, productShortName } from './products';

interface Props {
  settings: Settings;
  policy: Policy;
  update: (change: (settings: Settings) => Settings) => Promise<void>;
  announce: (message: string) => void;
  /** The form a deep link asks for (the tooltip's "Add a desk note"), filled in. */
  prefill?: DeskFormTarget;
}

function where(product: ProductId, section: string | null, label: string | null): string {
  const p = PRODUCTS.find((x) => x.id === product);
  const s = section ? p?.sections.find((x) => x.id === section)?.name : undefined;
  const place = s ? `${productShortName(product)} › ${s}` : productShortName(product);
  return label ? `${label} · ${place}` : `every status · ${place}`;
}

const sentence = (reason: string) => `${reason.charAt(0).toUpperCase()}${reason.slice(1)}.`;

/** The desk's notes on statuses and its explanations of statuses the catalog does not know. */
export function DeskSection(props: Props) {
  return (
    <>
      <NotesCard {...props} />
      <EntriesCard {...props} />
    </>
  );
}

function NotesCard({ settings, policy, update, announce, prefill }: Props) {
  const remove = async (note: DeskNote) => {
    await update((s) => ({ ...s, notes: s.notes.filter((n) => !sameNote(n, note)) }));
    announce(`Removed the note on ${where(note.product, note.section, note.label)}.`);
  };
  return (
    <section id="desk-notes" className="card" aria-labelledby="desk-notes-heading">
      <h2 id="desk-notes-heading">Desk notes</h2>
      <p className="lead">
        What your support desk knows about a status: shown under the catalog’s explanation in the tooltip and the popup,
        marked as the desk’s, and included in Copy for ticket. Plain text, up to {DESK_LIMITS.note} characters.
      </p>
      <NoteForm notes={settings.notes} update={update} announce={announce} prefill={prefill} />
      <DeskList
        title="Notes set by your organisation"
        empty={null}
        items={policy.notes.map((n) => ({
          key: JSON.stringify(n),
          where: where(n.product, n.section, n.label),
          text: n.text,
        }))}
      />
      <DeskList
        title="Your notes"
        empty="No notes yet."
        items={settings.notes.map((n) => ({
          key: JSON.stringify(n),
          where: where(n.product, n.section, n.label),
          text: n.text,
          onRemove: () => void remove(n),
        }))}
      />
    </section>
  );
}

function EntriesCard({ settings, policy, update, announce, prefill }: Props) {
  const remove = async (entry: DeskEntry) => {
    await update((s) => ({ ...s, deskEntries: s.deskEntries.filter((e) => deskEntryId(e) !== deskEntryId(entry)) }));
    announce(`Removed the desk entry for ${where(entry.product, entry.section, entry.label)}.`);
  };
  const text = (e: DeskEntry) =>
    `${SEVERITY_TEXT[e.severity]}. ${e.meaning}${e.steps.length ? ` Steps: ${e.steps.map((s, i) => `${i + 1}. ${s}`).join(' ')}` : ''}`;
  return (
    <section id="desk-entries" className="card" aria-labelledby="desk-entries-heading">
      <h2 id="desk-entries-heading">Desk entries</h2>
      <p className="lead">
        A status the catalog does not know, explained by your desk: from then on it explains itself like a catalog
        entry, marked as the desk’s, and counts in the popup’s This page and the toolbar badge by its severity.
      </p>
      <EntryForm
        entries={[...policy.entries, ...settings.deskEntries]}
        update={update}
        announce={announce}
        prefill={prefill}
      />
      <DeskList
        title="Entries set by your organisation"
        empty={null}
        items={policy.entries.map((e) => ({
          key: deskEntryId(e),
          where: where(e.product, e.section, e.label),
          text: text(e),
        }))}
      />
      <DeskList
        title="Your entries"
        empty="No desk entries yet."
        items={settings.deskEntries.map((e) => ({
          key: deskEntryId(e),
          where: where(e.product, e.section, e.label),
          text: text(e),
          onRemove: () => void remove(e),
        }))}
      />
    </section>
  );
}

interface ListItem {
  key: string;
  where: string;
  text: string;
  /** Absent: set by the organisation, locked. */
  onRemove?: () => void;
}

function DeskList({ title, empty, items }: { title: string; empty: string | null; items: ListItem[] }) {
  const id = useId();
  if (items.length === 0 && empty === null) return null;
  return (
    <>
      <h3 id={id}>{title}</h3>
      {items.length === 0 ? (
        <p className="empty">{empty}</p>
      ) : (
        <ul className="host-list desk-list" aria-labelledby={id}>
          {items.map((item) => (
            <li key={item.key} className="host-row desk-row" data-locked={item.onRemove ? undefined : 'true'}>
              <div className="host-main">
                <span className="desk-where">{item.where}</span>
                <span className="desk-text">{item.text}</span>
              </div>
              {item.onRemove ? (
                <button
                  type="button"
                  className="button quiet"
                  aria-label={`Remove ${item.where}`}
                  onClick={item.onRemove}
                >
                  Remove
                </button>
              ) : (
                <span className="locked">Set by your organisation</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** Console, section and status: the target both forms share. */
function useTarget(prefill: DeskFormTarget | undefined) {
  const [product, setProduct] = useState<ProductId>(prefill?.product ?? 'dropsuite');
  const [section, setSection] = useState<string | null>(prefill?.section ?? null);
  const [label, setLabel] = useState(prefill?.label ?? '');
  return { product, setProduct, section, setSection, label, setLabel };
}

function TargetFields({
  id,
  target,
  labelRequired,
}: {
  id: string;
  target: ReturnType<typeof useTarget>;
  labelRequired: boolean;
}) {
  const sections = PRODUCTS.find((p) => p.id === target.product)?.sections ?? [];
  // The catalog's labels of the console and section, offered as the status is typed (a note's usual target).
  const known = useMemo(
    () => [
      ...new Set(
        CATALOG.filter(
          (e) => e.product === target.product && (!target.section || e.section === target.section),
        ).flatMap((e) => e.labels),
      ),
    ],
    [target.product, target.section],
  );
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-product`}>Console</label>
        <select
          id={`${id}-product`}
          value={target.product}
          onChange={(event) => {
            const chosen = ProductIdSchema.safeParse(event.currentTarget.value);
            if (chosen.success) {
              target.setProduct(chosen.data);
              target.setSection(null);
            }
          }}
        >
          {PRODUCT_COPY.map((p) => (
            <option key={p.id} value={p.id}>
              {p.short}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-section`}>Section</label>
        <select
          id={`${id}-section`}
          value={target.section ?? ''}
          onChange={(event) => target.setSection(event.currentTarget.value || null)}
        >
          <option value="">Any section</option>
          {sections.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field full">
        <label htmlFor={`${id}-label`}>Status (label or code){labelRequired ? '' : ', optional'}</label>
        <input
          id={`${id}-label`}
          type="text"
          autoComplete="off"
          spellCheck={false}
          maxLength={DESK_LIMITS.label}
          list={labelRequired ? undefined : `${id}-known`}
          value={target.label}
          aria-describedby={`${id}-label-hint`}
          onChange={(event) => target.setLabel(event.currentTarget.value)}
        />
        {!labelRequired && (
          <datalist id={`${id}-known`}>
            {known.map((l) => (
              <option key={l} value={l} />
            ))}
          </datalist>
        )}
        <p id={`${id}-label-hint`} className="hint">
          {labelRequired
            ? 'As the console shows it, such as EXECUTION_NEW_CODE or Paused by vendor.'
            : 'As the console shows it, such as Space Full; leave it empty for every status of the section.'}
        </p>
      </div>
    </>
  );
}

function FormError({ id, error }: { id: string; error: string | null }): ReactNode {
  return error ? (
    <p id={id} className="field-error full" role="alert">
      {error}
    </p>
  ) : null;
}

/** Focuses a field and brings its card into view when a deep link opened the page for it. */
function usePrefillFocus(active: boolean, field: React.RefObject<HTMLElement | null>) {
  useEffect(() => {
    if (!active) return;
    field.current?.scrollIntoView({ block: 'center' });
    field.current?.focus({ preventScroll: true });
  }, [active, field]);
}

function NoteForm({
  notes,
  update,
  announce,
  prefill,
}: {
  notes: readonly DeskNote[];
  update: Props['update'];
  announce: Props['announce'];
  prefill?: DeskFormTarget;
}) {
  const id = useId();
  const forNote = prefill?.kind === 'note' ? prefill : undefined;
  const target = useTarget(forNote);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  usePrefillFocus(forNote !== undefined, area);

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
    if (notes.some((n) => sameNote(n, checked.value))) {
      setError('The same note is already in the list.');
      return;
    }
    if (notes.length >= DESK_LIMITS.notes) {
      setError(`There are ${DESK_LIMITS.notes} notes already; remove one first.`);
      return;
    }
    setError(null);
    await update((s) => ({ ...s, notes: [...s.notes, checked.value] }));
    setText('');
    announce(`Added a desk note on ${where(checked.value.product, checked.value.section, checked.value.label)}.`);
  };

  return (
    <form className="desk-form" onSubmit={(e) => void submit(e)} noValidate aria-label="Add a desk note">
      <TargetFields id={id} target={target} labelRequired={false} />
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
      <FormError id={`${id}-error`} error={error} />
      <button type="submit" className="button primary">
        Add note
      </button>
    </form>
  );
}

function EntryForm({
  entries,
  update,
  announce,
  prefill,
}: {
  entries: readonly DeskEntry[];
  update: Props['update'];
  announce: Props['announce'];
  prefill?: DeskFormTarget;
}) {
  const id = useId();
  const forEntry = prefill?.kind === 'entry' ? prefill : undefined;
  const target = useTarget(forEntry);
  const [severity, setSeverity] = useState<Severity>('warning');
  const [meaning, setMeaning] = useState('');
  const [steps, setSteps] = useState('');
  const [error, setError] = useState<string | null>(null);
  const meaningField = useRef<HTMLTextAreaElement>(null);
  usePrefillFocus(forEntry !== undefined, meaningField);

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
    if (entries.some((e) => deskEntryId(e) === deskEntryId(entry))) {
      setError(`“${entry.label}” is already explained by the desk there.`);
      return;
    }
    setError(null);
    await update((s) => ({ ...s, deskEntries: [...s.deskEntries, entry] }));
    setMeaning('');
    setSteps('');
    target.setLabel('');
    announce(`Added the desk entry for ${where(entry.product, entry.section, entry.label)}.`);
  };

  return (
    <form className="desk-form" onSubmit={(e) => void submit(e)} noValidate aria-label="Explain a status">
      <TargetFields id={id} target={target} labelRequired />
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
      <FormError id={`${id}-error`} error={error} />
      <button type="submit" className="button primary">
        Add desk entry
      </button>
    </form>
  );
}
