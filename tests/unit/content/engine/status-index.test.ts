/**
 * Every status of the page, for the report and the keyboard: what stands alone counted at load, codes inside texts
 * once someone asks, and a long page read in part at load (the load budget) and whole when asked.
 */
import { describe, expect, it } from 'vitest';
import { reportOf } from '../../../../entrypoints/content/engine/report';
import { LOAD_BUDGET, StatusIndex } from '../../../../entrypoints/content/engine/status-index';
import { moduleOf } from '../support/consoles';
import { pageOf, run } from '../support/dom';

const counts = (index: StatusIndex) =>
  Object.fromEntries(
    index
      .tallies()
      .map((t) => [t.label, t.count])
      .sort(([a], [b]) => String(a).localeCompare(String(b))),
  );
const total = (index: StatusIndex) => index.tallies().reduce((n, t) => n + t.count, 0);

describe('the status index', () => {
  const dpod = moduleOf('dpod');

  it('counts the statuses that stand alone at once, and codes inside texts only once asked, never twice', () => {
    const { doc } = pageOf(`<!doctype html><title>IBM DataPower Operations Dashboard</title><body>
      <table><thead><tr><th>Device</th><th>Status</th></tr></thead>
        <tbody><tr><td>idg-1</td><td>EXECUTION_STARTED</td></tr><tr><td>idg-2</td><td>SUCCESS</td></tr></tbody></table>
      <span class="chip">EXECUTION_QUIESCE_TIMEOUT_OCCURRED</span>
      <p>02:00:01 idg-1: task ended with EXECUTION_SECURE_BACKUP_UNSUCCESSFUL, see the device log.</p>
    </body>`);
    const index = new StatusIndex(dpod);
    run(index.take([doc.documentElement]));
    expect(counts(index)).toEqual({ EXECUTION_QUIESCE_TIMEOUT_OCCURRED: 1, EXECUTION_STARTED: 1, SUCCESS: 1 });
    run(index.complete(doc.documentElement));
    expect(counts(index)).toEqual({
      EXECUTION_QUIESCE_TIMEOUT_OCCURRED: 1,
      EXECUTION_SECURE_BACKUP_UNSUCCESSFUL: 1,
      EXECUTION_STARTED: 1,
      SUCCESS: 1,
    });
    // Asked again: nothing more to read.
    expect(index.complete(doc.documentElement)).toBeNull();
  });

  it('counts, once asked, the statuses in the shadow roots a page had before it started, and watches them', () => {
    const { doc } = pageOf(`<!doctype html><title>IBM DataPower Operations Dashboard</title><body>
      <task-card></task-card><span class="chip">SUCCESS</span></body>`);
    const shadow = (doc.querySelector('task-card') as Element).attachShadow({ mode: 'open' });
    shadow.innerHTML = '<span class="chip">EXECUTION_STARTED</span>';
    const index = new StatusIndex(dpod);
    const watched: ShadowRoot[] = [];
    index.onShadowRoot = (root) => watched.push(root);
    run(index.take([doc.documentElement]));
    expect(counts(index)).toEqual({ SUCCESS: 1 });
    run(index.complete(doc.documentElement));
    expect(counts(index)).toEqual({ EXECUTION_STARTED: 1, SUCCESS: 1 });
    expect(watched).toEqual([shadow]);
    expect(index.complete(doc.documentElement)).toBeNull();
  });

  it('counts a status with a link beside it by its label, not the link’s text', () => {
    const { doc } = pageOf(`<!doctype html><title>System Status</title><body><h2>Migrates</h2><table>
      <thead><tr><th>Migration</th><th>Status</th></tr></thead><tbody>
        <tr><td>M-1</td><td>Retrying <a href="/log/1">View log</a></td></tr>
        <tr><td>M-2</td><td><span class="pill">Failed</span> <a href="/log/2">View log</a></td></tr>
        <tr><td>M-3</td><td><span class="pill">Failed</span></td></tr>
      </tbody></table></body>`);
    const index = new StatusIndex(moduleOf('dropsuite'));
    run(index.take([doc.documentElement]));
    expect(counts(index)).toEqual({ Failed: 2, Retrying: 1 });
    expect(index.inOrder().map((h) => [h.kind, h.label])).toEqual([
      ['text', 'Retrying'],
      ['element', 'Failed'],
      ['element', 'Failed'],
    ]);
  });

  it('has a few statuses at hand for the card laid out ahead, one per label: a Status column’s first', () => {
    const { doc } = pageOf(`<!doctype html><title>IBM DataPower Operations Dashboard</title><body>
      <span class="chip">EXECUTION_QUIESCE_TIMEOUT_OCCURRED</span>
      <table><thead><tr><th>Device</th><th>Status</th></tr></thead>
        <tbody><tr><td>idg-1</td><td>SUCCESS</td></tr><tr><td>idg-2</td><td>SUCCESS</td></tr>
        <tr><td>idg-3</td><td>EXECUTION_SECURE_BACKUP_UNSUCCESSFUL</td></tr></tbody></table></body>`);
    const index = new StatusIndex(dpod);
    expect(index.samples(8)).toEqual([]);
    run(index.take([doc.documentElement]));
    expect(index.samples(8).map((h) => h.label)).toEqual([
      'SUCCESS',
      'EXECUTION_SECURE_BACKUP_UNSUCCESSFUL',
      'EXECUTION_QUIESCE_TIMEOUT_OCCURRED',
    ]);
    expect(index.samples(1).map((h) => h.label)).toEqual(['SUCCESS']);
    doc.querySelector('table')?.remove();
    run(index.take([doc.documentElement]));
    index.prune();
    expect(index.samples(8).map((h) => h.label)).toEqual(['EXECUTION_QUIESCE_TIMEOUT_OCCURRED']);
  });
});

