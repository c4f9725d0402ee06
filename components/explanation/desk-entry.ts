/**
 * A status only the desk explains (the catalog lacks it): the card shows the desk's meaning and steps like a
 * catalog entry's, marked as the desk's so nobody mistakes them for the vendor's word.
 */
import type { DeskOrigin } from '../desk/schema';
import { node } from './dom';

function deskEntryMark(origin: DeskOrigin | undefined): string {
  return origin === 'policy'
    ? 'Explained by your organisation’s support desk, not by the catalog'
    : 'Explained by your support desk, not by the catalog';
}

/** The mark under the meaning of a desk entry's card. */
export function renderDeskEntryMark(doc: Document, origin: DeskOrigin | undefined): HTMLElement {
  const mark = node(doc, 'p', 'sl-x-desk-mark', deskEntryMark(origin));
  mark.dataset.origin = origin ?? 'user';
  return mark;
}
