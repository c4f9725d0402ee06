import { useCallback, useEffect, useState } from 'react';
import { targetTab } from '../page-report';
import { type PageState, readPage } from '../page-state';

/**
 * The tab the popup is about and what it shows: its console's report, or that Status Lens does not run there (with
 * what it can offer). `refresh` reads it again, waiting for the script to start (after "Use Status Lens here").
 */
export function usePageReport(explicitTab: number | undefined) {
  const [tabId, setTabId] = useState<number>();
  const [state, setState] = useState<PageState>({ kind: 'loading' });

  useEffect(() => {
    let live = true;
    targetTab(explicitTab)
      .then(async (id) => {
        if (!live) return;
        setTabId(id);
        const page = id === undefined ? ({ kind: 'inactive', offer: null } as const) : await readPage(id);
        if (live) setState(page);
      })
      .catch(() => live && setState({ kind: 'inactive', offer: null }));
    return () => {
      live = false;
    };
  }, [explicitTab]);

  const refresh = useCallback(async () => {
    if (tabId === undefined) return;
    setState(await readPage(tabId, 10_000, true));
  }, [tabId]);

  return { tabId, state, refresh };
}
