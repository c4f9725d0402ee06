import type { ProductId } from '../../../catalog';
import type { UseHereProgress } from '../hooks/useUseHere';
import type { Group } from '../page-groups';
import type { PageState } from '../page-state';
import { Hints } from './Hints';
import { PageHead } from './PageHead';
import { UseHereOffer } from './UseHereOffer';

interface Props {
  page: PageState;
  /** The query, while searching; null shows what the tab shows. */
  searching: { query: string; count: number } | null;
  groups: readonly Group[];
  keys: string;
  progress: UseHereProgress;
  onTake: (product: ProductId | null) => void;
  onPick: (query: string) => void;
}

/**
 * What stands above the list: the results' count while searching; else This page on a console; else what the
 * popup can offer for the tab (Use Status Lens here) and where to start a search.
 */
export function ListHead({ page, searching, groups, keys, progress, onTake, onPick }: Props) {
  if (searching) {
    return (
      <p className="list-head">
        {searching.count === 0 ? (
          <>No status matches “{searching.query.trim()}”. Try fewer words or another spelling.</>
        ) : (
          <>
            {searching.count} {searching.count === 1 ? 'result' : 'results'}
          </>
        )}
      </p>
    );
  }
  if (page.kind === 'loading') return null;
  if (page.kind === 'console' && page.report.product) {
    return <PageHead product={page.report.product} groups={groups} keys={keys} host={page.host} />;
  }
  const offer = page.kind === 'console' ? null : page.offer;
  return (
    <>
      {offer ? (
        <UseHereOffer offer={offer} running={page.kind === 'no-console'} progress={progress} onTake={onTake} />
      ) : page.kind === 'inactive' ? (
        <p className="list-head">Status Lens does not run here.</p>
      ) : null}
      <Hints onPick={onPick} />
    </>
  );
}
