/** At most one options tab per burst of "Add a desk note", whatever a page sends. */
import { describe, expect, it } from 'vitest';
import {
  admitDeskRequest,
  CREATED_TAB_GRACE_MS,
  chooseDeskTab,
  DESK_TAB_INTERVAL_MS,
  NO_TAB,
} from '../../../entrypoints/background/desk-tab';

/** Runs requests `[sender, at]` through the gate, as the background does; returns those let through. */
function admitAll(requests: readonly (readonly [number, number])[]): (readonly [number, number])[] {
  let admitted = new Map<number, number>();
  return requests.filter(([sender, at]) => {
    const gate = admitDeskRequest(admitted, sender, at);
    admitted = gate.admitted;
    return gate.ok;
  });
}

describe('admitDeskRequest: one request per sender tab per burst', () => {
  it('of 40 clicks in 4 s from one tab, lets one through every 2 s and drops the rest', () => {
    const clicks = Array.from({ length: 40 }, (_, i) => [7, 1000 + i * 100] as const);
    expect(admitAll(clicks)).toEqual([
      [7, 1000],
      [7, 3000],
    ]);
  });

  it('counts each tab apart; requests from no tab share one bucket', () => {
    expect(
      admitAll([
        [1, 0],
        [2, 10],
        [1, 20],
        [NO_TAB, 30],
        [NO_TAB, 40],
        [2, 10 + DESK_TAB_INTERVAL_MS],
      ]),
    ).toEqual([
      [1, 0],
      [2, 10],
      [NO_TAB, 30],
      [2, 10 + DESK_TAB_INTERVAL_MS],
    ]);
  });

  it('forgets senders once their time is up, so the record stays small', () => {
    let admitted = new Map<number, number>();
    for (let tab = 0; tab < 1000; tab++) admitted = admitDeskRequest(admitted, tab, tab * 10).admitted;
    expect(admitted.size).toBeLessThanOrEqual(DESK_TAB_INTERVAL_MS / 10);
    // Pure: the record handed in is not changed.
    const before = new Map([[1, 0]]);
    admitDeskRequest(before, 2, 5);
    expect([...before]).toEqual([[1, 0]]);
  });

  it('does not lock a tab out when the clock goes back', () => {
    expect(
      admitAll([
        [1, 10_000],
        [1, 5_000],
      ]),
    ).toHaveLength(2);
  });
});

describe('chooseDeskTab: reuse the options tab', () => {
  const a = { tabId: 11, windowId: 1 };
  const b = { tabId: 12, windowId: 2 };

  it('opens a tab only when none is open', () => {
    expect(chooseDeskTab([], null, 0)).toEqual({ kind: 'create' });
    expect(chooseDeskTab([a], null, 0)).toEqual({ kind: 'reuse', tab: a });
  });

  it('prefers the tab it opened, among several', () => {
    expect(chooseDeskTab([a, b], { tab: b, at: 0 }, 60_000)).toEqual({ kind: 'reuse', tab: b });
    expect(chooseDeskTab([a], { tab: b, at: 0 }, 60_000)).toEqual({ kind: 'reuse', tab: a });
  });

  it('reuses the tab it just opened while its page loads (not yet found), then no longer', () => {
    const created = { tab: a, at: 1000 };
    expect(chooseDeskTab([], created, 1000 + CREATED_TAB_GRACE_MS - 1)).toEqual({ kind: 'reuse', tab: a });
    expect(chooseDeskTab([], created, 1000 + CREATED_TAB_GRACE_MS)).toEqual({ kind: 'create' });
  });

  it('a burst from 40 tabs at once ends in one options tab', () => {
    let admitted = new Map<number, number>();
    let created: { tab: { tabId: number }; at: number } | null = null;
    let opened = 0;
    for (let tab = 0; tab < 40; tab++) {
      const gate = admitDeskRequest(admitted, tab, 100 + tab);
      admitted = gate.admitted;
      if (!gate.ok) continue;
      // The new tab's page has not loaded yet: no options tab is found.
      if (chooseDeskTab([], created, 100 + tab).kind === 'create') {
        opened++;
        created = { tab: { tabId: 500 }, at: 100 + tab };
      }
    }
    expect(opened).toBe(1);
  });
});
