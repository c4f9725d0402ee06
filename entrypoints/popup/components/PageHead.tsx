import { useState } from 'react';
import type { ProductId } from '../../../catalog';
import { placeName } from '../items';
import { type Group, summary } from '../page-groups';
import { pageTicket } from '../page-ticket';

interface Props {
  product: ProductId;
  groups: readonly Group[];
  keys: string;
  /** The tab's host, named in the page's ticket. */
  host: string;
}

/** "This page · Dropsuite", what it shows in a line, the page's errors for a ticket, and the keys. */
export function PageHead({ product, groups, keys, host }: Props) {
  const [said, setSaid] = useState('');
  const ticket = pageTicket(groups, host);
  const copy = async () => {
    if (!ticket) return;
    try {
      await navigator.clipboard.writeText(ticket);
      setSaid('Copied the page’s errors for a ticket.');
    } catch {
      setSaid('Could not copy.');
    }
  };
  return (
    <div className="list-head page-head">
      <h2>
        This page <span className="muted">· {placeName(product, null)}</span>
      </h2>
      <p className="page-summary">{groups.length > 0 ? summary(groups) : 'No statuses found on this page.'}</p>
      {ticket ? (
        <p className="page-ticket">
          <button type="button" className="link" onClick={() => void copy()}>
            Copy all errors for a ticket
          </button>{' '}
          <span role="status">{said}</span>
        </p>
      ) : null}
      {keys ? <p className="page-keys">On the page: {keys}</p> : null}
    </div>
  );
}
