import type { Severity } from '../../catalog';
import { type Item, placeName } from './items';

/** What an option of the list shows: its label, where it stands, one line of what it means, count and severity. */
export interface OptionView {
  label: string;
  /** Console and section, plainly: three "Failed" are told apart by it. */
  place: string;
  /** One line of meaning; the full text is in the detail. */
  meaning: string;
  count: number | undefined;
  severity: Severity | 'unknown';
  /** The desk explains or notes it. */
  desk: boolean;
}

export function optionView(item: Item): OptionView {
  switch (item.kind) {
    case 'entry':
      return {
        label: item.label,
        place: placeName(item.entry.product, item.sectionId ?? item.entry.section),
        meaning: item.entry.meaning,
        count: item.count,
        severity: item.entry.severity,
        desk: false,
      };
    case 'desk':
      return {
        label: item.label,
        place: placeName(item.entry.product, item.sectionId),
        meaning: item.entry.meaning,
        count: item.count,
        severity: item.entry.severity,
        desk: true,
      };
    case 'note':
      return {
        label: item.note.label ?? 'Every status',
        place: placeName(item.note.product, item.note.section),
        meaning: item.note.text,
        count: undefined,
        severity: 'unknown',
        desk: true,
      };
    default:
      return {
        label: item.finding.label,
        place: placeName(item.finding.product, item.finding.section),
        meaning: 'Not in the catalog yet: open it to explain it for the desk.',
        count: item.finding.count,
        severity: 'unknown',
        desk: false,
      };
  }
}
