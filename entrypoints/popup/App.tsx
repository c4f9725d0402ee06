import { Fragment, type KeyboardEvent, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { PRODUCTS, type ProductId } from '../../catalog';
import { type DeskFormTarget, deskFormPath } from '../../components/desk/link';
import { deskNotesFor } from '../../components/desk/match';
import { type Desk, type DeskNote, deskEntryId, EMPTY_DESK, type Sourced } from '../../components/desk/schema';
import { originText } from '../../components/explanation/desk-notes';
import { Explanation } from '../../components/explanation/ExplanationView';
import { SEVERITY_TEXT } from '../../components/explanation/explanation';
import type { PageReport } from '../../components/messaging/schema';
import { watchContentSettings } from '../../components/settings/content';
import { shortcutsText } from '../../components/shortcuts';
import { type Group, type Item, pageGroups, placeName, searchItems, summary, tabFromUrl } from './model';
import { fetchPageReport, revealOnPage, targetTab } from './page-report';

const EXAMPLES = ['wrong password', 'Space Full', 'unquiesce', 'web_hook_moved', 'backup never starts'];

/** null: no console on the tab; undefined: still asking. */
type ReportState = PageReport | null | undefined;

export function App() {
  const explicitTab = useMemo(() => tabFromUrl(location.search), []);
  const [tabId, setTabId] = useState<number>();
  const [report, setReport] = useState<ReportState>(undefined);
  const [query, setQuery] = useState('');
  const [products, setProducts] = useState<ReadonlySet<ProductId>>(new Set());
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState<Item | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const detail = useRef<HTMLDivElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const listId = useId();
  // The desk's notes and entries, the organisation's and the user's, kept current.
  const [desk, setDesk] = useState<Desk>(EMPTY_DESK);
  useEffect(() => watchContentSettings((settings) => setDesk(settings.desk)), []);
  // The keyboard commands that move through the page's statuses, with the keys the user set.
  const [keys, setKeys] = useState('');
  useEffect(() => {
    shortcutsText().then(setKeys, () => setKeys(''));
  }, []);

  useEffect(() => {
    let live = true;
    targetTab(explicitTab)
      .then(async (id) => {
        if (!live) return;
        setTabId(id);
        const found = await fetchPageReport(id);
        if (live) setReport(found);
      })
      .catch(() => live && setReport(null));
    return () => {
      live = false;
    };
  }, [explicitTab]);

  const searching = query.trim().length > 0;
  const groups: Group[] = useMemo(
    () => (!searching && report ? pageGroups(report, products, desk) : []),
    [searching, report, products, desk],
  );
  const items: Item[] = useMemo(
    () => (searching ? searchItems(query, products, 30, desk) : groups.flatMap((g) => g.items)),
    [searching, query, products, groups, desk],
  );

  // Best first: while typing, Enter opens the top result; the page list waits for an arrow key.
  useEffect(() => {
    setActive(searching && items.length > 0 ? 0 : -1);
  }, [items, searching]);

  useEffect(() => {
    if (active < 0) return;
    document.getElementById(`${listId}-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [active, listId]);

  // Opening a status moves focus to its title (the Explanation does it for catalog entries), so a
  // screen reader reads what was opened; the view starts at its top.
  useEffect(() => {
    if (!open) return;
    if (open.kind === 'unknown' || open.kind === 'note') {
      detail.current?.querySelector<HTMLElement>('.unknown-title')?.focus();
    }
    scroller.current?.scrollTo?.({ top: 0 });
  }, [open]);

  const back = useCallback(() => {
    setOpen(null);
    requestAnimationFrame(() => input.current?.focus());
  }, []);

  // Escape goes back one step: detail → list, query → empty, then closes the popup.
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      if (open) back();
      else if (query) {
        setQuery('');
        input.current?.focus();
      } else window.close();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open, query, back]);

  const onInputKey = (event: KeyboardEvent<HTMLInputElement>) => {
    const n = items.length;
    if (event.key === 'ArrowDown' && n > 0) {
      event.preventDefault();
      setActive((i) => (i + 1) % n);
    } else if (event.key === 'ArrowUp' && n > 0) {
      event.preventDefault();
      setActive((i) => (i <= 0 ? n - 1 : i - 1));
    } else if (event.key === 'Enter') {
      const item = items[active];
      if (item) {
        event.preventDefault();
        setOpen(item);
      }
    }
  };

  const toggleProduct = (id: ProductId | null) => {
    setProducts((current) => {
      if (id === null) return new Set();
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      // Every console selected is the same as none: show "All" again.
      return next.size === PRODUCTS.length ? new Set() : next;
    });
  };

  const pageProduct = report?.product ?? null;
  const announcement = searching
    ? items.length === 0
      ? 'No matching status.'
      : `${items.length} ${items.length === 1 ? 'status' : 'statuses'} found.`
    : '';

  return (
    <div className="app">
      <header className="top">
        <h1 className="brand">
          <img src="/icon/32.png" alt="" width={16} height={16} />
          Status Lens
        </h1>
        <div className="search">
          <svg className="search-icon" viewBox="0 0 16 16" aria-hidden="true">
            <circle cx="7" cy="7" r="4.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
            <path d="M10.5 10.5 14 14" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
          </svg>
          <input
            ref={input}
            type="text"
            role="combobox"
            aria-label="Search statuses and codes"
            aria-expanded={!open && items.length > 0}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={!open && active >= 0 ? `${listId}-${active}` : undefined}
            placeholder="Search a status, code or symptom"
            autoComplete="off"
            spellCheck={false}
            // biome-ignore lint/a11y/noAutofocus: opening the popup to search is the point; the spec asks for it.
            autoFocus
            value={query}
            onChange={(e) => {
              setQuery(e.target.value);
              setOpen(null);
            }}
            onKeyDown={onInputKey}
          />
          {query && (
            <button
              type="button"
              className="clear"
              aria-label="Clear search"
              onClick={() => {
                setQuery('');
                input.current?.focus();
              }}
            >
              ×
            </button>
          )}
        </div>
        <fieldset className="filters">
          <legend className="sr-only">Consoles</legend>
          <button type="button" className="chip" aria-pressed={products.size === 0} onClick={() => toggleProduct(null)}>
            All
          </button>
          {PRODUCTS.map((p) => (
            <button
              key={p.id}
              type="button"
              className="chip"
              aria-pressed={products.has(p.id)}
              title={p.name}
              onClick={() => toggleProduct(p.id)}
            >
              {p.shortName}
            </button>
          ))}
        </fieldset>
      </header>

      <p className="sr-only" role="status" aria-live="polite">
        {announcement}
      </p>

      <div className="scroll" ref={scroller}>
        {open ? (
          <div className="detail" ref={detail}>
            <button type="button" className="back" onClick={back}>
              <span aria-hidden="true">‹</span> Back
            </button>
            {open.kind === 'entry' || open.kind === 'desk' ? (
              <>
                <ItemExplanation item={open} desk={desk} />
                <div className="detail-actions">
                  <button
                    type="button"
                    className="link"
                    onClick={() =>
                      openDeskForm({
                        kind: 'note',
                        product: open.entry.product,
                        section: open.sectionId,
                        label: open.label,
                      })
                    }
                  >
                    Add a desk note
                  </button>
                  {open.count !== undefined && tabId !== undefined && (
                    <button
                      type="button"
                      className="reveal"
                      onClick={async () => {
                        const id = open.kind === 'entry' ? open.entry.id : deskEntryId(open.entry);
                        const shown = await revealOnPage(tabId, id, open.label);
                        // The real popup closes so the tooltip on the page can be read; a test tab stays.
                        if (shown && explicitTab === undefined) window.close();
                      }}
                    >
                      Show on the page
                    </button>
                  )}
                </div>
              </>
            ) : open.kind === 'note' ? (
              <NoteOnly note={open.note} desk={desk} />
            ) : (
              <UnknownStatus item={open} onOpen={setOpen} desk={desk} />
            )}
          </div>
        ) : (
          <main className="list-area">
            {searching ? (
              <p className="list-head">
                {items.length === 0 ? (
                  <>No status matches “{query.trim()}”. Try fewer words or another spelling.</>
                ) : (
                  <>
                    {items.length} {items.length === 1 ? 'result' : 'results'}
                  </>
                )}
              </p>
            ) : report === undefined ? null : pageProduct ? (
              <div className="list-head page-head">
                <h2>
                  This page <span className="muted">· {placeName(pageProduct, null)}</span>
                </h2>
                <p className="page-summary">
                  {groups.length > 0 ? summary(groups) : 'No statuses found on this page.'}
                </p>
                {keys ? <p className="page-keys">On the page: {keys}</p> : null}
              </div>
            ) : (
              <Hints onPick={(q) => setQuery(q)} />
            )}
            <div
              id={listId}
              role="listbox"
              aria-label={searching ? 'Results' : 'Statuses on this page'}
              className="list"
            >
              {searching
                ? items.map((item, i) => (
                    <Option key={item.key} item={item} id={`${listId}-${i}`} active={i === active} onOpen={setOpen} />
                  ))
                : groups.map((group) => {
                    const offset = items.indexOf(group.items[0] as Item);
                    return (
                      // biome-ignore lint/a11y/useSemanticElements: a group of options inside an ARIA listbox, not a form.
                      <div key={group.id} role="group" aria-labelledby={`${listId}-g-${group.id}`} className="group">
                        <div id={`${listId}-g-${group.id}`} className="group-head" data-severity={group.id}>
                          {group.name} <span className="group-count">{group.count}</span>
                        </div>
                        {group.items.map((item, j) => (
                          <Option
                            key={item.key}
                            item={item}
                            id={`${listId}-${offset + j}`}
                            active={offset + j === active}
                            onOpen={setOpen}
                          />
                        ))}
                      </div>
                    );
                  })}
            </div>
          </main>
        )}
      </div>
    </div>
  );
}

/** A label that wraps after underscores: long codes break at their words, not mid-word. */
function Breakable({ text }: { text: string }) {
  const parts = text.split(/(?<=_)/);
  return (
    <>
      {parts.map((part, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed string, never reordered.
        <Fragment key={i}>
          {part}
          {i < parts.length - 1 && <wbr />}
        </Fragment>
      ))}
    </>
  );
}

/** Opens the options page at the desk's form, filled in for a status. */
function openDeskForm(target: DeskFormTarget): void {
  void browser.tabs.create({ url: browser.runtime.getURL(deskFormPath(target) as '/options.html') });
}

/** What an option shows: the label, where it stands, its count and severity, and whether the desk explains it. */
function optionView(item: Item) {
  switch (item.kind) {
    case 'entry':
      return {
        label: item.label,
        place: placeName(item.entry.product, item.sectionId ?? item.entry.section),
        count: item.count,
        severity: item.entry.severity,
        desk: false,
      };
    case 'desk':
      return {
        label: item.label,
        place: placeName(item.entry.product, item.sectionId),
        count: item.count,
        severity: item.entry.severity,
        desk: true,
      };
    case 'note':
      return {
        label: item.note.label ?? 'Every status',
        place: placeName(item.note.product, item.note.section),
        count: undefined,
        severity: 'unknown' as const,
        desk: true,
      };
    default:
      return {
        label: item.finding.label,
        place: placeName(item.finding.product, item.finding.section),
        count: item.finding.count,
        severity: 'unknown' as const,
        desk: false,
      };
  }
}

function Option({ item, id, active, onOpen }: { item: Item; id: string; active: boolean; onOpen: (i: Item) => void }) {
  const { label, place, count, severity, desk } = optionView(item);
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: keyboard goes through the combobox (arrows + Enter).
    <div
      id={id}
      role="option"
      tabIndex={-1}
      aria-selected={active}
      className="option"
      data-entry-id={item.kind === 'entry' ? item.entry.id : item.kind === 'desk' ? deskEntryId(item.entry) : undefined}
      onMouseDown={(e) => e.preventDefault()} // keep focus in the search box
      onClick={() => onOpen(item)}
    >
      <span className="opt-text">
        <span className="opt-label">
          <Breakable text={label} />
        </span>
        <span className="opt-place">
          {place}
          {desk && <span className="opt-desk"> · desk</span>}
        </span>
      </span>
      {count !== undefined && count > 1 && (
        <span className="opt-count">
          <span aria-hidden="true">×{count}</span>
          <span className="sr-only">, {count} times on this page</span>
        </span>
      )}
      <span className="badge" data-severity={severity}>
        {severity === 'unknown' ? 'Unknown' : SEVERITY_TEXT[severity]}
      </span>
    </div>
  );
}

/** The desk's notes on a status, as the popup lists them outside an explanation. */
/** The explanation of an opened status: the catalog's entry, or the desk's own for a status the catalog lacks. */
function ItemExplanation({ item, desk }: { item: Extract<Item, { kind: 'entry' | 'desk' }>; desk: Desk }) {
  const shared = {
    label: item.label,
    sectionId: item.sectionId,
    headingLevel: 2,
    focusTitle: true,
    deskNotes: deskNotesFor(desk, {
      product: item.entry.product,
      section: item.sectionId,
      label: item.label,
      ...(item.kind === 'entry' ? { labels: item.entry.labels } : {}),
    }),
  } as const;
  return item.kind === 'entry' ? (
    <Explanation entry={item.entry} {...shared} />
  ) : (
    <Explanation deskEntry={item.entry} {...shared} />
  );
}

function NoteList({ notes }: { notes: readonly Sourced<DeskNote>[] }) {
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

/** A note found by search on a status neither the catalog nor a desk entry explains (or on a whole section). */
function NoteOnly({ note, desk }: { note: Sourced<DeskNote>; desk: Desk }) {
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

function UnknownStatus({
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

function Hints({ onPick }: { onPick: (q: string) => void }) {
  return (
    <div className="hints">
      <p>Type a status as the console shows it, a code, or what went wrong in your own words.</p>
      <p className="hint-label" id="examples-label">
        For example
      </p>
      <ul className="examples" aria-labelledby="examples-label">
        {EXAMPLES.map((q) => (
          <li key={q}>
            <button type="button" className="chip" onClick={() => onPick(q)}>
              {q}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
