/**
 * Every status of the page, kept up to date as the page changes: what the report counts and what the
 * keyboard commands step through. Built in idle slices by the scheduler; hover and focus never wait for it.
 */
import { isExcluded } from '../../../components/page/dom';
import type { ConsoleModule } from '../console-module';
import {
  allCells,
  type Budget,
  type ColumnRead,
  cellStatus,
  columnLabelCounts,
  readColumn,
  statusTables,
} from '../find/columns';
import { bisect, compare, nodeOf } from '../find/order';
import { ExclusionMemo, judgeText, scan, shadowRootsUnder } from '../find/page-scan';
import type { StatusHit } from '../find/status';
import type { Job } from './scheduler';
import { type Tally, TextStatuses } from './text-statuses';

/**
 * Texts and cells one job reads before someone asks for every status: all of a usual console page (a few hundred
 * rows), and on a page of thousands of rows a part, so that what a page costs at load does not grow with its
 * size. The rest is counted when asked (the popup's This page, a keyboard command); the report says it is partial
 * and the badge shows a lower bound. Each 500 read cost about 0.5 ms at load on the bench's status page.
 */
export const LOAD_BUDGET = 500;

/** A Status column as read and counted: the labels that do not count are taken out. */
interface CountedColumn extends ColumnRead {
  tallies: Tally[];
}

export class StatusIndex {
  /** Statuses found in texts (outside Status columns), counted as they come and go. */
  private readonly texts = new TextStatuses();
  /** Status columns read, by table. */
  private readonly columns = new Map<Element, CountedColumn>();
  private ordered: StatusHit[] | null = null;
  /**
   * Whether codes standing inside longer texts (log lines, messages) are indexed too. Not until someone asks
   * (the popup's This page, a keyboard command): finding them is a walk of every text of a long log, which
   * hover does not need (it reads the text at the pointer) and the badge and Tab stops do not either.
   */
  private inText = false;
  /** Whether the shadow roots the page had at load were searched for (see complete). */
  private shadowsSearched = false;
  /** Whether someone asked for every status: from then on jobs read without a budget. */
  private asked = false;
  /** Where a job stopped at its budget (a long table, the page): not all read until someone asks. */
  private readonly unread = new Set<Node>();
  /** Called when a job has changed what the index holds. */
  onChange: () => void = () => {};
  /** Called with each open shadow root found, for the watcher to observe. */
  onShadowRoot: (root: ShadowRoot) => void = () => {};

  constructor(private readonly module: ConsoleModule) {}

  /** A job that finds the statuses under `roots` (the document, or what the page added) and takes them in. */
  *take(roots: readonly Node[], texts: readonly Text[] = []): Generator<unknown, void> {
    let changed = false;
    const queue: Node[] = [...roots];
    const budget: Budget = { left: this.asked ? Number.POSITIVE_INFINITY : LOAD_BUDGET };
    let cuts = 0;
    const sink = {
      text: (node: Text, hits: StatusHit[]) => {
        changed = this.texts.set(node, hits) || changed;
      },
      column: (column: ColumnRead) => {
        this.columns.set(column.table, this.withTallies(column));
        // A long table cut short at load, now read whole (re-rendered short): what the cut left is read again.
        if (column.whole && this.unread.delete(column.table)) {
          for (const node of this.unread) if (!queue.includes(node)) queue.push(node);
        }
        changed = true;
      },
      shadowRoot: (root: ShadowRoot) => {
        this.onShadowRoot(root);
        queue.push(root);
      },
      partial: (node: Node) => {
        cuts++;
        changed = changed || !this.unread.size;
        this.unread.add(node);
      },
    };
    const memo = new ExclusionMemo();
    // What changed inside a Status column (a cell's new text, added rows): the column is read again, whole.
    const columnOf = (node: Node) => [...this.columns.keys()].find((table) => table.contains(node));
    for (let r = 0; r < queue.length; r++) {
      const table = columnOf(queue[r] as Node);
      if (table) queue[r] = table;
    }
    for (const text of texts) {
      const table = columnOf(text);
      if (table) queue.push(table);
      else if (text.isConnected && budget.left-- > 0) {
        sink.text(text, judgeText(this.module, text, memo, this.inText));
      } else if (text.isConnected) sink.partial(text);
    }
    const unique = [...new Set(queue)];
    queue.length = 0;
    queue.push(...unique);
    for (let r = 0; r < queue.length; r++) {
      const root = queue[r] as Node;
      if (!root.isConnected) continue;
      if (budget.left <= 0) {
        sink.partial(root);
        continue;
      }
      const before = cuts;
      yield* scan(this.module, root, sink, this.inText, budget);
      // Read to its end this time (a long table re-rendered short): it counts whole now.
      if (cuts === before) this.unread.delete(root);
    }
    if (changed) {
      this.ordered = null;
      this.onChange();
    }
  }

  /**
   * Every Status column under `root` that is not read yet, each read up to the load budget, now: the keyboard
   * came into use on a page read in part, and Tab stops near the viewport are made from the columns.
   */
  findColumns(root: Element): void {
    // Once codes inside texts count, a console of codes reads no column (see complete).
    if (!this.partial || this.inText) return;
    let changed = false;
    for (const { table, index } of statusTables(root)) {
      if (this.columns.has(table) || isExcluded(table)) continue;
      const found = (column: ColumnRead) => this.columns.set(table, this.withTallies(column));
      const job = readColumn(table, index, found, { left: LOAD_BUDGET });
      // Every step at once: the Tab key is waiting.
      let step = job.next();
      while (!step.done) step = job.next();
      if (!step.value) this.unread.add(table);
      changed = true;
    }
    if (changed) {
      this.ordered = null;
      this.onChange();
    }
  }

