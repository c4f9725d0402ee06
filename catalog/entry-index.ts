/**
 * One console's entries, looked up by label, section and id. Made from a list, wherever the list comes from: the
 * catalog's data files (./index.ts, for the background and the extension's pages) or what the background sends a
 * content script for the one console its page is.
 */
import type { Entry } from './schema';
import { foldLabel } from './text';

export class EntryIndex {
  private readonly byLabel = new Map<string, Entry[]>();

  constructor(readonly entries: readonly Entry[]) {
    for (const entry of entries) {
      for (const label of entry.labels) {
        const key = foldLabel(label);
        this.byLabel.set(key, [...(this.byLabel.get(key) ?? []), entry]);
      }
    }
  }

  /** Every entry a label names, one per section it appears in. */
  forLabel(label: string): readonly Entry[] {
    return this.byLabel.get(foldLabel(label)) ?? [];
  }

  /**
   * The entry a label names in a section. Without a section, the label must be unique in its console (codes are;
   * Dropsuite's common words are not, so "Failed" needs its section).
   */
  lookup(section: string | undefined, label: string): Entry | undefined {
    const found = this.forLabel(label);
    if (section === undefined) return found.length === 1 ? found[0] : undefined;
    return found.find((e) => e.section === section);
  }

  byId(id: string): Entry | undefined {
    return this.entries.find((e) => e.id === id);
  }

  /** The labels, folded (see foldLabel), each once. */
  foldedLabels(): Iterable<string> {
    return this.byLabel.keys();
  }
}
