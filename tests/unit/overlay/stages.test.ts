/** The overlay's small stages, case by case: tokens, host patterns, the scheduler, the page watcher, the engine, page signs. */
import { JSDOM } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_CONTENT_SETTINGS } from '../../../components/settings/content';
import { consoleOf } from '../../../entrypoints/content/consoles';
import { codeMatcher, codesIn, tokenAround } from '../../../entrypoints/content/consoles/codes';
import { PageSigns } from '../../../entrypoints/content/consoles/signs';
import { Engine } from '../../../entrypoints/content/engine/engine';
import { declaredConsole, recognise } from '../../../entrypoints/content/engine/recognise';
import { Scheduler } from '../../../entrypoints/content/engine/scheduler';
import { LOAD_BUDGET, StatusIndex } from '../../../entrypoints/content/engine/status-index';
import { PageWatcher } from '../../../entrypoints/content/engine/watch';
import { clearLeftovers } from '../../../entrypoints/content/present/leftovers';
import { Presenter } from '../../../entrypoints/content/present/presenter';
import { TabStops } from '../../../entrypoints/content/present/tab-stops';
import { reportOf } from '../../../entrypoints/content/resolve';
import { globalsOf } from './dom-globals';

describe('codes as whole tokens', () => {
  const dpod = codeMatcher('dpod', /[A-Z][A-Z0-9_]{3,}/g);
  it.each([
    ['task ended with EXECUTION_STARTED, see the log', ['EXECUTION_STARTED']],
    ['plan result SUCCESS.', ['SUCCESS']],
    ['SUCCESSFUL_TASKS=1 and EXECUTION_ID_4471', []],
    ['idg-EXECUTION_STARTED2 is an identifier', []],
    [
      'SENT_TO_MDB then EXECUTION_PRE_CHECKS_NFS_OUT_OF_SPACE',
      ['SENT_TO_MDB', 'EXECUTION_PRE_CHECKS_NFS_OUT_OF_SPACE'],
    ],
  ])('%s', (text, codes) => {
    expect(codesIn(text, dpod).map((c) => c.code)).toEqual(codes);
  });

  it('finds the token around any offset inside it, and none in white space', () => {
    const text = 'ended with SUCCESS, see';
    const at = text.indexOf('SUCCESS');
    for (const offset of [at, at + 3, at + 7]) expect(tokenAround(text, offset)).toEqual({ start: at, end: at + 7 });
    expect(tokenAround('a  b', 2)).toBeNull();
  });
});

describe('declared console hosts', () => {
  it.each([
    ['https://dpod.corp.example:8443/*', 'https://dpod.corp.example:8443/ui/backup', true],
    ['https://dpod.corp.example:8443/*', 'https://dpod.corp.example/ui', false],
    ['https://dpod.corp.example:443/*', 'https://dpod.corp.example/ui', true],
    ['https://dpod.corp.example/*', 'https://dpod.corp.example:443/ui', true],
    ['http://dpod.corp.example:80/*', 'http://dpod.corp.example/ui', true],
    ['*://*.reseller.example/*', 'http://status.reseller.example/x', true],
    ['*://*.reseller.example/*', 'https://reseller.example/', true],
    ['*://*.reseller.example/*', 'https://evilreseller.example/', false],
    ['https://portal.example/*', 'http://portal.example/', false],
    ['not a pattern', 'https://portal.example/', false],
  ])('%s covers %s: %s', (pattern, url, expected) => {
    expect(declaredConsole([{ pattern, product: 'dpod' }], url)).toBe(expected ? 'dpod' : null);
  });

  it('takes the most specific declared host, not the first', () => {
    const hosts = [
      { pattern: 'https://*.reseller.example/*', product: 'dropsuite' as const },
      { pattern: 'https://dpod.reseller.example/*', product: 'dpod' as const },
    ];
    expect(declaredConsole(hosts, 'https://dpod.reseller.example/ui')).toBe('dpod');
    expect(declaredConsole(hosts, 'https://backup.reseller.example/ui')).toBe('dropsuite');
    expect(declaredConsole(hosts, 'https://dpod.reseller.example:443/ui')).toBe('dpod');
  });

  it('makes the page that console whatever it shows, and nothing when that console is off', () => {
    const doc = new JSDOM('<p>A portal with no sign of its vendor</p>').window.document;
    const hosts = [{ pattern: 'https://backup.msp.example/*', product: 'dropsuite' as const }];
    const declared = declaredConsole(hosts, 'https://backup.msp.example/status');
    expect(declared).toBe('dropsuite');
    expect(recognise(doc, { dropsuite: true, dpod: true, mxhero: true }, declared)?.product).toBe('dropsuite');
    expect(recognise(doc, { dropsuite: false, dpod: true, mxhero: true }, declared)).toBeNull();
    expect(recognise(doc, { dropsuite: true, dpod: true, mxhero: true }, null)).toBeNull();
  });
});