  /**
   * Someone asked for every status (the popup's This page, a keyboard command): a job that finds what the index
   * leaves for then, or null when it holds everything already. From now on codes inside longer texts count too;
   * and, on a console not built of web components, the open shadow roots the page had before the script started
   * are searched for once (what the page attaches later is watched anyway).
   */
  complete(root: Node): Job | null {
    this.asked = true;
    const texts = !this.inText && !!this.module.codes;
    const shadows = !this.shadowsSearched && !this.module.webComponents;
    const rest = this.partial;
    if (!texts && !shadows && !rest) return null;
    this.shadowsSearched = true;
    if (texts) {
      this.inText = true;
      // Every text is read now, a Status column's cells too: the columns read so far would count them twice.
      this.columns.clear();
      this.ordered = null;
    }
    return this.completing(root, texts || rest, shadows);
  }

  /** Whether the counts stop short of the page: a job met its budget where the page still is. */
  get partial(): boolean {
    for (const node of this.unread) if (!node.isConnected) this.unread.delete(node);
    return this.unread.size > 0;
  }

  private *completing(root: Node, whole: boolean, shadows: boolean): Generator<unknown, void> {
    if (whole) {
      // Read again from the top without a budget: what was read before is taken again, the same.
      this.unread.clear();
      yield* this.take([root]);
    }
    if (!shadows) return;
    const found: ShadowRoot[] = [];
    yield* shadowRootsUnder(root, (shadow) => found.push(shadow));
    for (const shadow of found) this.onShadowRoot(shadow);
    if (found.length) yield* this.take(found);
  }

  /** Forgets what the page removed or changed, so a page re-rendered for hours accumulates nothing. */
  prune(): void {
    const wasPartial = this.unread.size > 0;
    let changed = this.texts.prune() || (wasPartial && !this.partial);
    for (const table of this.columns.keys()) {
      if (!table.isConnected) {
        this.columns.delete(table);
        changed = true;
      }
    }
    if (changed) {
      this.ordered = null;
      this.onChange();
    }
  }

  /** The page's labels counted: statuses of texts by parent and label, Status columns by label. */
  tallies(): Tally[] {
    const out = this.texts.tallies();
    for (const column of this.columns.values()) out.push(...column.tallies);
    return out;
  }

  /** A column as read, with only the labels that count kept, and counted once. */
  private withTallies(column: ColumnRead): CountedColumn {
    const labels = column.labels;
    const byLabel = new Map<string, Tally>();
    for (let i = 0; i < labels.length; i++) {
      const label = labels[i];
      if (!label) continue;
      if (!columnLabelCounts(this.module, label)) {
        labels[i] = null;
        continue;
      }
      const tally = byLabel.get(label);
      if (tally) tally.count++;
      else byLabel.set(label, { label, at: column.cells[i] as Element, count: 1 });
    }
    return { ...column, tallies: [...byLabel.values()] };
  }

  /**
   * A few statuses at hand, one per label, for the card laid out ahead (at the user's first reach for the page): a
   * Status column's first, then a text's; none when none is read. Only cells already read are looked at.
   */
  samples(limit: number): StatusHit[] {
    const found: StatusHit[] = [];
    const labels = new Set<string>();
    const add = (hit: StatusHit | null) => {
      if (!hit || labels.has(hit.label) || found.length >= limit) return;
      labels.add(hit.label);
      found.push(hit);
    };
    for (const column of this.columns.values()) {
      for (let i = 0; i < column.labels.length && found.length < limit; i++) {
        const label = column.labels[i];
        if (label && !labels.has(label)) add(cellStatus(this.module, column.cells[i] as Element));
      }
    }
    for (const hit of this.texts.samples(limit)) add(hit);
    return found;
  }

  /** Every status in document order, for stepping through them: a Status column's cells are looked at now. */
  inOrder(): StatusHit[] {
    if (this.ordered) return this.ordered;
    const all = this.texts.current();
    for (const column of this.columns.values()) {
      for (let i = 0; i < column.cells.length; i++) {
        const hit = column.labels[i] ? cellStatus(this.module, column.cells[i] as Element) : null;
        if (hit) all.push(hit);
      }
    }
    this.ordered = all.sort((a, b) => compare(nodeOf(a), nodeOf(b)));
    return this.ordered;
  }

  /** Element statuses outside Status columns: few, watched one by one for Tab. */
  elements(): HTMLElement[] {
    return this.texts.elements();
  }

  /** The Status columns read, for Tab stops near the viewport. */
  statusColumns(): ColumnRead[] {
    return [...this.columns.values()];
  }

  /**
   * The statuses nearest to `node`, `count` on each side, where Tab goes next: in the Status column of the
   * table that holds it (found by bisection over its cells), else among the other statuses.
   */
  around(node: Node, count: number): StatusHit[] {
    for (const column of this.columns.values()) {
      if (!column.table.contains(node)) continue;
      const cells = allCells(column);
      const at = bisect(cells.length, (i) => compare(cells[i] as Node, node) < 0);
      const out: StatusHit[] = [];
      for (let i = Math.max(0, at - count); i < Math.min(cells.length, at + count); i++) {
        const hit = cellStatus(this.module, cells[i] as Element);
        if (hit) out.push(hit);
      }
      return out;
    }
    const list = this.elements().sort(compare);
    const at = bisect(list.length, (i) => compare(list[i] as Node, node) < 0);
    return list
      .slice(Math.max(0, at - count), at + count)
      .map((element): StatusHit => ({ kind: 'element', element, label: element.textContent?.trim() ?? '' }));
  }
}
