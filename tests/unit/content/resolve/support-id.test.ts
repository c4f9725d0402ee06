/**
 * The ID support asks for, read from the status's row: under the column its section names, else a value of the
 * ID's shape, else the row's first column; none when the row shows none.
 */
import { describe, expect, it } from 'vitest';
import { consoleById } from '../../../../catalog/consoles';
import { rowOf } from '../../../../entrypoints/content/resolve/row';
import { supportIdIn } from '../../../../entrypoints/content/resolve/support-id';
import { pageOf } from '../support/dom';

/** What the Dropsuite section asks for: "Migration ID" of a migration, "Mailbox Email ID" of a backup. */
function specOf(section: string) {
  const spec = consoleById('dropsuite')?.sections.find((s) => s.id === section)?.supportId;
  if (!spec) throw new Error(`no support ID in ${section}`);
  return spec;
}

/** The ID read from a one-row table whose Status cell is `status`. */
function idIn(section: string, headers: string[], cells: string[]): string | null {
  const { doc } = pageOf(
    `<!doctype html><body><table><thead><tr>${headers.map((h) => `<th>${h}</th>`).join('')}</tr></thead>` +
      `<tbody><tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr></tbody></table></body>`,
  );
  const status = doc.querySelector('[data-status]');
  const row = status && rowOf(status);
  if (!status || !row) throw new Error('no status row');
  return supportIdIn(row, status, specOf(section));
}

const FAILED = '<span data-status>Failed</span>';

describe('the support ID of a status', () => {
  it('is under the column its section names, the most telling name first', () => {
    expect(idIn('migrates', ['Job ID', 'Migration ID', 'Status'], ['J-1', 'MIG-20931', FAILED])).toBe('MIG-20931');
    expect(idIn('restores', ['Restore ID', 'Mailbox', 'Status'], ['RST-5521', 'anna@example.com', FAILED])).toBe(
      'RST-5521',
    );
  });

  it('is under a reseller’s own heading: "Migration", "Restore", "Download"', () => {
    expect(idIn('migrates', ['Source', 'Migration', 'Status'], ['imap.old.example', 'M-7783', FAILED])).toBe('M-7783');
    expect(idIn('restores', ['Mailbox', 'Restore', 'Status'], ['anna@example.com', 'R-1102', FAILED])).toBe('R-1102');
    expect(idIn('downloads', ['Requested', 'Download', 'Status'], ['2026-11-21', 'D-55', FAILED])).toBe('D-55');
  });

  it('is a value of the ID’s shape when no heading names it, never a date', () => {
    expect(
      idIn('migrates', ['Customer', 'Started', 'Reference', 'Status'], ['Acme', '2026-11-22', 'MIG-20931', FAILED]),
    ).toBe('MIG-20931');
    expect(idIn('downloads', ['Customer', 'Ticket', 'Status'], ['Acme', '#48213', FAILED])).toBe('#48213');
  });

  it('is the address in a cell that says more, for a mailbox', () => {
    expect(idIn('backups', ['Owner', 'Status'], ['Anna Keller &lt;anna.keller@northwind.example&gt;', FAILED])).toBe(
      'anna.keller@northwind.example',
    );
  });

  it('is the address anywhere in an item that is no table row', () => {
    const { doc } = pageOf(
      '<!doctype html><body><ul><li>Mailbox of anna@northwind.example: <span data-status>Space Full</span></li></ul></body>',
    );
    const status = doc.querySelector('[data-status]') as Element;
    const row = rowOf(status);
    if (!row) throw new Error('no row');
    expect(supportIdIn(row, status, specOf('backups'))).toBe('anna@northwind.example');
  });

  it('is, last, the row’s first column', () => {
    expect(idIn('backups', ['Customer', 'Plan', 'Status'], ['Northwind Traders', 'Business 50', FAILED])).toBe(
      'Northwind Traders',
    );
    expect(idIn('migrates', ['Customer', 'Started', 'Status'], ['Acme', '2026-11-22 23:10', FAILED])).toBe('Acme');
  });

  it('is none when the row shows none: the status is its first column, and nothing else tells', () => {
    expect(idIn('migrates', ['Status', 'Plan'], [FAILED, 'Business 50'])).toBeNull();
  });

  it('leaves out a control’s text beside the value', () => {
    expect(idIn('migrates', ['Migration ID', 'Status'], ['MIG-1 <button>Copy</button>', FAILED])).toBe('MIG-1');
  });

  it('is never read from the status’s own cell', () => {
    expect(idIn('migrates', ['Customer', 'Status'], ['Acme', 'MIG-9 <span data-status>Failed</span>'])).toBe('Acme');
  });

  it('is none where the row shows a placeholder for it, not the placeholder', () => {
    for (const placeholder of ['—', '-', 'N/A', 'pending']) {
      expect(idIn('migrates', ['Migration', 'Status'], [placeholder, FAILED]), placeholder).toBeNull();
    }
  });
});
