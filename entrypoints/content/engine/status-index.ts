/**
 * Every status of the page, kept up to date as the page changes: what the report counts and what the
 * keyboard commands step through. Built in idle slices by the scheduler; hover and focus never wait for it.
 */
import { CATALOG } from '../../../catalog';
import type { ConsoleModule } from '../consoles/types';
import { type ColumnRead, cellStatus, ExclusionMemo, judgeText, scan, shadowRootsUnder } from '../find/page-scan';
import { isCurrent, type StatusHit } from '../find/status';
import type { Job } from './scheduler';

/** Labels of the page counted together: a Status column's label counts once per cell showing it. */
export interface Tally {
  label: string;
  /** A status showing the label: where its section and entry are read. */
  at: Element;
  count: number;
}

/** A Status column as read and counted: the labels that do not count are taken out. */
interface CountedColumn extends ColumnRead {
  tallies: Tally[];
}

export class StatusIndex {
  /** Statuses found in texts, by the text that shows them. */
  private readonly byText = new Map<Text, StatusHit[]>();
  /** Which text an element status was taken from: a label split over elements is one status. */
  private readonly claimed = new Map<HTMLElement, Text>();
  /** Statuses of texts counted as they come and go, by the parent of their element and label. */
  private readonly counted = new Map<Node | null, Map<string, Tally>>();
  /** Status columns read, by table. */
  private readonly columns = new Map<Element, CountedColumn>();
  private readonly labels: string[];
  private readonly countsCache = new Map<string, boolean>();
  private ordered: StatusHit[] | null = null;
  /**
   * Whether codes standing inside longer texts (log lines, messages) are indexed too. Not until someone asks
   * (the popup's This page, a keyboard command): finding them is a walk of every text of a long log, which
   * hover does not need (it reads the text at the pointer) and the badge and Tab stops do not either.
   */
  private inText = false;
  /** Whether the shadow roots the page had at load were searched for (see complete). */
  private shadowsSearched = false;
  /** Called when a job has changed what the index holds. */
  onChange: () => void = () => {};
  /** Called with each open shadow root found, for the watcher to observe. */
  onShadowRoot: (root: ShadowRoot) => void = () => {};

  constructor(private readonly module: ConsoleModule) {
    this.labels = CATALOG.filter((e) => e.product === module.product).flatMap((e) => e.labels);
  }

