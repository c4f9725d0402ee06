/** The row a status stands in, read for the ticket: the cells beside it, named by their columns. */
import { describe, expect, it } from 'vitest';
import { rowContext, rowOf } from '../../../../entrypoints/content/resolve/row';
import { pageOf } from '../support/dom';

/** A page, and its element marked `data-status`: the status the row is read for. */
function statusIn(body: string): { doc: Document; status: Element } {
  const { doc } = pageOf(`<!doctype html><body>${body}</body>`);
  const status = doc.querySelector('[data-status]');
  if (!status) throw new Error('no [data-status]');
  return { doc, status };
}

const table = (headers: string[], cells: string[]) =>
  `<table><thead><tr>${headers.map((h) => `<th>${h}</th>`).join('')}</tr></thead>` +
  `<tbody><tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr></tbody></table>`;

describe('the row of a status', () => {
  it('is its table row: the columns’ headings, its cells, the cell that holds it', () => {
    const { doc, status } = statusIn(
      table(['Device', 'Domain', 'Status'], ['idg-prod-01', '(all)', '<span data-status>SUCCESS</span>']),
    );
    const row = rowOf(status);
    expect(row?.element).toBe(doc.querySelector('tbody tr'));
    expect(row?.headers).toEqual(['device', 'domain', 'status']);
    expect(row?.cells).toHaveLength(3);
    expect(row?.statusCell).toBe(status.parentElement);
  });

  it('is the item or card around it, when no table is', () => {
    const { doc, status } = statusIn(
      '<ul><li class="notification"><span data-status>web_hook_moved</span><span>INFO</span>' +
        '<span>Module: drag-and-drop</span><button>Dismiss</button></li></ul>',
    );
    const row = rowOf(status);
    expect(row?.element).toBe(doc.querySelector('li'));
    expect(row?.headers).toEqual([]);
  });

  it('is none for a status in no row, nor in an item too long to be one (a whole article)', () => {
    expect(rowOf(statusIn('<p><span data-status>Space Full</span></p>').status)).toBeNull();
    const essay = 'A long explanation of every status. '.repeat(30);
    expect(rowOf(statusIn(`<article><p>${essay}</p><span data-status>Failed</span></article>`).status)).toBeNull();
  });
});

describe('the row’s context for a ticket', () => {
  it('is the other cells, named by their column, without the status and without controls’ text', () => {
    const { status } = statusIn(
      table(
        ['Device', 'Last backup', 'Status', 'Actions'],
        [
          'idg-prod-01 <a href="/d/1">Open</a>',
          '2026-11-22 23:10',
          '<span data-status>Failed</span>',
          '<button>Retry</button>',
        ],
      ),
    );
    const row = rowOf(status);
    if (!row) throw new Error('no row');
    expect(rowContext(row, status)).toEqual([
      { name: 'Device', value: 'idg-prod-01' },
      { name: 'Last backup', value: '2026-11-22 23:10' },
    ]);
  });

  it('names the cells of a grid that virtualises columns by the column each says it is', () => {
    const { status } = statusIn(
      '<div role="grid"><div role="row"><div role="columnheader">Task</div><div role="columnheader">Device</div>' +
        '<div role="columnheader">Status</div></div><div role="row">' +
        '<div role="gridcell" aria-colindex="3"><span data-status>SUCCESS</span></div>' +
        '<div role="gridcell" aria-colindex="2">idg-dr-01</div><div role="gridcell" aria-colindex="1">nightly</div></div></div>',
    );
    const row = rowOf(status);
    if (!row) throw new Error('no row');
    expect(rowContext(row, status)).toEqual([
      { name: 'Device', value: 'idg-dr-01' },
      { name: 'Task', value: 'nightly' },
    ]);
  });

  it('is an item’s short texts, unnamed', () => {
    const { status } = statusIn(
      '<ul><li><span data-status>storage_credential_no_access</span><span>ERROR</span>' +
        '<span>box-service@northwind.example</span><button>Dismiss</button></li></ul>',
    );
    const row = rowOf(status);
    if (!row) throw new Error('no row');
    expect(rowContext(row, status)).toEqual([
      { name: null, value: 'ERROR' },
      { name: null, value: 'box-service@northwind.example' },
    ]);
  });

  it('is a few short values: long ones cut with an ellipsis, empty cells left out, six at most', () => {
    const long = 'imap.a-very-long-host-name-of-an-old-mail-server.example.org/INBOX/Archive/2019/Quarter-4/Invoices/Paid';
    const { status } = statusIn(
      table(
        ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'Status'],
        [long, '', '3', '4', '5', '6', '7', '8', '<span data-status>Failed</span>'],
      ),
    );
    const row = rowOf(status);
    if (!row) throw new Error('no row');
    const context = rowContext(row, status);
    expect(context.map((c) => c.name)).toEqual(['A', 'C', 'D', 'E', 'F', 'G']);
    const first = context[0]?.value ?? '';
    expect(first.length).toBeLessThanOrEqual(100);
    expect(first.endsWith('…')).toBe(true);
    expect(long.startsWith(first.slice(0, -1))).toBe(true);
  });
});
