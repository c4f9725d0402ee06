import { describe, expect, it } from 'vitest';
import { searchCatalog } from '../../../catalog/search';
import { type Item, productOf } from '../../../entrypoints/popup/items';
import { optionView } from '../../../entrypoints/popup/option-view';
import { consoleNamedIn } from '../../../entrypoints/popup/query-words';
import { searchItems } from '../../../entrypoints/popup/search-items';

const consoles = (items: readonly Item[]) => items.map(productOf);

describe('search knows where you are', () => {
  it('ranks the tab’s console first: "failed" on a Dropsuite tab', () => {
    const top = consoles(searchItems('failed', new Set(), 8, undefined, 'dropsuite'));
    expect(top.length).toBe(8);
    expect(top.every((p) => p === 'dropsuite')).toBe(true);
    // Without a tab's console, other consoles' codes stand among the first eight.
    expect(new Set(consoles(searchItems('failed', new Set(), 8))).size).toBeGreaterThan(1);
  });

  it.each([
    ['dropsuite', ['failed', 'authentication', 'retrying', 'space', 'connection error', 'canceled', 'expired']],
    ['dpod', ['failed', 'timeout', 'skipped', 'device', 'quiesce', 'canceled', 'space']],
    ['mxhero', ['failed', 'token', 'error', 'folder', 'storage', 'rule', 'mail']],
  ] as const)(
    'on a %s tab, the top three of everyday queries are that console’s where it has matches',
    (product, queries) => {
      let matched = 0;
      for (const query of queries) {
        const own = searchItems(query, new Set([product]), 3);
        if (own.length > 0) matched++;
        const top = consoles(searchItems(query, new Set(), 3, undefined, product));
        expect(top.slice(0, own.length), query).toEqual(own.map(() => product));
      }
      // The queries are the console's own words: most find something there.
      expect(matched).toBeGreaterThanOrEqual(queries.length - 1);
    },
  );

  it('keeps an exact code of another console on top: it is what was typed', () => {
    const hits = searchCatalog('EXECUTION_PRE_CHECKS_NFS_OUT_OF_SPACE', { prefer: 'dropsuite', limit: 3 });
    expect(hits[0]?.entry.id).toBe('dpod.executions.execution-pre-checks-nfs-out-of-space');
  });

  it('leaves the ranking as it was without a preference', () => {
    for (const query of ['wrong password', 'unquiesse', 'mailbox full', 'token expired']) {
      expect(
        searchCatalog(query, { limit: 10 }).map((h) => h.entry.id),
        query,
      ).toEqual(searchCatalog(query, { limit: 10, prefer: undefined }).map((h) => h.entry.id));
    }
  });

  it('reads a console’s name or product words in the query, and searches for the rest', () => {
    expect(consoleNamedIn('dpod failed')).toEqual({ product: 'dpod', rest: 'failed' });
    expect(consoleNamedIn('Failed in DataPower')).toEqual({ product: 'dpod', rest: 'failed in' });
    expect(consoleNamedIn('IBM DataPower Operations Dashboard timeout')).toEqual({ product: 'dpod', rest: 'timeout' });
    expect(consoleNamedIn('mxHERO token')).toEqual({ product: 'mxhero', rest: 'token' });
    expect(consoleNamedIn('dropsuite')).toEqual({ product: 'dropsuite', rest: 'dropsuite' });
    // Storage words say mxHERO and stay in the query: they are part of what happened.
    expect(consoleNamedIn('box disconnected')).toEqual({ product: 'mxhero', rest: 'box disconnected' });
    expect(consoleNamedIn('google drive token')).toEqual({ product: 'mxhero', rest: 'google drive token' });
    expect(consoleNamedIn('onedrive')).toEqual({ product: 'mxhero', rest: 'onedrive' });
    // Whole words only, and none where none is named.
    expect(consoleNamedIn('mailboxes full')).toBeUndefined();
    expect(consoleNamedIn('wrong password')).toBeUndefined();
  });

  it('a console named in the query ranks it first', () => {
    const named = consoleNamedIn('datapower failed');
    expect(named?.product).toBe('dpod');
    const top = consoles(searchItems(named?.rest ?? '', new Set(), 5, undefined, named?.product));
    expect(top.every((p) => p === 'dpod')).toBe(true);
  });

  it('tells three results named "Failed" apart at a glance: section and one line of meaning each', () => {
    const failed = searchItems('failed', new Set(), 10, undefined, 'dropsuite').filter(
      (i) => i.kind === 'entry' && i.label === 'Failed',
    );
    expect(failed.length).toBeGreaterThanOrEqual(3);
    const views = failed.map(optionView);
    expect(new Set(views.map((v) => v.place)).size).toBe(views.length);
    expect(views.map((v) => v.place)).toContain('Dropsuite › Migrates');
    expect(new Set(views.map((v) => v.meaning)).size).toBe(views.length);
    for (const v of views) expect(v.meaning.length).toBeGreaterThan(10);
  });
});
