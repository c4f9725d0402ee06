/** What the popup's list holds: catalog entries, desk entries and notes, unknown labels; and where each stands. */
import { type Entry, type ProductId, productById, sectionOf } from '../../catalog';
import type { DeskEntry, DeskNote, Sourced } from '../../components/desk/schema';
import type { Finding } from '../../components/messaging/schema';

/**
 * One option of the list: a catalog entry (found by search or on the page), a status only the desk explains, a
 * desk note whose status neither explains (found by search), or an unknown label.
 */
/** A row of the page that shows a status: the ID support asks for, its other cells, where it stands. */
export type PageRow = NonNullable<Finding['rows']>[number];

export type Item =
  | {
      kind: 'desk';
      key: string;
      entry: Sourced<DeskEntry>;
      label: string;
      sectionId: string | null;
      count?: number;
      rows?: readonly PageRow[];
    }
  | { kind: 'note'; key: string; note: Sourced<DeskNote> }
  | {
      kind: 'entry';
      key: string;
      entry: Entry;
      /** The label to show: the code the query matched, or the text on the page. */
      label: string;
      sectionId: string | null;
      /** Occurrences on the page; absent for search results. */
      count?: number;
      /** The rows of the page that show it (This page). */
      rows?: readonly PageRow[];
    }
  | { kind: 'unknown'; key: string; finding: Finding };

/** "Dropsuite › Migrates", or the console's name alone where no section is known. */
export function placeName(product: ProductId, sectionId: string | null): string {
  const section = sectionId ? sectionOf(product, sectionId) : undefined;
  const name = productById(product).shortName;
  return section ? `${name} › ${section.name}` : name;
}

/** The console an item belongs to. */
export function productOf(item: Item): ProductId {
  switch (item.kind) {
    case 'entry':
    case 'desk':
      return item.entry.product;
    case 'note':
      return item.note.product;
    default:
      return item.finding.product;
  }
}
