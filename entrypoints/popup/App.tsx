import { useCallback, useId, useMemo, useRef, useState } from 'react';
import { ConsoleFilters } from './components/ConsoleFilters';
import { DetailView } from './components/DetailView';
import { ListHead } from './components/ListHead';
import { PreferChip } from './components/PreferChip';
import { ResultList } from './components/ResultList';
import { SearchBox } from './components/SearchBox';
import { UseHereStatus } from './components/UseHereStatus';
import { useDesk } from './hooks/useDesk';
import { useEscapeBack } from './hooks/useEscapeBack';
import { useKeysText } from './hooks/useKeysText';
import { useListNavigation } from './hooks/useListNavigation';
import { usePageReport } from './hooks/usePageReport';
import { useSearch } from './hooks/useSearch';
import { useUseHere } from './hooks/useUseHere';
import type { Item } from './items';
import { pageGroups } from './page-groups';
import type { Offer } from './page-state';
import { tabFromUrl } from './tab-param';

/** The popup: search over every status, the tab's statuses (This page), and "Use Status Lens here". */
export function App() {
  const explicitTab = useMemo(() => tabFromUrl(location.search), []);
  const page = usePageReport(explicitTab);
  const desk = useDesk();
  const keys = useKeysText();
  const report = page.state.kind === 'console' ? page.state.report : null;
  const search = useSearch(report?.product ?? null, desk);
  const input = useRef<HTMLInputElement>(null);
  const offer: Offer | null =
    page.state.kind === 'inactive' || page.state.kind === 'no-console' ? page.state.offer : null;
  // Once the offer is taken (or refused), the focus returns to the search box: the choice's button is gone.
  const useHere = useUseHere(page.tabId, offer, page.refresh, () => input.current?.focus());
  const [open, setOpen] = useState<Item | null>(null);
  const listId = useId();
  const detail = useRef<HTMLDivElement>(null);
  const scroller = useRef<HTMLDivElement>(null);

  const groups = useMemo(
    () => (!search.searching && report ? pageGroups(report, search.products, desk) : []),
    [search.searching, report, search.products, desk],
  );
  const items: Item[] = useMemo(
    () => (search.searching ? search.results : groups.flatMap((g) => g.items)),
    [search.searching, search.results, groups],
  );
  const nav = useListNavigation(items, search.searching, listId, setOpen);
  const back = useCallback(() => {
    setOpen(null);
    requestAnimationFrame(() => input.current?.focus());
  }, []);
  const clearQuery = useCallback(() => {
    search.setQuery('');
    input.current?.focus();
  }, [search.setQuery]);
  useEscapeBack({ open: open !== null, back, query: search.query, clearQuery });

  const announcement = search.searching
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
        <SearchBox
          input={input}
          listId={listId}
          query={search.query}
          expanded={!open && items.length > 0}
          activeId={!open && nav.active >= 0 ? `${listId}-${nav.active}` : undefined}
          onQuery={(q) => {
            search.setQuery(q);
            setOpen(null);
          }}
          onKeyDown={nav.onKeyDown}
        />
        <ConsoleFilters products={search.products} onToggle={search.toggleProduct} />
        <PreferChip preference={search.preference} onRemove={search.dropTabPreference} />
      </header>

      <p className="sr-only" role="status" aria-live="polite">
        {announcement}
      </p>

      <div className="scroll" ref={scroller}>
        {open ? (
          <DetailView
            item={open}
            desk={desk}
            tabId={page.tabId}
            isPopup={explicitTab === undefined}
            detail={detail}
            scroller={scroller}
            onBack={back}
            onOpen={setOpen}
          />
        ) : (
          <main className="list-area">
            <UseHereStatus progress={useHere.progress} />
            <ListHead
              page={page.state}
              searching={search.searching ? { query: search.query, count: items.length } : null}
              groups={groups}
              keys={keys}
              progress={useHere.progress}
              onTake={useHere.take}
              onPick={search.setQuery}
            />
            <ResultList
              listId={listId}
              results={search.searching ? items : null}
              groups={groups}
              active={nav.active}
              onOpen={setOpen}
            />
          </main>
        )}
      </div>
    </div>
  );
}
