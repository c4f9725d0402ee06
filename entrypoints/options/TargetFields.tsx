import { useMemo, useState } from 'react';
import { PRODUCTS } from '../../catalog';
import { type ProductId, ProductIdSchema } from '../../catalog/enums';
import { DESK_LIMITS, type DeskEntry } from '../../components/desk/schema';
import { checkLabel, knownLabels } from './label-check';
import { PRODUCT_COPY } from './products';

export interface TargetStart {
  product: ProductId;
  section: string | null;
  label: string | null;
}

/** Console, section and status: the target both desk forms share. */
export function useTarget(start: Partial<TargetStart> | undefined) {
  const [product, setProduct] = useState<ProductId>(start?.product ?? PRODUCT_COPY[0]?.id ?? 'dropsuite');
  const [section, setSection] = useState<string | null>(start?.section ?? null);
  const [label, setLabel] = useState(start?.label ?? '');
  return { product, setProduct, section, setSection, label, setLabel };
}
export type Target = ReturnType<typeof useTarget>;

interface Props {
  id: string;
  target: Target;
  /**
   * A note's status: optional, offered from the labels the console shows in the section, and checked against
   * them. A desk entry's: required, a status the catalog does not know, so nothing to offer.
   */
  kind: 'note' | 'entry';
  /** The desk's entries in force: their labels are statuses too. */
  deskEntries?: readonly DeskEntry[];
}

export function TargetFields({ id, target, kind, deskEntries = [] }: Props) {
  const sections = PRODUCTS.find((p) => p.id === target.product)?.sections ?? [];
  const note = kind === 'note';
  const known = useMemo(
    () => (note ? knownLabels({ product: target.product, section: target.section }, deskEntries) : []),
    [note, target.product, target.section, deskEntries],
  );
  const check = note ? checkLabel(target.label, known) : { kind: 'fine' as const };
  const sectionName = sections.find((s) => s.id === target.section)?.name;
  const place = PRODUCT_COPY.find((p) => p.id === target.product)?.short ?? target.product;
  const describedBy = [`${id}-label-hint`, check.kind === 'unknown' ? `${id}-label-check` : ''].join(' ').trim();
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
        <label htmlFor={`${id}-label`}>Status (label or code){note ? ', optional' : ''}</label>
        <input
          id={`${id}-label`}
          type="text"
          autoComplete="off"
          spellCheck={false}
          maxLength={DESK_LIMITS.label}
          list={note ? `${id}-known` : undefined}
          value={target.label}
          aria-describedby={describedBy}
          onChange={(event) => target.setLabel(event.currentTarget.value)}
        />
        {note && (
          <datalist id={`${id}-known`}>
            {known.map((l) => (
              <option key={l} value={l} />
            ))}
          </datalist>
        )}
        {check.kind === 'unknown' && (
          <p id={`${id}-label-check`} className="field-warning">
            No status of {sectionName ? `${place} › ${sectionName}` : place} is called “{target.label.trim()}” in the
            catalog or the desk’s entries, so the note would never show.
            {check.suggestion && (
              <>
                {' '}
                Did you mean{' '}
                <button
                  type="button"
                  className="link-button"
                  aria-label={`Use ${check.suggestion}`}
                  onClick={() => target.setLabel(check.suggestion ?? target.label)}
                >
                  {check.suggestion}
                </button>
                ?
              </>
            )}
          </p>
        )}
        <p id={`${id}-label-hint`} className="hint">
          {note
            ? 'As the console shows it, such as Space Full; leave it empty for every status of the section.'
            : 'As the console shows it, such as EXECUTION_NEW_CODE or Paused by vendor.'}
        </p>
      </div>
    </>
  );
}
