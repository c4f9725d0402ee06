import Fuse from 'fuse.js';
import { CATALOG } from '../../catalog';
import type { ProductId } from '../../catalog/schema';
import { foldLabel } from '../../catalog/text';
import type { DeskEntry } from '../../components/desk/schema';

/**
 * What a desk note's status field offers and checks: the labels a console shows in a section, from the catalog
 * and the desk's own entries, and a warning for a label none of them has ("Spce Full" would never show anywhere),
 * with the nearest known label as a suggestion.
 */

export interface LabelTarget {
  product: ProductId;
  /** null: any section of the console. */
  section: string | null;
}

/** The labels known in a console's section (any section for null), catalog's first, each once. */
export function knownLabels(target: LabelTarget, deskEntries: readonly DeskEntry[] = []): string[] {
  const inTarget = (e: { product: ProductId; section: string | null }) =>
    e.product === target.product && (target.section === null || e.section === null || e.section === target.section);
  const labels = [
    ...CATALOG.filter(inTarget).flatMap((e) => e.labels),
    ...deskEntries.filter(inTarget).map((e) => e.label),
  ];
  const seen = new Set<string>();
  return labels.filter((l) => {
    const key = foldLabel(l);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export type LabelCheck =
  /** Nothing typed, a known label, or the start of one (still being typed). */
  | { kind: 'fine' }
  /** No known label is or starts with it; `suggestion` is the nearest, when one is near. */
  | { kind: 'unknown'; suggestion?: string };

export function checkLabel(label: string, known: readonly string[]): LabelCheck {
  const typed = foldLabel(label);
  if (!typed) return { kind: 'fine' };
  const folded = known.map(foldLabel);
  if (folded.some((k) => k === typed || k.startsWith(typed))) return { kind: 'fine' };
  // Codes are spelt with underscores and labels with spaces: "space_full" means Space Full.
  const spaced = typed.replace(/[_-]+/g, ' ');
  const same = known.find((_, i) => folded[i]?.replace(/[_-]+/g, ' ') === spaced);
  if (same) return { kind: 'unknown', suggestion: same };
  const [best] = new Fuse(known as string[], { includeScore: true, ignoreLocation: true, threshold: 0.4 }).search(
    label.trim(),
  );
  return best ? { kind: 'unknown', suggestion: best.item } : { kind: 'unknown' };
}
