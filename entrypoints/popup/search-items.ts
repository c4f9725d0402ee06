/** The popup's search: the desk's notes and entries, then the catalog, the console preferred ranked first. */
import { entriesForLabel, type ProductId } from '../../catalog';
import { searchCatalog } from '../../catalog/search';
import { deskEntryFor } from '../../components/desk/match';
import { type Desk, type DeskEntry, deskEntryId, EMPTY_DESK, type Sourced } from '../../components/desk/schema';
import { searchDesk } from '../../components/desk/search';
import { type Item, productOf } from './items';

/**
 * Search results: the desk's entries and the statuses its notes are on first (what the desk wrote matched the
 * query word for word), then the catalog's. With `prefer`, that console's results come first in each (the
 * catalog keeps an exact label or code of another console on top: it is what was typed).
 */
export function searchItems(
  query: string,
  products: ReadonlySet<ProductId>,
  limit = 30,
  desk: Desk = EMPTY_DESK,
  prefer?: ProductId,
): Item[] {
  const desks: Item[] = [];
  const keys = new Set<string>();
  const add = (list: Item[], item: Item) => {
    if (keys.has(item.key)) return;
    keys.add(item.key);
    list.push(item);
  };
  const deskItem = (entry: Sourced<DeskEntry>): Item => ({
    kind: 'desk',
    key: `search:${deskEntryId(entry)}`,
    entry,
    label: entry.label,
    sectionId: entry.section,
  });
  const found = searchDesk(desk, query, products);
  for (const entry of found.entries) add(desks, deskItem(entry));
  for (const note of found.notes) {
    const label = note.label;
    const onCatalog = label
      ? entriesForLabel(note.product, label).filter((e) => note.section === null || e.section === note.section)
      : [];
    const onDesk = label ? deskEntryFor(desk, { product: note.product, section: note.section, label }) : undefined;
    if (onCatalog.length > 0 && label) {
      for (const entry of onCatalog) {
        add(desks, { kind: 'entry', key: `search:${entry.id}`, entry, label, sectionId: entry.section });
      }
    } else if (onDesk) add(desks, deskItem(onDesk));
    else
      add(desks, {
        kind: 'note',
        key: `note:${JSON.stringify([note.product, note.section, note.label, note.text])}`,
        note,
      });
  }
  const items = prefer ? preferring(desks, prefer) : desks;
  for (const hit of searchCatalog(query, { products: [...products], limit, ...(prefer ? { prefer } : {}) })) {
    add(items, {
      kind: 'entry',
      key: `search:${hit.entry.id}`,
      entry: hit.entry,
      label: hit.matchedLabel,
      sectionId: hit.entry.section,
    });
  }
  return items.slice(0, limit);
}

/** The console's items first, each part in its order. */
function preferring(items: Item[], product: ProductId): Item[] {
  return [...items.filter((i) => productOf(i) === product), ...items.filter((i) => productOf(i) !== product)];
}
