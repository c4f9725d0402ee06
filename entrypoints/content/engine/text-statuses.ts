/**
 * The statuses found in texts (outside Status columns), by the text that shows them, counted as they come and
 * go: a page re-rendered for hours is counted by what changed, and accumulates nothing.
 */
import { isCurrent, type StatusHit } from '../find/status';

/** Labels of the page counted together: a Status column's label counts once per cell showing it. */
export interface Tally {
  label: string;
  /** A status showing the label: where its section and entry are read. */
  at: Element;
  count: number;
}

export class TextStatuses {
  /** Statuses found in texts, by the text that shows them. */
  private readonly byText = new Map<Text, StatusHit[]>();
  /** Which text an element status was taken from: a label split over elements is one status. */
  private readonly claimed = new Map<HTMLElement, Text>();
  /** Counts by the parent of their element and label. */
  private readonly counted = new Map<Node | null, Map<string, Tally>>();

  /** Records what a text shows now, the counts following. Whether anything changed. */
  set(node: Text, hits: StatusHit[]): boolean {
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

  /** Forgets what left the page; what changed in place comes again as a changed text. Whether any went. */
  prune(): boolean {
    let changed = false;
    for (const [text, hits] of this.byText) {
      const gone = !text.isConnected || hits.some((hit) => hit.kind === 'element' && !hit.element.isConnected);
      if (gone) changed = this.set(text, []) || changed;
    }
    return changed;
  }

  tallies(): Tally[] {
    const out: Tally[] = [];
    for (const byLabel of this.counted.values()) out.push(...byLabel.values());
    return out;
  }

  /** Up to `limit` statuses still on the page, one per label. */
  samples(limit: number): StatusHit[] {
    const found = new Map<string, StatusHit>();
    for (const hits of this.byText.values()) {
      for (const hit of hits) {
        if (found.size >= limit) return [...found.values()];
        if (!found.has(hit.label) && isCurrent(hit)) found.set(hit.label, hit);
      }
    }
    return [...found.values()];
  }

  /** The statuses still shown, each element once. */
  current(): StatusHit[] {
    const all: StatusHit[] = [];
    const seen = new Set<HTMLElement>();
    for (const hits of this.byText.values()) {
      for (const hit of hits) {
        if (hit.kind === 'element' && seen.has(hit.element)) continue;
        if (hit.kind === 'element') seen.add(hit.element);
        if (isCurrent(hit)) all.push(hit);
      }
    }
    return all;
  }

  /** Element statuses: few, watched one by one for Tab. */
  elements(): HTMLElement[] {
    const out: HTMLElement[] = [];
    for (const hits of this.byText.values()) for (const hit of hits) if (hit.kind === 'element') out.push(hit.element);
    return out;
  }
}
