import { type KeyboardEvent, useEffect, useState } from 'react';
import type { Item } from '../items';

/**
 * The active option of the listbox, moved by the arrow keys from the search box (a combobox), opened by Enter.
 * Best first: while typing, Enter opens the top result; the page's list waits for an arrow key.
 */
export function useListNavigation(items: readonly Item[], searching: boolean, listId: string, open: (i: Item) => void) {
  const [active, setActive] = useState(-1);

  useEffect(() => {
    setActive(searching && items.length > 0 ? 0 : -1);
  }, [items, searching]);

  useEffect(() => {
    if (active < 0) return;
    document.getElementById(`${listId}-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [active, listId]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
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
        open(item);
      }
    }
  };

  return { active, onKeyDown };
}
