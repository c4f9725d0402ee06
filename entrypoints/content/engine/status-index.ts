/**
 * Every status of the page, kept up to date as the page changes: what the report counts and what the
 * keyboard commands step through. Built in idle slices by the scheduler; hover and focus never use it.
 */
import { CATALOG } from '../../../catalog';
import type { ConsoleModule } from '../consoles/types';
import { candidateTexts, ExclusionMemo, openShadowRoots, statusColumnTexts, statusesOfText } from '../find/candidates';
import { isCurrent, type StatusHit } from '../find/status';
import type { Job } from './scheduler';

/** Candidates judged per step of a job. */
const STEP = 64;

export class StatusIndex {
  /** The statuses found, by the text that shows them. */
  private readonly byText = new Map<Text, StatusHit[]>();
  private readonly labels: string[];
  private ordered: StatusHit[] | null = null;
  /** Called when a job has changed what the index holds. */
  onChange: () => void = () => {};
  /** Called with each open shadow root found, for the watcher to observe. */
  onShadowRoot: (root: ShadowRoot) => void = () => {};

  constructor(private readonly module: ConsoleModule) {
    this.labels = CATALOG.filter((e) => e.product === module.product).flatMap((e) => e.labels);
  }

  /** A job that finds the statuses under `roots` (the document, or what the page added) and takes them in. */
  *take(roots: readonly Node[], texts: readonly Text[] = []): Job {
    const memo = new ExclusionMemo();
    const queue: Node[] = [...roots];
    let changed = false;
    for (const text of texts) changed = this.judge(text, memo) || changed;
    for (let r = 0; r < queue.length; r++) {
      const root = queue[r] as Node;
      if (!root.isConnected) continue;
      for (const shadow of openShadowRoots(root)) {
        this.onShadowRoot(shadow);
        queue.push(shadow);
      }
      const candidates = [...candidateTexts(this.module, this.labels, root), ...statusColumnTexts(this.module, root)];
      yield;
      for (let i = 0; i < candidates.length; i++) {
        changed = this.judge(candidates[i] as Text, memo) || changed;
        if (i % STEP === STEP - 1) yield;
      }
    }
    if (changed) {
      this.ordered = null;
      this.onChange();
    }
  }

  /** Forgets what the page removed or changed, so a page re-rendered for hours accumulates nothing. */
  prune(): void {
    let changed = false;
    for (const [text, hits] of this.byText) {
      if (!text.isConnected || !hits.every(isCurrent)) {
        this.byText.delete(text);
        changed = true;
      }
    }
    if (changed) {
      this.ordered = null;
      this.onChange();
    }
  }

  /** Every status found, each once (an element that shows its label over several texts counts once). */
  all(): StatusHit[] {
    const seen = new Set<HTMLElement>();
    const out: StatusHit[] = [];
    for (const hits of this.byText.values()) {
      for (const hit of hits) {
        if (hit.kind === 'element') {
          if (seen.has(hit.element)) continue;
          seen.add(hit.element);
        }
        out.push(hit);
      }
    }
    return out;
  }

  /** Every status in document order, for stepping through them. */
  inOrder(): StatusHit[] {
    if (!this.ordered) {
      this.ordered = this.all()
        .filter(isCurrent)
        .sort((a, b) => compare(nodeOf(a), nodeOf(b)));
    }
    return this.ordered;
  }

  /** The statuses nearest to `node` in document order, `count` on each side: where Tab goes next. */
  around(node: Node, count: number): StatusHit[] {
    const list = this.inOrder();
    let low = 0;
    let high = list.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (compare(nodeOf(list[middle] as StatusHit), node) < 0) low = middle + 1;
      else high = middle;
    }
    return list.slice(Math.max(0, low - count), low + count);
  }

  get size(): number {
    return this.byText.size;
  }

  private judge(text: Text, memo: ExclusionMemo): boolean {
    const hits = text.isConnected ? statusesOfText(this.module, text, memo) : [];
    const had = this.byText.get(text);
    if (hits.length) this.byText.set(text, hits);
    else this.byText.delete(text);
    return !!had || hits.length > 0;
  }
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
