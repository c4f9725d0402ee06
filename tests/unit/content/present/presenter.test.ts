/** The card laid out unseen ahead (at the user's first reach for the page), so the first hover costs what later ones do. */
import { describe, expect, it, vi } from 'vitest';
import { elementStatus, type StatusHit } from '../../../../entrypoints/content/find/status';
import { Presenter } from '../../../../entrypoints/content/present/presenter';
import { moduleOf } from '../support/consoles';
import { pageOf } from '../support/dom';

describe('the card laid out ahead', () => {
  const page = () => {
    const { doc } = pageOf(`<!doctype html><title>System Status</title><body><h2>Backups</h2><table>
      <thead><tr><th>Account</th><th>Status</th></tr></thead>
      <tbody><tr><td>a@example.com</td><td><span class="pill">Completed</span></td></tr>
      <tr><td>b@example.com</td><td><span class="pill">Space Full</span></td></tr></tbody></table></body>`);
    const module = moduleOf('dropsuite');
    const hits = [...doc.querySelectorAll('.pill')].map((pill) => elementStatus(module, pill) as StatusHit);
    const presenter = new Presenter(doc, module);
    const laidOut: string[] = [];
    vi.spyOn(presenter.card, 'show').mockImplementation((resolved) => {
      laidOut.push(resolved.view.label);
    });
    return { presenter, hits, laidOut };
  };

  it('is a full card (title, badge, buttons) where the page shows one, else the first status', () => {
    const { presenter, hits, laidOut } = page();
    expect(hits.map((h) => h.label)).toEqual(['Completed', 'Space Full']);
    presenter.rehearse(hits);
    expect(laidOut).toEqual(['Space Full']);

    const quiet = page();
    quiet.presenter.rehearse(quiet.hits.slice(0, 1));
    expect(quiet.laidOut).toEqual(['Completed']);
  });

  it('is none on a page that shows no status', () => {
    const { presenter, laidOut } = page();
    presenter.rehearse([]);
    expect(laidOut).toEqual([]);
  });
});
