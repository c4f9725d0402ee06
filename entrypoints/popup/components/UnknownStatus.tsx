import { useMemo } from 'react';
import { deskNotesFor } from '../../../components/desk/match';
import type { Desk } from '../../../components/desk/schema';
import { openDeskForm } from '../desk-form';
import { type Item, placeName } from '../items';
import { searchItems } from '../search-items';
import { Breakable } from './Breakable';
import { NoteList } from './NoteList';

/** A label the page shows that neither the catalog nor the desk explains: what to do, and similar known ones. */
export function UnknownStatus({
  item,
  onOpen,
  desk,
}: {
  item: Extract<Item, { kind: 'unknown' }>;
  onOpen: (i: Item) => void;
  desk: Desk;
}) {
  const { finding } = item;
  const notes = deskNotesFor(desk, finding);
  const similar = useMemo(
    () => searchItems(finding.label, new Set([finding.product]), 3),
    [finding.label, finding.product],
  );
  return (
    <article className="unknown" aria-labelledby="unknown-title">
      <header className="unknown-head">
        <h2 id="unknown-title" className="unknown-title" tabIndex={-1}>
          <Breakable text={finding.label} />
        </h2>
        <span className="badge" data-severity="unknown">
          Unknown
        </span>
        <p className="opt-place">{placeName(finding.product, finding.section)}</p>
      </header>
      <p>
        Status Lens does not know this status yet. The console may have added or renamed it. It appears{' '}
        {finding.count === 1 ? 'once' : `${finding.count} times`} on this page.
      </p>
      <p>Check the vendor’s documentation, and tell us about it so the catalog can explain it.</p>
      <NoteList notes={notes} />
      <p>
        <button
          type="button"
          className="link"
          onClick={() =>
            openDeskForm({ kind: 'entry', product: finding.product, section: finding.section, label: finding.label })
          }
        >
          Explain it for the desk
        </button>
      </p>
      {similar.length > 0 && (
        <>
          <h3 className="similar-head">Similar known statuses</h3>
          <ul className="similar">
            {similar.map((s) => (
              <li key={s.key}>
                <button type="button" className="link" onClick={() => onOpen(s)}>
                  {s.kind === 'entry' ? `${s.label} · ${placeName(s.entry.product, s.sectionId)}` : ''}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}