describe('the status index', () => {
  const document = globalsOf(
    new JSDOM(`<!doctype html><title>IBM DataPower Operations Dashboard</title><body>
    <table><thead><tr><th>Device</th><th>Status</th></tr></thead>
      <tbody><tr><td>idg-1</td><td>EXECUTION_STARTED</td></tr><tr><td>idg-2</td><td>SUCCESS</td></tr></tbody></table>
    <span class="chip">EXECUTION_QUIESCE_TIMEOUT_OCCURRED</span>
    <p>02:00:01 idg-1: task ended with EXECUTION_SECURE_BACKUP_UNSUCCESSFUL, see the device log.</p>
  </body>`),
  );
  const run = (job: Iterator<unknown, void> | null) => {
    while (job && !job.next().done) {
      // every step
    }
  };
  const counts = (index: StatusIndex) =>
    Object.fromEntries(
      index
        .tallies()
        .map((t) => [t.label, t.count])
        .sort(([a], [b]) => String(a).localeCompare(String(b))),
    );

  it('counts the statuses that stand alone at once, and codes inside texts only once asked, never twice', () => {
    const module = recognise(document, { dropsuite: true, dpod: true, mxhero: true }, null);
    expect(module?.product).toBe('dpod');
    if (!module) return;
    const index = new StatusIndex(module);
    run(index.take([document.documentElement]));
    expect(counts(index)).toEqual({ EXECUTION_QUIESCE_TIMEOUT_OCCURRED: 1, EXECUTION_STARTED: 1, SUCCESS: 1 });
    run(index.complete(document.documentElement));
    expect(counts(index)).toEqual({
      EXECUTION_QUIESCE_TIMEOUT_OCCURRED: 1,
      EXECUTION_SECURE_BACKUP_UNSUCCESSFUL: 1,
      EXECUTION_STARTED: 1,
      SUCCESS: 1,
    });
    // Asked again: nothing more to read.
    expect(index.complete(document.documentElement)).toBeNull();
  });

  it('counts, once asked, the statuses in the shadow roots a page had before it started, and watches them', () => {
    const doc = globalsOf(
      new JSDOM(`<!doctype html><title>IBM DataPower Operations Dashboard</title><body>
        <task-card></task-card><span class="chip">SUCCESS</span></body>`),
    );
    const shadow = (doc.querySelector('task-card') as Element).attachShadow({ mode: 'open' });
    shadow.innerHTML = '<span class="chip">EXECUTION_STARTED</span>';
    const module = recognise(doc, { dropsuite: true, dpod: true, mxhero: true }, null);
    if (!module) throw new Error('not recognised');
    const index = new StatusIndex(module);
    const watched: ShadowRoot[] = [];
    index.onShadowRoot = (root) => watched.push(root);
    run(index.take([doc.documentElement]));
    expect(counts(index)).toEqual({ SUCCESS: 1 });
    run(index.complete(doc.documentElement));
    expect(counts(index)).toEqual({ EXECUTION_STARTED: 1, SUCCESS: 1 });
    expect(watched).toEqual([shadow]);
    expect(index.complete(doc.documentElement)).toBeNull();
  });
});

