/**
 * What the popup says of its tab while the tab's content script is starting: a script that has not read its
 * console yet answers null (engine.ts `report`), and is asked again rather than shown as a page without statuses.
 * Uses the extension's tabs API: WXT's fake browser (project unit-wxt).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readPage } from '../../../entrypoints/popup/page-state';

const finding = {
  product: 'dropsuite',
  section: 'backups',
  label: 'Space Full',
  entryId: null,
  severity: 'error',
  count: 2,
  rows: [{ id: 'jo@acme.example', context: 'Backups · jo@acme.example', at: 0 }],
};
/** A content script still starting (its settings, or its console's catalog, on the way). */
const starting = null;
const read = { product: 'dropsuite', findings: [finding] };

describe('readPage', () => {
  let tabId: number;
  beforeEach(async () => {
    fakeBrowser.reset();
    tabId = (await fakeBrowser.tabs.create({ url: 'https://backup.reseller.example/status' })).id as number;
  });

  const answering = (...answers: unknown[]) => {
    const send = vi.fn(async () => (answers.length > 1 ? answers.shift() : answers[0]));
    fakeBrowser.tabs.sendMessage = send as unknown as typeof fakeBrowser.tabs.sendMessage;
    return send;
  };

  it('asks again while the content script is starting, and shows the statuses once it has read them', async () => {
    const send = answering(starting, starting, read);
    const state = await readPage(tabId, 3000);
    expect(state.kind).toBe('console');
    expect(state.kind === 'console' && state.report.findings.map((f) => f.label)).toEqual(['Space Full']);
    expect(send).toHaveBeenCalledTimes(3);
  });

  it('gives up once its patience is spent, offering nothing', async () => {
    answering(starting);
    const state = await readPage(tabId, 150);
    expect(state).toEqual({ kind: 'no-console', offer: null });
  });

  it('shows a page of no console at once', async () => {
    const send = answering({ product: null, findings: [] });
    expect((await readPage(tabId, 3000)).kind).toBe('no-console');
    expect(send).toHaveBeenCalledOnce();
  });
});
