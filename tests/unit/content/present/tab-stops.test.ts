/** Statuses near the viewport as Tab stops, once the keyboard is used; the page's tab order otherwise untouched. */
import { describe, expect, it } from 'vitest';
import { Presenter } from '../../../../entrypoints/content/present/presenter';
import { TabStops } from '../../../../entrypoints/content/present/tab-stops';
import { moduleOf } from '../support/consoles';
import { pageOf } from '../support/dom';

describe('Tab stops', () => {
  it('are made once the keyboard is used, of the statuses near the viewport, and taken back on stop', () => {
    const { doc, view } = pageOf(
      '<!doctype html><body><span id="near">Failed</span><span id="far">Completed</span></body>',
    );
    const near = doc.getElementById('near') as HTMLElement;
    const far = doc.getElementById('far') as HTMLElement;
    const box = (top: number) => () =>
      ({ top, bottom: top + 20, left: 0, right: 50, width: 50, height: 20 }) as DOMRect;
    near.getBoundingClientRect = box(10);
    far.getBoundingClientRect = box(20_000);
    const stops = new TabStops(
      view,
      () => 'dropsuite.backups.failed',
      () => null,
    );
    let woke = 0;
    stops.onWake = () => woke++;
    stops.track(near);
    stops.track(far);
    // A reader with a pointer: the page's tab order is left as it is.
    expect(doc.querySelectorAll('[tabindex], [data-status-lens]')).toHaveLength(0);
    doc.dispatchEvent(new view.KeyboardEvent('keydown', { key: 'Tab', bubbles: true }));
    doc.dispatchEvent(new view.KeyboardEvent('keydown', { key: 'Tab', bubbles: true }));
    expect(woke).toBe(1);
    expect(near.getAttribute('tabindex')).toBe('0');
    expect(near.getAttribute('data-status-lens')).toBe('dropsuite.backups.failed');
    expect(far.hasAttribute('tabindex')).toBe(false);
    stops.stop();
    expect(doc.querySelectorAll('[tabindex], [data-status-lens]')).toHaveLength(0);
  });

  it('are made, at each Tab, of the rows a console re-rendered since it was last read', () => {
    const { doc, view } = pageOf(
      '<!doctype html><body><table><thead><tr><th>ID</th><th>Status</th></tr></thead>' +
        '<tbody><tr><td>1</td><td><span>Failed</span></td></tr></tbody></table></body>',
    );
    const table = doc.querySelector('table') as HTMLTableElement;
    // Laid out: jsdom has no layout, so the table says it is rendered.
    table.getClientRects = () => [{}] as unknown as DOMRectList;
    const stops = new TabStops(
      view,
      () => null,
      (cell) => {
        const element = cell.querySelector('span') as HTMLElement;
        return { element, mark: `read:${element.textContent}` };
      },
    );
    const cells = table.querySelectorAll('tbody td:nth-child(2)');
    stops.setColumns([{ table, index: 1, cells, labels: ['Failed'], whole: true }]);
    const tab = () => doc.dispatchEvent(new view.KeyboardEvent('keydown', { key: 'Tab', bubbles: true }));
    tab();
    expect(doc.querySelector('span')?.getAttribute('data-status-lens')).toBe('read:Failed');
    // The page replaces its rows (a poll) and the next Tab comes before the page settles: no new reading yet.
    const body = doc.createElement('tbody');
    body.innerHTML =
      '<tr><td>1</td><td><span>Completed</span></td></tr><tr><td>2</td><td><span>Failed</span></td></tr>';
    (table.tBodies[0] as HTMLTableSectionElement).replaceWith(body);
    tab();
    const marks = [...doc.querySelectorAll('span')].map((s) => s.getAttribute('data-status-lens'));
    expect(marks).toEqual(['read:Completed', 'read:Failed']);
    stops.stop();
  });

  describe('of a Status column, as the presenter reads its cells', () => {
    const column = (cell: string) => {
      const { doc } = pageOf(
        '<!doctype html><body><h1>System Status</h1><h2>Migrates</h2><table><thead><tr><th>Migration ID</th><th>Status</th></tr></thead>' +
          `<tbody><tr><td>MIG-1</td><td>${cell}</td></tr></tbody></table></body>`,
      );
      const table = doc.querySelector('table') as HTMLTableElement;
      table.getClientRects = () => [{}] as unknown as DOMRectList;
      const presenter = new Presenter(doc, moduleOf('dropsuite'));
      const cells = table.querySelectorAll('tbody td:nth-child(2)');
      const labels = [cells[0]?.textContent?.trim() ?? null];
      presenter.tabStops.setColumns([{ table, index: 1, cells, labels, whole: true }]);
      return { doc, presenter };
    };

    it('mark the status a cell shows now, not the cell by the label it showed when its column was read', () => {
      const { doc, presenter } = column('<span class="pill">On Queue</span>');
      // Read while it said On Queue; the page then changes the text in place, and the column is not read again yet.
      const pill = doc.querySelector('.pill') as HTMLElement;
      (pill.firstChild as Text).data = 'Failed';
      presenter.tabStops.wake();
      expect(pill.getAttribute('data-status-lens')).toBe('dropsuite.migrates.failed');
      // Not the cell around it, as On Queue would have had it (the pill no longer shows that text).
      expect(doc.querySelectorAll('[data-status-lens]')).toHaveLength(1);
      presenter.stop();
    });

    it('mark the pill beside a link, never the link, and leave a label that is the cell’s own text unmarked', () => {
      const pill = column('<span class="pill">Failed</span> <a href="/log">View log</a>');
      pill.presenter.tabStops.wake();
      expect([...pill.doc.querySelectorAll('[data-status-lens]')].map((e) => e.className)).toEqual(['pill']);
      pill.presenter.stop();
      // The focus on such a cell would show no card (its status is a text, see elementStatus): no Tab stop there.
      const text = column('Retrying <a href="/log">View log</a>');
      text.presenter.tabStops.wake();
      expect(text.doc.querySelectorAll('[data-status-lens], [tabindex]')).toHaveLength(0);
      text.presenter.stop();
    });
  });
});
