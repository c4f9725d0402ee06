import { deskEntryId } from '../../../components/desk/schema';
import { SEVERITY_TEXT } from '../../../components/explanation/explanation';
import type { Item } from '../items';
import { optionView } from '../option-view';
import { idsOf } from '../page-ticket';
import { Breakable } from './Breakable';

/** One option: the label, then its console and section plainly, one line of meaning, count and severity. */
export function OptionRow({
  item,
  id,
  active,
  onOpen,
}: {
  item: Item;
  id: string;
  active: boolean;
  onOpen: (i: Item) => void;
}) {
  const { label, place, meaning, count, severity, desk } = optionView(item);
  // On This page, the rows it stands in, by their IDs: which jobs, at a glance (all of them in its detail).
  const ids = (item.kind === 'entry' || item.kind === 'desk') && item.rows ? idsOf(item.rows.slice(0, 3)) : null;
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
        <span className="opt-head">
          <span className="opt-label">
            <Breakable text={label} />
          </span>
          <span className="opt-place">
            <span className="sr-only">, </span>
            {place}
            {desk && <span className="opt-desk"> · desk</span>}
          </span>
        </span>
        <span className="opt-meaning">
          <span className="sr-only">, </span>
          {meaning}
        </span>
        {ids ? (
          <span className="opt-ids">
            <span className="sr-only">, in </span>
            {ids}
            {item.kind !== 'note' && item.kind !== 'unknown' && (item.rows?.length ?? 0) > 3 ? ' …' : ''}
          </span>
        ) : null}
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
