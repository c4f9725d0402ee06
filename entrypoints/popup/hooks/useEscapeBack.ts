import { useEffect } from 'react';

/** Escape goes back one step: the detail to the list, a query to empty, then closes the popup. */
export function useEscapeBack(steps: { open: boolean; back: () => void; query: string; clearQuery: () => void }) {
  const { open, back, query, clearQuery } = steps;
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      if (open) back();
      else if (query) clearQuery();
      else window.close();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open, back, query, clearQuery]);
}
