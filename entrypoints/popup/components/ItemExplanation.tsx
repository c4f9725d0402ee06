import { deskNotesFor } from '../../../components/desk/match';
import type { Desk } from '../../../components/desk/schema';
import { Explanation } from '../../../components/explanation/ExplanationView';
import type { Item } from '../items';

/** The explanation of an opened status: the catalog's entry, or the desk's own for a status the catalog lacks. */
export function ItemExplanation({ item, desk }: { item: Extract<Item, { kind: 'entry' | 'desk' }>; desk: Desk }) {
  const shared = {
    label: item.label,
    sectionId: item.sectionId,
    headingLevel: 2,
    focusTitle: true,
    deskNotes: deskNotesFor(desk, {
      product: item.entry.product,
      section: item.sectionId,
      label: item.label,
      ...(item.kind === 'entry' ? { labels: item.entry.labels } : {}),
    }),
  } as const;
  return item.kind === 'entry' ? (
    <Explanation entry={item.entry} {...shared} />
  ) : (
    <Explanation deskEntry={item.entry} {...shared} />
  );
}
