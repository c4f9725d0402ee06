/** The driver on one document: recognition kept up with the page, cheaply on a page of no console. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { entriesOf } from '../../../../catalog';
import { consoleById } from '../../../../catalog/consoles';
import { EMPTY_DESK } from '../../../../components/desk/schema';
import { DEFAULT_SWITCHES } from '../../../../components/settings/switches';
import { Engine } from '../../../../entrypoints/content/engine/engine';
import { Presenter } from '../../../../entrypoints/content/present/presenter';
import { adoptPageAbortController, dispatchByUser, pageOf } from '../support/dom';

describe('the engine', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  it('judges a page of no console at most once a second as it re-renders, and a late console within the second', async () => {
    vi.useFakeTimers();
    const dropsuite = consoleById('dropsuite');
    if (!dropsuite) throw new Error('no Dropsuite');
    const judged = vi.spyOn(dropsuite.page, 'recognise');
    const { doc, view } = pageOf('<!doctype html><title>Mail archive</title><body><main><p>0</p></main></body>');
    adoptPageAbortController(view);
    const engine = new Engine(doc, { onReport: () => {}, send: () => {}, catalog: async (id) => entriesOf(id) });
    engine.apply({ switches: { ...DEFAULT_SWITCHES }, desk: EMPTY_DESK, hosts: [] });
    expect(judged).toHaveBeenCalledTimes(1);
    const main = doc.querySelector('main') as HTMLElement;
    // A page that polls: a render every 100 ms for 3 s.
    for (let i = 1; i <= 30; i++) {
      (main.firstElementChild as HTMLElement).textContent = String(i);
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(judged.mock.calls.length).toBeGreaterThan(1);
    expect(judged.mock.calls.length).toBeLessThanOrEqual(4);
    expect(engine.report()).toEqual({ product: null, findings: [] });
    // The console renders late.
    main.innerHTML = `<h1>System Status</h1><div role="tablist"><button role="tab">Backups</button>
      <button role="tab">Migrates</button><button role="tab">Restores</button></div>`;
    await vi.advanceTimersByTimeAsync(1100);
    expect(engine.report()?.product).toBe('dropsuite');
    engine.stop();
  });

  it('answers “still starting” while a recognised console’s catalog is on its way, then with its statuses', async () => {
    const { doc, view } = pageOf(`<!doctype html><title>System Status</title><body><h1>System Status</h1>
      <div role="tablist"><button role="tab">Backups</button><button role="tab">Migrates</button></div>
      <table><thead><tr><th>Mailbox</th><th>Status</th></tr></thead>
        <tbody><tr><td>jo@acme.example</td><td><span class="pill">Space Full</span></td></tr></tbody></table></body>`);
    adoptPageAbortController(view);
    let deliver: () => void = () => {};
    const catalog = (id: string) =>
      new Promise<ReturnType<typeof entriesOf>>((done) => {
        deliver = () => done(entriesOf(id));
      });
    const engine = new Engine(doc, { onReport: () => {}, send: () => {}, catalog });
    engine.apply({ switches: { ...DEFAULT_SWITCHES }, desk: EMPTY_DESK, hosts: [] });
    expect(engine.report()).toBeNull();
    deliver();
    await vi.waitFor(() => expect(engine.report()?.findings.map((f) => f.label)).toEqual(['Space Full']));
    expect(engine.report()?.product).toBe('dropsuite');
    engine.stop();
  });

  it('makes the card ahead at the user’s first reach for the page, not at load, and once', async () => {
    vi.useFakeTimers();
    const rehearsed = vi.spyOn(Presenter.prototype, 'rehearse');
    const { doc, view } = pageOf(`<!doctype html><title>System Status</title><body><h1>System Status</h1>
      <div role="tablist"><button role="tab">Backups</button><button role="tab">Migrates</button></div>
      <table><thead><tr><th>Mailbox</th><th>Status</th></tr></thead>
        <tbody><tr><td>jo@acme.example</td><td><span class="pill">Space Full</span></td></tr></tbody></table></body>`);
    adoptPageAbortController(view);
    const engine = new Engine(doc, { onReport: () => {}, send: () => {}, catalog: async (id) => entriesOf(id) });
    engine.apply({ switches: { ...DEFAULT_SWITCHES }, desk: EMPTY_DESK, hosts: [] });
    await vi.advanceTimersByTimeAsync(3000);
    expect(engine.report()?.findings.map((f) => f.label)).toEqual(['Space Full']);
    // Loaded and left alone; a pointer movement the page dispatches is not the user's.
    doc.body.dispatchEvent(new view.PointerEvent('pointermove', { bubbles: true, pointerType: 'mouse' }));
    await vi.advanceTimersByTimeAsync(1000);
    expect(rehearsed).not.toHaveBeenCalled();
    dispatchByUser(doc.body, new view.PointerEvent('pointermove', { bubbles: true, pointerType: 'mouse' }));
    dispatchByUser(doc.body, new view.PointerEvent('pointermove', { bubbles: true, pointerType: 'mouse' }));
    await vi.advanceTimersByTimeAsync(1000);
    expect(rehearsed).toHaveBeenCalledTimes(1);
    expect(rehearsed.mock.calls[0]?.[0].map((hit) => hit.label)).toEqual(['Space Full']);
    engine.stop();
  });
});
