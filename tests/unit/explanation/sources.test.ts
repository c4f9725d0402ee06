import { describe, expect, it } from 'vitest';
import type { Entry } from '../../../catalog';
import { renderSources, sourcesLine, sourceUrl } from '../../../components/explanation/sources';
import { document, entry } from './setup';

describe('sources', () => {
  it('names a seed without a public page and links nothing for it', () => {
    const el = renderSources(document, entry('dropsuite.migrates.failed'), 3);
    const item = el.querySelector('.sl-x-src');
    expect(item?.querySelector('a')).toBeNull();
    expect(item?.textContent).toBe(
      'Reseller support article: Dropsuite error and status catalogue, row Migration Errors & Statuses › Failed',
    );
    expect(el.querySelector('h3')?.textContent).toBe('Where this comes from');
  });

  it('links to https only, and keeps titles as text', () => {
    const tricky: Entry = {
      ...entry('dpod.executions.sent-to-mdb'),
      sources: [
        { kind: 'doc', publisher: 'IBM', title: '<img src=x onerror=alert(1)>', url: 'javascript:alert(1)' },
        { kind: 'doc', publisher: 'IBM', title: 'Plain', url: 'http://example.com/' },
      ],
    };
    const el = renderSources(document, tricky, 3);
    expect(el.querySelector('a')).toBeNull();
    expect(el.querySelector('img')).toBeNull();
    expect(el.querySelector('.sl-x-src-title')?.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(sourceUrl({ kind: 'doc', publisher: 'x', title: 'y', url: 'javascript:alert(1)' })).toBeUndefined();
  });

  it('gives a ticket one line: titles by publisher, each once, short addresses only', () => {
    const e: Entry = {
      ...entry('dpod.executions.sent-to-mdb'),
      sources: [
        { kind: 'seed', file: 'dpod-backup-task-statuses.txt', row: 'A' },
        { kind: 'seed', file: 'dpod-backup-task-statuses.txt', row: 'B' },
        { kind: 'doc', publisher: 'IBM DPOD documentation', title: 'Short', url: 'https://ibm.example/x' },
        { kind: 'doc', publisher: 'Other', title: 'Long', url: `https://example.com/${'a'.repeat(80)}` },
      ],
    };
    expect(sourcesLine(e)).toBe(
      'IBM DPOD documentation: Backup Tasks Status Codes, Short (https://ibm.example/x); Other: Long',
    );
  });
});