  /** A job that finds the statuses under `roots` (the document, or what the page added) and takes them in. */
  *take(roots: readonly Node[], texts: readonly Text[] = []): Generator<unknown, void> {
    let changed = false;
    const queue: Node[] = [...roots];
    const sink = {
      text: (node: Text, hits: StatusHit[]) => {
        changed = this.setText(node, hits) || changed;
      },
      column: (column: ColumnRead) => {
        this.columns.set(column.table, this.withTallies(column));
        changed = true;
      },
      shadowRoot: (root: ShadowRoot) => {
        this.onShadowRoot(root);
        queue.push(root);
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
      else if (text.isConnected) sink.text(text, judgeText(this.module, this.labels, text, memo, this.inText));
    }
    const unique = [...new Set(queue)];
    queue.length = 0;
    queue.push(...unique);
    for (let r = 0; r < queue.length; r++) {
      const root = queue[r] as Node;
      if (root.isConnected) yield* scan(this.module, this.labels, root, sink, this.inText);
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
    const texts = !this.inText && !!this.module.codes;
    const shadows = !this.shadowsSearched && !this.module.webComponents;
    if (!texts && !shadows) return null;
    this.shadowsSearched = true;
    if (texts) {
      this.inText = true;
      // Every text is read now, a Status column's cells too: the columns read so far would count them twice.
      this.columns.clear();
      this.ordered = null;
    }
    return this.completing(root, texts, shadows);
  }

  private *completing(root: Node, texts: boolean, shadows: boolean): Generator<unknown, void> {
    if (texts) yield* this.take([root]);
    if (!shadows) return;
    const found: ShadowRoot[] = [];
    yield* shadowRootsUnder(root, (shadow) => found.push(shadow));
    for (const shadow of found) this.onShadowRoot(shadow);
    if (found.length) yield* this.take(found);
  }

  /** Forgets what the page removed or changed, so a page re-rendered for hours accumulates nothing. */
  prune(): void {
    let changed = false;
    for (const [text, hits] of this.byText) {
      // What changed in place comes again as a changed text and is judged anew; here, what left the page.
      const gone = !text.isConnected || hits.some((hit) => hit.kind === 'element' && !hit.element.isConnected);
      if (gone) changed = this.setText(text, []) || changed;
    }
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
    const out: Tally[] = [];
    for (const byLabel of this.counted.values()) out.push(...byLabel.values());
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
      if (!this.counts(label)) {
        labels[i] = null;
        continue;
      }
      const tally = byLabel.get(label);
      if (tally) tally.count++;
      else byLabel.set(label, { label, at: column.cells[i] as Element, count: 1 });
    }
    return { ...column, tallies: [...byLabel.values()] };
  }

  /** Records what a text shows now, the counts following. Whether anything changed. */
  private setText(node: Text, hits: StatusHit[]): boolean {
    const had = this.byText.get(node);
    if (had) for (const hit of had) this.count(hit, node, -1);
    const kept = hits.filter((hit) => {
      if (hit.kind !== 'element') return true;
      const owner = this.claimed.get(hit.element);
      return !owner || owner === node || !owner.isConnected;
    });
    if (kept.length) this.byText.set(node, kept);
    else this.byText.delete(node);
    for (const hit of kept) this.count(hit, node, 1);
    return !!had || kept.length > 0;
  }

  private count(hit: StatusHit, node: Text, delta: 1 | -1): void {
    if (hit.kind === 'element') {
      if (delta > 0) this.claimed.set(hit.element, node);
      else if (this.claimed.get(hit.element) === node) this.claimed.delete(hit.element);
    }
    const at = hit.kind === 'element' ? hit.element : node.parentElement;
    if (!at) return;
    const parent = at.parentNode;
    let byLabel = this.counted.get(parent);
    if (!byLabel) {
      byLabel = new Map();
      this.counted.set(parent, byLabel);
    }
    const tally = byLabel.get(hit.label);
    if (tally) {
      tally.count += delta;
      // The element it was read at may have gone; another of the same parent stands for it.
      if (delta > 0) tally.at = at;
      if (tally.count <= 0) byLabel.delete(hit.label);
      if (!byLabel.size) this.counted.delete(parent);
    } else if (delta > 0) byLabel.set(hit.label, { label: hit.label, at, count: 1 });
  }

  /** Every status in document order, for stepping through them: a Status column's cells are looked at now. */
  inOrder(): StatusHit[] {
    if (this.ordered) return this.ordered;
    const all: StatusHit[] = [];
    const seen = new Set<HTMLElement>();
    for (const hits of this.byText.values()) {
      for (const hit of hits) {
        if (hit.kind === 'element' && seen.has(hit.element)) continue;
        if (hit.kind === 'element') seen.add(hit.element);
        if (isCurrent(hit)) all.push(hit);
      }
    }
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
    const out: HTMLElement[] = [];
    for (const hits of this.byText.values()) for (const hit of hits) if (hit.kind === 'element') out.push(hit.element);
    return out;
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
      const cells = column.cells;
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

  /** Whether a Status column's label counts: a status of this console, known or of its shape. */
  private counts(label: string): boolean {
    const known = this.countsCache.get(label);
    if (known !== undefined) return known;
    const module = this.module;
    const value =
      !!module.labelKind(label) ||
      !!module.unknownLike?.test(label) ||
      (!!module.unknownInStatusColumn && !/[@/]/.test(label));
    this.countsCache.set(label, value);
    return value;
  }
}

/** The first index in [0, length) for which `before` is false. */
function bisect(length: number, before: (i: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (before(middle)) low = middle + 1;
    else high = middle;
  }
  return low;
}

function nodeOf(hit: StatusHit): Node {
  return hit.kind === 'element' ? hit.element : hit.node;
}

/** Document order, across shadow roots: a node in a shadow tree stands where its host does. */
function compare(a: Node, b: Node): number {
  if (a === b) return 0;
  const position = a.compareDocumentPosition(b);
  if (position & Node.DOCUMENT_POSITION_DISCONNECTED) {
    const ha = hostChain(a);
    const hb = hostChain(b);
    return ha === a && hb === b ? 0 : compare(ha, hb);
  }
  return position & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

function hostChain(node: Node): Node {
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? hostChain(root.host) : node;
}
