/**
 * A status only the desk explains (the catalog lacks it): the card shows the desk's meaning and steps like a
 * catalog entry's, marked as the desk's so nobody mistakes them for the vendor's word.
 */
import type { DeskOrigin } from '../desk/schema';
import { deskText, node } from './dom';

function deskEntryMark(origin: DeskOrigin | undefined): string {
  return origin === 'policy'
    ? 'Explained by your organisation’s support desk, not by the catalog'
    : 'Explained by your support desk, not by the catalog';
}

/** The mark under the meaning of a desk entry's card (on a console's page, no text of the page's: deskText). */
export function renderDeskEntryMark(
  doc: Document,
  origin: DeskOrigin | undefined,
  where: 'page' | 'popup',
): HTMLElement {
  const mark = node(doc, 'p', 'sl-x-desk-mark');
  mark.append(deskText(doc, deskEntryMark(origin), where));
  mark.dataset.origin = origin ?? 'user';
  return mark;
}
