/**
 * "Copy errors for a ticket" on This page: one block a support desk can paste for the whole page, each error in
 * the shape of the card's own ticket (components/explanation/ticket.ts), its rows' IDs in the ID's line.
 */

import { popupView } from '../../components/explanation/ExplanationView';
import { ticketText } from '../../components/explanation/ticket';
import type { Item, PageRow } from './items';
import { placeName } from './items';
import type { Group } from './page-groups';

/** IDs listed per status before the rest are only counted. */
const IDS_SHOWN = 10;

/** The IDs of a status's rows, as its ticket's ID line says them: "M-7783, M-7784 and 3 more". */
export function idsOf(rows: readonly PageRow[] = []): string | null {
  const ids = [...new Set(rows.map((r) => r.id).filter((id): id is string => !!id))];
  if (ids.length === 0) return null;
  const shown = ids.slice(0, IDS_SHOWN).join(', ');
  return ids.length > IDS_SHOWN ? `${shown} and ${ids.length - IDS_SHOWN} more` : shown;
}

/** The ticket of one status on the page: the card's ticket, with every row's ID and how many show it. */
function itemTicket(item: Extract<Item, { kind: 'entry' | 'desk' }>): string {
  const props = { label: item.label, sectionId: item.sectionId, supportIdValue: idsOf(item.rows) };
  const view =
    item.kind === 'entry' ? popupView({ entry: item.entry, ...props }) : popupView({ deskEntry: item.entry, ...props });
  const count = item.count ?? 0;
  return count > 1 ? `${ticketText(view)}\nOn this page: ${count} times` : ticketText(view);
}

/** The page's errors as one block, or null where it shows none. */
export function pageTicket(groups: readonly Group[], host: string): string | null {
  const errors = groups.find((g) => g.id === 'error')?.items ?? [];
  const known = errors.filter(
    (i): i is Extract<Item, { kind: 'entry' | 'desk' }> => i.kind === 'entry' || i.kind === 'desk',
  );
  if (known.length === 0) return null;
  const first = known[0];
  const place = first ? placeName(first.entry.product, null) : '';
  const where = host ? `${host} (${place})` : place;
  const head = `Errors on ${where}: ${known.length} ${known.length === 1 ? 'status' : 'statuses'}`;
  return [head, ...known.map(itemTicket)].join('\n\n');
}
