import type { ProductId } from '../../../catalog';
import { placeName } from '../items';
import { type Group, summary } from '../page-groups';

/** "This page · Dropsuite", what it shows in a line, and the keys that move through it. */
export function PageHead({ product, groups, keys }: { product: ProductId; groups: readonly Group[]; keys: string }) {
  return (
    <div className="list-head page-head">
      <h2>
        This page <span className="muted">· {placeName(product, null)}</span>
      </h2>
      <p className="page-summary">{groups.length > 0 ? summary(groups) : 'No statuses found on this page.'}</p>
      {keys ? <p className="page-keys">On the page: {keys}</p> : null}
    </div>
  );
}
