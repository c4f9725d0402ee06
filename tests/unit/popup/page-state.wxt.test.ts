/**
 * What the popup says of its tab while the tab's content script is starting: a console recognised but not yet
 * read (its catalog on its way from the background) is asked again, never shown as a page without statuses.
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
const unread = { product: 'dropsuite', findings: [], partial: true };
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

  it('asks again while the console is recognised but not read, and shows its statuses once read', async () => {
    const send = answering(unread, unread, read);
    const state = await readPage(tabId, 3000);
    expect(state.kind).toBe('console');
    expect(state.kind === 'console' && state.report.findings.map((f) => f.label)).toEqual(['Space Full']);
    expect(send).toHaveBeenCalledTimes(3);
  });

  it('shows the console as it stands once its patience is spent', async () => {
    answering(unread);
    const state = await readPage(tabId, 150);
    expect(state).toMatchObject({ kind: 'console', report: { product: 'dropsuite', findings: [] } });
  });

  it('shows a page of no console at once', async () => {
    const send = answering({ product: null, findings: [] });
    expect((await readPage(tabId, 3000)).kind).toBe('no-console');
    expect(send).toHaveBeenCalledOnce();
  });
});