describe('the load budget', () => {
  const dropsuite = moduleOf('dropsuite');
  const ROWS = LOAD_BUDGET + 250;
  const labelOf = (i: number) => (i % 2 ? 'Space Full' : 'Completed');
  const rows = Array.from(
    { length: ROWS },
    (_, i) => `<tr><td>user${i}@example.com</td><td><span class="pill">${labelOf(i)}</span></td></tr>`,
  ).join('');
  const page = () =>
    pageOf(`<!doctype html><title>System Status</title><body>
      <table><thead><tr><th>Mailbox</th><th>Status</th></tr></thead><tbody>${rows}</tbody></table>
      <section><h2>Restores</h2><table><thead><tr><th>Mailbox</th><th>Status</th></tr></thead>
        <tbody><tr><td>late@example.com</td><td>Failed</td></tr></tbody></table></section></body>`).doc;

  it('reads a long page in part at load, says so, and reads it all once asked', () => {
    const doc = page();
    const index = new StatusIndex(dropsuite);
    run(index.take([doc.documentElement]));
    // As far as the budget went, from the top: each text before the table spent one, each cell read one; the
    // second table was not reached.
    const table = doc.querySelector('table') as Element;
    const walker = doc.createTreeWalker(doc.documentElement, NodeFilter.SHOW_TEXT);
    let before = 0;
    while (walker.nextNode() && table.compareDocumentPosition(walker.currentNode) & Node.DOCUMENT_POSITION_PRECEDING)
      before++;
    expect(before).toBeGreaterThan(0);
    expect(total(index)).toBe(LOAD_BUDGET - before);
    expect(index.partial).toBe(true);
    expect(reportOf(dropsuite, index.tallies(), index.partial).partial).toBe(true);

    run(index.complete(doc.documentElement));
    expect(index.partial).toBe(false);
    expect(total(index)).toBe(ROWS + 1);
    expect(reportOf(dropsuite, index.tallies(), index.partial).partial).toBeUndefined();
    // Asked once, every later change is read whole too.
    const body = doc.querySelector('tbody') as Element;
    body.insertAdjacentHTML('beforeend', rows);
    run(index.take([body]));
    expect(index.partial).toBe(false);
    expect(total(index)).toBe(2 * ROWS + 1);
  });

  it('counts whole again, unasked, once the long table is re-rendered short', () => {
    const doc = page();
    const index = new StatusIndex(dropsuite);
    run(index.take([doc.documentElement]));
    expect(index.partial).toBe(true);
    // A single-page console shows another, shorter list in the same table.
    const body = doc.querySelector('tbody') as Element;
    body.innerHTML = '<tr><td>a@example.com</td><td>Failed</td></tr>';
    run(index.take([body]));
    expect(index.partial).toBe(false);
    expect(total(index)).toBe(2);
  });

  it('reaches a table beyond more elements than the budget: only texts and cells spend it', () => {
    const icons = '<i class="icon"></i>'.repeat(LOAD_BUDGET * 2);
    const { doc } = pageOf(`<!doctype html><title>System Status</title><body><nav>${icons}</nav><table>
      <thead><tr><th>Mailbox</th><th>Status</th></tr></thead>
      <tbody><tr><td>a@example.com</td><td>Failed</td></tr></tbody></table></body>`);
    const index = new StatusIndex(dropsuite);
    run(index.take([doc.documentElement]));
    expect(index.partial).toBe(false);
    expect(total(index)).toBe(1);
  });

  it('reads a page within the budget whole at load', () => {
    const { doc } = pageOf(`<!doctype html><title>System Status</title><body><table>
      <thead><tr><th>Mailbox</th><th>Status</th></tr></thead>
      <tbody><tr><td>a@example.com</td><td>Failed</td></tr><tr><td>b@example.com</td><td>Completed</td></tr></tbody>
    </table></body>`);
    const index = new StatusIndex(dropsuite);
    run(index.take([doc.documentElement]));
    expect(index.partial).toBe(false);
    expect(total(index)).toBe(2);
    run(index.complete(doc.documentElement));
    expect(total(index)).toBe(2);
  });

  it('finds, for the keyboard, statuses of rows beyond what was read at load', () => {
    const doc = page();
    const index = new StatusIndex(dropsuite);
    run(index.take([doc.documentElement]));
    // Focus in the row before last: the statuses on either side of it, where Tab goes next.
    const far = doc.querySelectorAll('tbody tr')[ROWS - 2] as Element;
    const around = index.around(far.querySelector('td') as Node, 1).map((hit) => hit.label);
    expect(around).toEqual([labelOf(ROWS - 3), labelOf(ROWS - 2)]);
  });

  it('finds, once the keyboard is used, the Status columns the load did not reach', () => {
    const doc = page();
    const index = new StatusIndex(dropsuite);
    run(index.take([doc.documentElement]));
    const late = doc.querySelectorAll('table')[1] as Element;
    expect(index.statusColumns().map((c) => c.table)).not.toContain(late);
    let changes = 0;
    index.onChange = () => changes++;
    index.findColumns(doc.documentElement);
    expect(changes).toBe(1);
    expect(index.statusColumns().map((c) => c.table)).toContain(late);
    expect(index.around(late.querySelector('td') as Node, 1).map((hit) => hit.label)).toEqual(['Failed']);
    // Still in part: the first table's rows beyond the budget are counted when asked.
    expect(index.partial).toBe(true);
    index.findColumns(doc.documentElement);
    expect(changes).toBe(1);
  });
});
