import { type RefObject, useEffect } from 'react';
import { sectionOf } from '../../../catalog';
import { type Desk, deskEntryId } from '../../../components/desk/schema';
import { openDeskForm } from '../desk-form';
import type { Item } from '../items';
import { revealOnPage } from '../page-report';
import { ItemExplanation } from './ItemExplanation';
import { NoteOnly } from './NoteOnly';
import { PageRows } from './PageRows';
import { UnknownStatus } from './UnknownStatus';

interface Props {
  item: Item;
  desk: Desk;
  /** The tab to show a status on; undefined where there is none. */
  tabId: number | undefined;
  /** The popup runs as the toolbar's popup (it closes after Show on the page), not as a tab of a test. */
  isPopup: boolean;
  detail: RefObject<HTMLDivElement | null>;
  scroller: RefObject<HTMLDivElement | null>;
  onBack: () => void;
  onOpen: (item: Item) => void;
}

/** An opened status: its explanation (or what is known of it) with Add a desk note and Show on the page. */
export function DetailView({ item, desk, tabId, isPopup, detail, scroller, onBack, onOpen }: Props) {
  // Opening a status moves focus to its title (the Explanation does it for catalog entries), so a screen reader
  // reads what was opened; the view starts at its top.
  useEffect(() => {
    if (item.kind === 'unknown' || item.kind === 'note') {
      detail.current?.querySelector<HTMLElement>('.unknown-title')?.focus();
    }
    scroller.current?.scrollTo?.({ top: 0 });
  }, [item, detail, scroller]);

  return (
    <div className="detail" ref={detail}>
      <button type="button" className="back" onClick={onBack}>
        <span aria-hidden="true">‹</span> Back
      </button>
      {item.kind === 'entry' || item.kind === 'desk' ? (
        <>
          <ItemExplanation item={item} desk={desk} />
          {tabId !== undefined && item.rows && item.rows.length > 0 ? (
            <PageRows
              rows={item.rows}
              count={item.count ?? item.rows.length}
              idLabel={
                item.sectionId ? (sectionOf(item.entry.product, item.sectionId)?.supportId?.label ?? null) : null
              }
              onShow={async (row) => {
                const id = item.kind === 'entry' ? item.entry.id : deskEntryId(item.entry);
                const shown = await revealOnPage(tabId, id, item.label, row.at);
                if (shown && isPopup) window.close();
              }}
            />
          ) : null}
          <div className="detail-actions">
            <button
              type="button"
              className="link"
              onClick={() =>
                openDeskForm({ kind: 'note', product: item.entry.product, section: item.sectionId, label: item.label })
              }
            >
              Add a desk note
            </button>
            {item.count !== undefined && tabId !== undefined && (
              <button
                type="button"
                className="reveal"
                onClick={async () => {
                  const id = item.kind === 'entry' ? item.entry.id : deskEntryId(item.entry);
                  const shown = await revealOnPage(tabId, id, item.label);
                  // The real popup closes so the tooltip on the page can be read; a test tab stays.
                  if (shown && isPopup) window.close();
                }}
              >
                Show on the page
              </button>
            )}
          </div>
        </>
      ) : item.kind === 'note' ? (
        <NoteOnly note={item.note} desk={desk} />
      ) : (
        <UnknownStatus item={item} onOpen={onOpen} desk={desk} />
      )}
    </div>
  );
}
