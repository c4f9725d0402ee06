import type { Item } from '../items';
import type { Group } from '../page-groups';
import { OptionRow } from './OptionRow';

interface Props {
  listId: string;
  /** Search results, flat; or the page's statuses in groups. */
  results: readonly Item[] | null;
  groups: readonly Group[];
  active: number;
  onOpen: (item: Item) => void;
}

/** The listbox: search results, or the page's statuses grouped by severity; option ids follow the flat order. */
export function ResultList({ listId, results, groups, active, onOpen }: Props) {
  const option = (item: Item, i: number) => (
    <OptionRow key={item.key} item={item} id={`${listId}-${i}`} active={i === active} onOpen={onOpen} />
  );
  let offset = 0;
  return (
    <div id={listId} role="listbox" aria-label={results ? 'Results' : 'Statuses on this page'} className="list">
      {results
        ? results.map(option)
        : groups.map((group) => {
            const start = offset;
            offset += group.items.length;
            return (
              // biome-ignore lint/a11y/useSemanticElements: a group of options inside an ARIA listbox, not a form.
              <div key={group.id} role="group" aria-labelledby={`${listId}-g-${group.id}`} className="group">
                <div id={`${listId}-g-${group.id}`} className="group-head" data-severity={group.id}>
                  {group.name} <span className="group-count">{group.count}</span>
                </div>
                {group.items.map((item, j) => option(item, start + j))}
              </div>
            );
          })}
    </div>
  );
}
