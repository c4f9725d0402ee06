/**
 * The overlay's driver on one document: keeps recognition up with the page (after every settled change,
 * on route changes) and runs one Session for the console recognised, none on a page of no vendor.
 */

import type { ConsoleDefinition } from '../../../catalog/define';
import { EntryIndex } from '../../../catalog/entry-index';
import type { Entry, ProductId } from '../../../catalog/schema';
import type { Message, PageReport } from '../../../components/messaging/schema';
import type { ContentSettings } from '../../../components/settings/content';
import { consoleModule } from '../console-module';
import type { CardInspection } from '../present/card';
import { type Direction, Session } from '../session';
import { confirms, declaredConsole, recognise } from './recognise';
import { Scheduler } from './scheduler';
import { type PageChanges, PageWatcher } from './watch';

/**
 * The page is judged again at most this often after a settled change (and at once on a route change or a new
 * title): a console that polls stays recognised, and a page of no console that polls is not searched for one
 * at every render.
 */
const RECHECK_MS = 1000;

/** What the overlay needs of the settings: the switches, the declared hosts and the desk's knowledge. */
export type EngineSettings = ContentSettings;

export interface EngineHost {
  onReport(report: PageReport): void;
  /** A console's catalog entries, from the background; undefined when they could not be had. */
  catalog(product: string): Promise<readonly Entry[] | undefined>;
  /** A message to the background (the tooltip's "Add a desk note"). */
  send(message: Message): void;
}

export class Engine {
  private settings: EngineSettings | null = null;
  private session: Session | null = null;
  private readonly scheduler: Scheduler;
  private readonly watcher: PageWatcher;
  private lastCheck = { at: 0, url: '', title: '' };
  private recheckTimer: number | undefined;
  private stopped = false;
  private keys = '';
  private readonly view: Window & typeof globalThis;

  constructor(
    private readonly doc: Document,
    private readonly host: EngineHost,
  ) {
    this.view = doc.defaultView as Window & typeof globalThis;
    this.scheduler = new Scheduler(this.view);
    this.watcher = new PageWatcher(
      this.view,
      (changes) => this.onChanges(changes),
      () => this.session?.followNow(),
    );
  }

  /** Applies the settings (the first call starts the overlay): a console switched off loses its tooltips at once. */
  apply(settings: EngineSettings): void {
    if (this.stopped) return;
    const first = !this.settings;
    this.settings = settings;
    if (first) this.watcher.observe(this.doc.documentElement);
    this.decide();
    this.session?.setDesk(settings.desk);
  }

  /** A route change (pushState, replaceState, popstate, hashchange): the page is judged again at once. */
  routeChanged(): void {
    this.decide();
    this.watcher.flushSoon();
  }

  set keysHint(text: string) {
    this.keys = text;
    if (this.session) this.session.keysHint = text;
  }

  /**
   * The page's statuses; null (still starting: asked again) until the settings are read and the page judged, and
   * for a console recognised whose catalog is still on its way — never a console shown as holding no status.
   */
  report(): PageReport | null {
    if (!this.settings) return null;
    if (this.session) return this.session.report();
    return this.decided ? null : { product: null, findings: [] };
  }

  navigate(direction: Direction): boolean {
    return this.session?.navigate(direction) ?? false;
  }

  reveal(entryId: string, label: string, at?: number): boolean {
    return this.session?.reveal(entryId, label, at) ?? false;
  }

  /** What the open card shows, for the e2e tests. */
  inspectCard(): CardInspection | null {
    return this.session?.inspectCard() ?? null;
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.view.clearTimeout(this.recheckTimer);
    this.watcher.stop();
    this.scheduler.stop();
    this.session?.stop();
    this.session = null;
  }

  private onChanges(changes: PageChanges): void {
    if (this.stopped) return;
    this.session?.changed(changes);
    // Unrecognised, a settled change may be the late render that makes the page a console: it is judged within
    // the second.
    this.decideSoon();
  }

  /** Judged again on the trailing edge: a page that changes every 250 ms is judged once a second. */
  private decideSoon(): void {
    const url = this.doc.location?.href ?? '';
    if (url !== this.lastCheck.url || this.doc.title !== this.lastCheck.title) {
      this.decide();
      return;
    }
    if (this.recheckTimer !== undefined) return;
    const wait = Math.max(0, this.lastCheck.at + RECHECK_MS - performance.now());
    this.recheckTimer = this.view.setTimeout(() => {
      this.recheckTimer = undefined;
      this.decide();
    }, wait);
  }

  /** Whether the last decision was made on this URL. */
  private sameRoute = false;

  /** The console judged last, whose catalog may still be on its way. */
  private decided: ConsoleDefinition | null = null;
  /** Each console's entries as the background sent them, once asked. */
  private readonly catalogs = new Map<string, EntryIndex>();
  private readonly asked = new Set<string>();

  private decide(): void {
    const settings = this.settings;
    if (!settings || this.stopped) return;
    this.sameRoute = this.lastCheck.url === (this.doc.location?.href ?? '');
    this.lastCheck = { at: performance.now(), url: this.doc.location?.href ?? '', title: this.doc.title };
    const declared: ProductId | null = declaredConsole(settings.hosts, this.lastCheck.url);
    const current = this.decided;
    // The same page still: the console recognised is confirmed, the others are not asked again.
    const same = !declared && current && settings.switches[current.id] !== false && this.sameRoute;
    const definition = same && confirms(current, this.doc) ? current : recognise(this.doc, settings.switches, declared);
    this.decided = definition;
    if (definition && definition === this.session?.module.definition) return;
    this.session?.stop();
    this.session = null;
    this.scheduler.cancel('index');
    if (!definition) {
      this.host.onReport({ product: null, findings: [] });
      return;
    }
    const catalog = this.catalogs.get(definition.id);
    if (catalog) this.start(definition, catalog, settings);
    else this.fetchCatalog(definition.id);
  }

  /** The one console's entries, asked of the background once; the page is judged again when they come. */
  private fetchCatalog(id: string): void {
    if (this.asked.has(id)) return;
    this.asked.add(id);
    void this.host.catalog(id).then((entries) => {
      if (this.stopped) return;
      if (entries) this.catalogs.set(id, new EntryIndex(entries));
      // Not sent (the background restarting): asked again at the next decision.
      else this.asked.delete(id);
      if (this.decided?.id === id) this.decide();
    });
  }

  private start(definition: ConsoleDefinition, catalog: EntryIndex, settings: EngineSettings): void {
    this.session = new Session(this.doc, consoleModule(definition, catalog), {
      scheduler: this.scheduler,
      observe: (root) => this.watcher.observe(root),
      onReport: (report) => this.host.onReport(report),
      send: (message) => this.host.send(message),
    });
    this.session.setDesk(settings.desk);
    this.session.keysHint = this.keys;
  }
}
