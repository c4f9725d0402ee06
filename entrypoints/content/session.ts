/**
 * One console on one document, from recognition until the page stops being it: the pipeline
 * locate → resolve → present on the user's input, the page's statuses counted for the report in idle time, and
 * the keyboard commands. Everything it adds to the page goes with `stop()`.
 */
import type { Desk } from '../../components/desk/schema';
import type { Message, PageReport } from '../../components/messaging/schema';
import type { ConsoleModule } from './console-module';
import { ResolutionCache, reportOf } from './engine/report';
import { withRows } from './engine/rows';
import type { Scheduler } from './engine/scheduler';
import { StatusIndex } from './engine/status-index';
import type { PageChanges } from './engine/watch';
import { elementStatus, type StatusHit } from './find/status';
import { type CardInspection, inspectCard } from './present/card';
import { type Input, listenToInput, onFirstReach } from './present/input';
import { Presenter, sameHit } from './present/presenter';
import { safely } from './safely';

export type Direction = 'next' | 'previous' | 'next-failure';

/** Quiet time after the index changed before the report goes out (the badge need not follow every render). */
const REPORT_DELAY = 400;
/** How many of the page's labels are looked at to find a full card to lay out unseen. */
const REHEARSAL_CANDIDATES = 8;

export interface SessionHost {
  scheduler: Scheduler;
  /** Watch a tree the page keeps apart (an open shadow root). */
  observe(root: Node): void;
  onReport(report: PageReport): void;
  send(message: Message): void;
}

export class Session {
  private readonly index: StatusIndex;
  private readonly presenter: Presenter;
  private readonly input: Input;
  private readonly abort = new AbortController();
  private reportTimer: number | undefined;
  private lastReport = '';
  private batches = 0;
  /** Whether the load's reading is done: until then its end sends the report, not a timer. */
  private loaded = false;
  /** Whether the user has reached for the page (moved the pointer over it or pressed a key). */
  private reached = false;
  /** Whether the card was made ahead: once a session, whichever of the load and the reach ends last. */
  private warmed = false;
  private readonly view: Window & typeof globalThis;

  constructor(
    private readonly doc: Document,
    readonly module: ConsoleModule,
    private readonly host: SessionHost,
  ) {
    this.view = doc.defaultView as Window & typeof globalThis;
    this.index = new StatusIndex(module);
    this.presenter = new Presenter(doc, module);
    this.index.onShadowRoot = (root) => host.observe(root);
    this.index.onChange = () => this.indexChanged();
    this.input = listenToInput(doc, module, this.presenter, this.abort.signal);
    // Focus moved (Tab, a click, the page's own focus): the statuses on either side become Tab stops at once,
    // before the next Tab, wherever on a long list it is.
    doc.addEventListener('focusin', (event) => event.isTrusted && this.markAround(event.target as Node), {
      signal: this.abort.signal,
      capture: true,
    });
    // The keyboard came into use: Status columns the load left unread become Tab stops too.
    this.presenter.tabStops.onWake = () => this.index.findColumns(doc.documentElement);
    this.presenter.prepare();
    // The card is made at the user's first real pointer movement or key press, not at load: a tab left unread (a
    // dashboard kept open, a page opened and closed) never pays for it, a hand on the page does once, in idle time,
    // usually before the pointer comes to rest on a status.
    onFirstReach(doc, this.abort.signal, () => {
      this.reached = true;
      if (this.loaded) host.scheduler.run('warm', this.warm());
    });
    this.presenter.card.actions = {
      copyTicket: (text) => this.copy(text, 'Copied for a ticket.'),
      copyId: (value) => this.copy(value, 'ID copied.'),
      addNote: () => this.addNote(),
    };
    host.scheduler.run('index', this.load());
  }

