import { useState } from 'react';
import type { PageRow } from '../items';

interface Props {
  rows: readonly PageRow[];
  /** The status's total on the page: more than the rows listed where a long page was cut. */
  count: number;
  /** The ID's name in this section ("Migration ID"), or null where the section asks for none. */
  idLabel: string | null;
  onShow: (row: PageRow) => void;
}

/** The rows of the page that show a status: each with its ID and cells, shown on the page or its ID copied. */
export function PageRows({ rows, count, idLabel, onShow }: Props) {
  const [copied, setCopied] = useState<number | null>(null);
  if (rows.length === 0) return null;
  const copy = async (row: PageRow) => {
    if (!row.id) return;
    await navigator.clipboard.writeText(row.id);
    setCopied(row.at);
  };
  return (
    <section className="page-rows" aria-labelledby="page-rows-title">
      <h3 id="page-rows-title">On this page{count > rows.length ? ` (first ${rows.length} of ${count})` : ''}</h3>
      <ul>
        {rows.map((row) => (
          <li key={row.at}>
            <div className="page-row-text">
              {idLabel ? (
                <span className={row.id ? 'page-row-id' : 'page-row-id none'}>
                  {row.id ?? `${idLabel}: not in this row`}
                </span>
              ) : null}
              {row.context ? <span className="page-row-context">{row.context}</span> : null}
            </div>
            <div className="page-row-actions">
              <button type="button" className="link" onClick={() => onShow(row)}>
                Show<span className="sr-only"> {row.id ?? 'this row'} on the page</span>
              </button>
              {row.id ? (
                <button type="button" className="link" onClick={() => void copy(row)}>
                  {copied === row.at ? 'Copied' : 'Copy ID'}
                  <span className="sr-only"> {row.id}</span>
                </button>
              ) : null}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
