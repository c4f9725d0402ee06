import { describe, expect, it } from 'vitest';
import { entryById } from '../../../catalog';
import type { Item } from '../../../entrypoints/popup/items';
import type { Group } from '../../../entrypoints/popup/page-groups';
import { idsOf, pageTicket } from '../../../entrypoints/popup/page-ticket';

const row = (id: string | null, at: number) => ({ id, context: `Source: imap.example · row ${at}`, at });

function item(id: string, label: string, rows: ReturnType<typeof row>[]): Item {
  const entry = entryById(id);
  if (!entry) throw new Error(`no entry ${id}`);
  return { kind: 'entry', key: id, entry, label, sectionId: entry.section, count: rows.length, rows };
}

describe('the page’s errors for a ticket', () => {
  it('says each error as the card’s ticket does, every row’s ID in its ID line', () => {
    const failed = item('dropsuite.downloads.failed', 'Failed', [row('DL-880', 0), row('DL-884', 3), row(null, 5)]);
    const groups: Group[] = [{ id: 'error', name: 'Errors', items: [failed], count: 3 }];
    const text = pageTicket(groups, 'backup.reseller.example') ?? '';
    expect(text.split('\n')[0]).toBe('Errors on backup.reseller.example (Dropsuite): 1 status');
    expect(text).toContain('Status: Failed');
    expect(text).toContain('Console: Dropsuite › Downloads');
    expect(text).toContain('Download ID: DL-880, DL-884');
    expect(text).toContain('On this page: 3 times');
  });

  it('is nothing where the page shows no error', () => {
    const done = item('dropsuite.backups.completed', 'Completed', [row('a@b.example', 0)]);
    expect(pageTicket([{ id: 'success', name: 'Success', items: [done], count: 1 }], 'x.example')).toBeNull();
  });

  it('lists ten IDs and counts the rest', () => {
    const rows = Array.from({ length: 13 }, (_, i) => row(`M-${i}`, i));
    expect(idsOf(rows)).toBe('M-0, M-1, M-2, M-3, M-4, M-5, M-6, M-7, M-8, M-9 and 3 more');
    expect(idsOf([row(null, 0)])).toBeNull();
  });
});