  /**
   * The page read at load, then its first count sent in the same idle slice: the badge shows it without a wait of
   * its own, and the page is not woken again for it.
   */
  private *load(): Generator<unknown, void> {
    yield* this.index.take([this.doc.documentElement]);
    this.loaded = true;
    yield;
    this.view.clearTimeout(this.reportTimer);
    yield* this.reportJob();
    if (this.reached) yield* this.warm();
  }

  /**
   * The card's shadow root and style sheets made, and one full card laid out unseen: a page's first card meets
   * the card's faces of type and its code for the first time (10–20 ms), later ones cost about 1 ms.
   */
  private *warm(): Generator<unknown, void> {
    if (this.warmed) return;
    this.warmed = true;
    this.presenter.card.build();
    yield;
    this.presenter.rehearse(this.index.samples(REHEARSAL_CANDIDATES));
  }

  setDesk(desk: Desk): void {
    this.presenter.setDesk(desk);
  }

  set keysHint(text: string) {
    this.presenter.card.keysHint = text;
  }

  /** What the page changed: taken into the index in idle time; the open card follows at once. */
  changed(changes: PageChanges): void {
    if (changes.removed || changes.texts.length) this.index.prune();
    if (changes.roots.length || changes.texts.length) {
      this.host.scheduler.run(`changes-${this.batches++}`, this.index.take(changes.roots, changes.texts));
    }
    this.presenter.follow();
  }

  /** The page changed: an open card whose status changed follows it now, not when the page settles. */
  followNow(): void {
    this.presenter.follow(true);
  }

  /**
   * The page's statuses now, every one counted, with the rows that show them: the index is completed first when
   * asked (the popup's This page).
   */
  report(): PageReport {
    this.complete();
    this.index.prune();
    const report = reportOf(this.module, this.index.tallies());
    // Asked for it (the popup): the badge follows at once too, not when this tab is next idle.
    this.publish(report);
    const cache = new ResolutionCache(this.module);
    return { ...report, findings: withRows(this.module, report.findings, this.index.inOrder(), cache) };
  }

  /** Moves to the next or previous status, or the next failure, shows its card and says where it is. */
  navigate(direction: Direction): boolean {
    this.complete();
    this.index.prune();
    const cache = new ResolutionCache(this.module);
    const all = this.index.inOrder();
    const list = direction === 'next-failure' ? all.filter((h) => cache.get(h).entry?.severity === 'error') : all;
    const card = this.presenter.card;
    if (!list.length) {
      card.announce(direction === 'next-failure' ? 'No failure on this page.' : 'No status on this page.');
      return false;
    }
    const from = this.presenter.shown ?? this.focusedStatus();
    const at = from ? all.findIndex((h) => sameHit(h, from)) : -1;
    const inList = new Set(list);
    let target: StatusHit | undefined;
    if (direction === 'previous') {
      for (let i = at - 1; i >= 0 && !target; i--) if (inList.has(all[i] as StatusHit)) target = all[i];
      target ??= list.at(-1);
    } else {
      for (let i = at + 1; i < all.length && !target; i++) if (inList.has(all[i] as StatusHit)) target = all[i];
      target ??= list[0];
    }
    const resolved = target ? this.presenter.show(target, { focus: true, scroll: true }) : null;
    if (!target || !resolved) return false;
    this.input.pin();
    const place = `${list.indexOf(target) + 1} of ${list.length}`;
    const subject = resolved.view.subject;
    card.announce(`${target.label}, ${place}. ${subject.kind === 'known' ? subject.entry.meaning : ''}`.trim());
    return true;
  }

  /**
   * Scrolls to a status and opens its card: the one at `at` in the page's order when it still shows that label
   * (a row of This page), else the first of an entry (or of an unknown label).
   */
  reveal(entryId: string, label: string, at?: number): boolean {
    this.complete();
    const cache = new ResolutionCache(this.module);
    const all = this.index.inOrder();
    const matches = (h: StatusHit) => {
      const id = cache.get(h).entry?.id ?? null;
      return id === entryId || (!id && h.label === label);
    };
    const there = at === undefined ? undefined : all[at];
    const hit = there && there.label === label && matches(there) ? there : all.find(matches);
    if (!hit || !this.presenter.show(hit, { focus: true, scroll: true })) return false;
    this.input.pin();
    return true;
  }