describe('the load budget', () => {
  const run = (job: Iterator<unknown, void> | null) => {
    while (job && !job.next().done) {
      // every step
    }
  };
  const total = (index: StatusIndex) => index.tallies().reduce((n, t) => n + t.count, 0);
  const ROWS = LOAD_BUDGET + 250;
  const labelOf = (i: number) => (i % 2 ? 'Space Full' : 'Completed');
  const rows = Array.from(
    { length: ROWS },
    (_, i) => `<tr><td>user${i}@example.com</td><td><span class="pill">${labelOf(i)}</span></td></tr>`,
  ).join('');
  const page = () =>
    globalsOf(
      new JSDOM(`<!doctype html><title>System Status</title><body>
      <table><thead><tr><th>Mailbox</th><th>Status</th></tr></thead><tbody>${rows}</tbody></table>
      <section><h2>Restores</h2><table><thead><tr><th>Mailbox</th><th>Status</th></tr></thead>
        <tbody><tr><td>late@example.com</td><td>Failed</td></tr></tbody></table></section></body>`),
    );
  const dropsuite = consoleOf('dropsuite');
  if (!dropsuite) throw new Error('no Dropsuite module');

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
    const doc = globalsOf(
      new JSDOM(`<!doctype html><title>System Status</title><body><nav>${icons}</nav><table>
        <thead><tr><th>Mailbox</th><th>Status</th></tr></thead>
        <tbody><tr><td>a@example.com</td><td>Failed</td></tr></tbody></table></body>`),
    );
    const index = new StatusIndex(dropsuite);
    run(index.take([doc.documentElement]));
    expect(index.partial).toBe(false);
    expect(total(index)).toBe(1);
  });

  it('reads a page within the budget whole at load', () => {
    const doc = globalsOf(
      new JSDOM(`<!doctype html><title>System Status</title><body><table>
        <thead><tr><th>Mailbox</th><th>Status</th></tr></thead>
        <tbody><tr><td>a@example.com</td><td>Failed</td></tr><tr><td>b@example.com</td><td>Completed</td></tr></tbody>
      </table></body>`),
    );
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

describe('Tab stops', () => {
  it('are made once the keyboard is used, of the statuses near the viewport, and taken back on stop', () => {
    const dom = new JSDOM('<!doctype html><body><span id="near">Failed</span><span id="far">Completed</span></body>');
    const doc = globalsOf(dom);
    const view = dom.window as unknown as Window & typeof globalThis;
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
    const dom = new JSDOM(
      '<!doctype html><body><table><thead><tr><th>ID</th><th>Status</th></tr></thead>' +
        '<tbody><tr><td>1</td><td><span>Failed</span></td></tr></tbody></table></body>',
    );
    const doc = globalsOf(dom);
    const view = dom.window as unknown as Window & typeof globalThis;
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

  it('mark the status a cell shows now, not the cell by the label it showed when its column was read', () => {
    const dom = new JSDOM(
      '<!doctype html><body><h1>System Status</h1><table><thead><tr><th>Migration ID</th><th>Status</th></tr></thead>' +
        '<tbody><tr><td>MIG-1</td><td><span class="pill">On Queue</span></td></tr></tbody></table></body>',
    );
    const doc = globalsOf(dom);
    const table = doc.querySelector('table') as HTMLTableElement;
    table.getClientRects = () => [{}] as unknown as DOMRectList;
    const dropsuite = consoleOf('dropsuite');
    if (!dropsuite) throw new Error('no Dropsuite module');
    const presenter = new Presenter(doc, dropsuite);
    const cells = table.querySelectorAll('tbody td:nth-child(2)');
    // Read while it said On Queue; the page then changes the text in place, and the column is not read again yet.
    presenter.tabStops.setColumns([{ table, index: 1, cells, labels: ['On Queue'], whole: true }]);
    const pill = doc.querySelector('.pill') as HTMLElement;
    (pill.firstChild as Text).data = 'Failed';
    presenter.tabStops.wake();
    expect(pill.hasAttribute('data-status-lens')).toBe(true);
    // Not the cell around it, as On Queue would have had it (the pill no longer shows that text).
    expect(doc.querySelectorAll('[data-status-lens]')).toHaveLength(1);
    presenter.stop();
  });
});

describe('the scheduler', () => {
  function fakeView() {
    const idle: (() => void)[] = [];
    return {
      view: {
        requestIdleCallback: (cb: (d: { timeRemaining(): number }) => void) =>
          idle.push(() => cb({ timeRemaining: () => 5 })),
      } as unknown as Window & typeof globalThis,
      runIdle: () => {
        for (const run of idle.splice(0)) run();
      },
      pending: () => idle.length,
    };
  }

  it('runs a job over idle slices, and to its end when asked', () => {
    const { view, runIdle, pending } = fakeView();
    const scheduler = new Scheduler(view);
    const done: number[] = [];
    scheduler.run(
      'count',
      (function* () {
        for (let i = 0; i < 3; i++) {
          done.push(i);
          yield;
        }
      })(),
    );
    expect(done).toEqual([]);
    expect(pending()).toBe(1);
    scheduler.finish('count');
    expect(done).toEqual([0, 1, 2]);
    runIdle();
    expect(scheduler.has('count')).toBe(false);
  });

  it('replaces a job of the same key that has not finished', () => {
    const { view, runIdle } = fakeView();
    const scheduler = new Scheduler(view);
    const seen: string[] = [];
    const job = (name: string) =>
      (function* () {
        seen.push(name);
        yield;
      })();
    scheduler.run('report', job('old'));
    scheduler.run('report', job('new'));
    runIdle();
    expect(seen).toEqual(['new']);
  });
});

describe('the page watcher', () => {
  it('delivers changes once the page settles, the trailing edge included, and at once to who must follow', async () => {
    vi.useFakeTimers();
    try {
      const { window } = new JSDOM('<main></main>');
      // The constructors a content script sees as its globals.
      (globalThis as Record<string, unknown>).Node = window.Node;
      const batches: number[] = [];
      let now = 0;
      const watcher = new PageWatcher(
        window as unknown as Window & typeof globalThis,
        (changes) => batches.push(changes.roots.length),
        () => now++,
      );
      watcher.observe(window.document.documentElement);
      const main = window.document.querySelector('main') as HTMLElement;
      // A late render in three steps, 150 ms apart: nothing is missed, the last one included.
      for (let i = 0; i < 3; i++) {
        main.append(window.document.createElement('p'));
        await Promise.resolve();
        await vi.advanceTimersByTimeAsync(150);
      }
      await vi.advanceTimersByTimeAsync(500);
      expect(batches.reduce((a, b) => a + b, 0)).toBe(3);
      expect(now).toBe(3);
      watcher.stop();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('what an earlier instance left', () => {
  const page = (host: boolean) => {
    const doc = globalsOf(
      new JSDOM(
        `<!doctype html><html><body><table><tr><td><span data-status-lens="x" tabindex="0" data-status-lens-tabindex>Failed</span></td>
        <td><button data-status-lens="y" tabindex="0">Retry</button></td></tr></table></body></html>`,
      ),
    );
    // Where the tooltip puts its host: under the root element, beside the body.
    if (host) doc.documentElement.append(doc.createElement('status-lens-overlay'));
    return doc;
  };

  it('is cleared when its tooltip host is on the page: the host, the marks and only the Tab stops it made', () => {
    const doc = page(true);
    clearLeftovers(doc);
    expect(doc.querySelector('status-lens-overlay')).toBeNull();
    expect(doc.querySelector('[data-status-lens]')).toBeNull();
    expect(doc.querySelector('span')?.hasAttribute('tabindex')).toBe(false);
    expect(doc.querySelector('button')?.getAttribute('tabindex')).toBe('0');
  });

  it('is not looked for without a host: the page is left as it is', () => {
    const doc = page(false);
    clearLeftovers(doc);
    expect(doc.querySelectorAll('[data-status-lens]')).toHaveLength(2);
  });
});

describe('the engine', () => {
  it('judges a page of no console at most once a second as it re-renders, and a late console within the second', async () => {
    vi.useFakeTimers();
    const dropsuite = consoleOf('dropsuite');
    if (!dropsuite) throw new Error('no Dropsuite module');
    const judged = vi.spyOn(dropsuite, 'recognise');
    const ownAbortController = globalThis.AbortController;
    try {
      const dom = new JSDOM('<!doctype html><title>Mail archive</title><body><main><p>0</p></main></body>');
      const doc = globalsOf(dom);
      // The session's listeners take the page realm's signals, as a content script's globals are.
      globalThis.AbortController = dom.window.AbortController as unknown as typeof AbortController;
      const engine = new Engine(doc, { onReport: () => {}, send: () => {} });
      engine.apply(DEFAULT_CONTENT_SETTINGS);
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
    } finally {
      judged.mockRestore();
      globalThis.AbortController = ownAbortController;
      vi.useRealTimers();
    }
  });
});

describe('page signs', () => {
  const signsOf = (body: string) => new PageSigns(globalsOf(new JSDOM(`<!doctype html><body>${body}</body>`)));
  const DPOD = /\bDPOD\b/;
  const STATUS = /\bsystem status\b/i;

  it('are where a page names itself: header, toolbar, brand, logo, main heading, an image’s alt', () => {
    expect(signsOf('<header><span>IBM DPOD</span></header>').namesSay(DPOD)).toBe(true);
    expect(signsOf('<div class="MuiToolbar-root">DPOD</div>').namesSay(DPOD)).toBe(true);
    expect(signsOf('<a class="navbar-brand">DPOD</a>').namesSay(DPOD)).toBe(true);
    expect(signsOf('<img alt="DPOD" src="x.png">').namesSay(DPOD)).toBe(true);
    expect(signsOf('<h2>System Status</h2>').headingsSay(STATUS)).toBe(true);
    expect(signsOf('<div role="heading">System Status</div>').headingsSay(STATUS)).toBe(true);
    expect(signsOf('<header><div class="page-title">System Status</div></header>').headingsSay(STATUS)).toBe(true);
  });

  it('are not prose, nor a title class outside the header', () => {
    expect(signsOf('<p>We moved off DPOD last year.</p>').namesSay(DPOD)).toBe(false);
    expect(signsOf('<p>See the System Status page.</p>').headingsSay(STATUS)).toBe(false);
    expect(signsOf('<div class="card-title">System Status</div>').headingsSay(STATUS)).toBe(false);
  });

  it('are read from the top of the page, however long it is', () => {
    const rows = '<div><span>row</span></div>'.repeat(5000);
    expect(signsOf(`<header>DPOD</header>${rows}`).namesSay(DPOD)).toBe(true);
    expect(signsOf(`${rows}<header>DPOD</header>`).namesSay(DPOD)).toBe(false);
  });
});