  inspectCard(): CardInspection | null {
    return inspectCard(this.presenter.card, this.presenter.mark.rects());
  }

  /** Someone asked for every status: what the index left for then is found, and all pending work done. */
  private complete(): void {
    const scheduler = this.host.scheduler;
    // What is under way finishes as it began, before the index starts reading every text.
    scheduler.finishAll();
    const rest = this.index.complete(this.doc.documentElement);
    if (rest) scheduler.run('complete', rest);
    scheduler.finishAll();
  }

  stop(): void {
    this.abort.abort();
    this.view.clearTimeout(this.reportTimer);
    this.presenter.stop();
  }

  /**
   * Copy, on the user's own click or key only: the Clipboard API, so the page's `copy` listeners never see it.
   * Whether it worked, for the card to say so.
   */
  private async copy(text: string, said: string): Promise<boolean> {
    const clipboard = this.view.navigator.clipboard;
    if (!userActive(this.view) || !clipboard?.writeText) return false;
    try {
      await clipboard.writeText(text);
      this.presenter.card.announce(said);
      return true;
    } catch {
      return false;
    }
  }

  /** The desk's form for this status, opened by the background; on the user's own click only. */
  private addNote(): void {
    const resolved = this.presenter.resolved;
    if (!resolved || !userActive(this.view)) return;
    const { view } = resolved;
    const ref = { product: view.console.id, section: view.section?.id ?? null, label: view.label };
    this.host.send({ type: view.subject.kind === 'unknown' ? 'add-desk-entry' : 'add-desk-note', ...ref });
  }

  private markAround(node: Node): void {
    if (!node || this.presenter.card.contains(node)) return;
    const tabStops = this.presenter.tabStops;
    // A focus the browser shows as the keyboard's (Tab from the address bar into the page): the keyboard is in use.
    // A click that focuses a control is not, and leaves the page's tab order alone.
    if (node instanceof Element && safely(() => node.matches(':focus-visible'), false)) tabStops.wake();
    if (!tabStops.isAwake) return;
    for (const hit of this.index.around(node, 3)) if (hit.kind === 'element') tabStops.mark(hit.element);
  }

  private focusedStatus(): StatusHit | null {
    const active = this.doc.activeElement;
    return active ? elementStatus(this.module, active) : null;
  }

  private indexChanged(): void {
    // New statuses become Tab stops as they come near the viewport; stale marks are taken back.
    const tabStops = this.presenter.tabStops;
    for (const element of this.index.elements()) tabStops.track(element);
    tabStops.setColumns(this.index.statusColumns());
    // A mark stays only on an element that is itself the status (not the cell around a pill).
    tabStops.prune((element) => {
      const hit = elementStatus(this.module, element);
      return hit?.kind === 'element' && hit.element === element;
    });
    if (!this.loaded) return;
    this.view.clearTimeout(this.reportTimer);
    this.reportTimer = this.view.setTimeout(() => this.sendReport(), REPORT_DELAY);
  }

  private sendReport(): void {
    // Counting runs in idle time: a page that polls is counted when it is quiet.
    this.host.scheduler.run('report', this.reportJob());
  }

  private *reportJob() {
    this.index.prune();
    yield;
    this.publish(reportOf(this.module, this.index.tallies(), this.index.partial));
  }

  private publish(report: PageReport): void {
    const text = JSON.stringify(report);
    if (text === this.lastReport) return;
    this.lastReport = text;
    this.host.onReport(report);
  }
}

/** Whether the user's own gesture is under way (a click, a key): what opens tabs and copies needs one. */
function userActive(view: Window): boolean {
  const activation = (view.navigator as Navigator & { userActivation?: { isActive: boolean } }).userActivation;
  return activation ? activation.isActive : true;
}
