/** The popup's data, apart from React: what the list shows and where the page report comes from. */
import { z } from 'zod/mini';
import {
  type Entry,
  entriesForLabel,
  entryById,
  type ProductId,
  productById,
  type Severity,
  sectionOf,
} from '../../catalog';
import { searchCatalog } from '../../catalog/search';
import { deskEntryById, deskEntryFor } from '../../components/desk/match';
import {
  type Desk,
  type DeskEntry,
  type DeskNote,
  deskEntryId,
  EMPTY_DESK,
  isDeskEntryId,
  type Sourced,
} from '../../components/desk/schema';
import { searchDesk } from '../../components/desk/search';
import type { Finding, PageReport } from '../../components/messaging/schema';

/**
 * One option of the list: a catalog entry (found by search or on the page), a status only the desk explains, a
 * desk note whose status neither explains (found by search), or an unknown label.
 */
export type Item =
  | {
      kind: 'desk';
      key: string;
      entry: Sourced<DeskEntry>;
      label: string;
      sectionId: string | null;
      count?: number;
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
    }
  | { kind: 'unknown'; key: string; finding: Finding };

export interface Group {
  id: Severity | 'unknown';
  name: string;
  items: Item[];
  /** Occurrences on the page, summed over the group's statuses. */
  count: number;
}

/** Worst first: what needs action leads. */
export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info', 'progress', 'success'];

const GROUP_NAME: Record<Group['id'], [singular: string, plural: string]> = {
  error: ['error', 'errors'],
  warning: ['warning', 'warnings'],
  info: ['notice', 'notices'],
  progress: ['in progress', 'in progress'],
  success: ['success', 'successes'],
  unknown: ['unknown', 'unknown'],
};

export function groupTitle(id: Group['id']): string {
  const title = { error: 'Errors', warning: 'Warnings', info: 'Notices', progress: 'In progress', success: 'Success' };
  return id === 'unknown' ? 'Not in the catalog' : title[id];
}

/** "3 errors, 2 warnings, 1 unknown". */
export function summary(groups: readonly Group[]): string {
  return groups
    .map((g) => {
      const [one, many] = GROUP_NAME[g.id];
      return `${g.count} ${g.count === 1 ? one : many}`;
    })
    .join(', ');
}

export function placeName(product: ProductId, sectionId: string | null): string {
  const section = sectionId ? sectionOf(product, sectionId) : undefined;
  const name = productById(product).shortName;
  return section ? `${name} › ${section.name}` : name;
}

/**
 * The desk entry a finding stands for: the one it names (`desk:…` id), or, for a label reported unknown, the
 * one that explains it (a page scanned before the desk had it).
 */
export function deskEntryOfFinding<E extends DeskEntry>(
  finding: Finding,
  desk: { entries: readonly E[] },
): E | undefined {
  if (isDeskEntryId(finding.entryId)) return deskEntryById(desk, finding.entryId as string);
  if (finding.entryId !== null) return undefined;
  return deskEntryFor(desk, finding);
}

/** The page's findings as list groups by severity, unknown labels last; filtered by console. */
export function pageGroups(report: PageReport, products: ReadonlySet<ProductId>, desk: Desk = EMPTY_DESK): Group[] {
  const groups = new Map<Group['id'], Group>();
  for (const finding of report.findings) {
    if (products.size > 0 && !products.has(finding.product)) continue;
    const entry = finding.entryId && !isDeskEntryId(finding.entryId) ? entryById(finding.entryId) : undefined;
    const deskEntry = entry ? undefined : deskEntryOfFinding(finding, desk);
    const item: Item = entry
      ? {
          kind: 'entry',
          key: `page:${entry.id}:${finding.label}`,
          entry,
          label: finding.label,
          sectionId: finding.section ?? entry.section,
          count: finding.count,
        }
      : deskEntry
        ? {
            kind: 'desk',
            key: `page:${deskEntryId(deskEntry)}:${finding.label}`,
            entry: deskEntry,
            label: finding.label,
            sectionId: finding.section ?? deskEntry.section,
            count: finding.count,
          }
        : { kind: 'unknown', key: `page:?:${finding.product}:${finding.section}:${finding.label}`, finding };
    const id: Group['id'] = entry ? (finding.severity ?? entry.severity) : deskEntry ? deskEntry.severity : 'unknown';
    const group = groups.get(id) ?? { id, name: groupTitle(id), items: [], count: 0 };
    group.items.push(item);
    group.count += finding.count;
    groups.set(id, group);
  }
  const order: Group['id'][] = [...SEVERITY_ORDER, 'unknown'];
  return order.flatMap((id) => {
    const group = groups.get(id);
    if (!group) return [];
    group.items.sort((a, b) => countOf(b) - countOf(a));
    return [group];
  });
}

const countOf = (item: Item) =>
  item.kind === 'entry' || item.kind === 'desk' ? (item.count ?? 0) : item.kind === 'unknown' ? item.finding.count : 0;

/**
 * Search results: the desk's entries and the statuses its notes are on first (what the desk wrote matched the
 * query word for word), then the catalog's.
 */
export function searchItems(
  query: string,
  products: ReadonlySet<ProductId>,
  limit = 30,
  desk: Desk = EMPTY_DESK,
): Item[] {
  const items: Item[] = [];
  const keys = new Set<string>();
  const add = (item: Item) => {
    if (keys.has(item.key)) return;
    keys.add(item.key);
    items.push(item);
  };
  const deskItem = (entry: Sourced<DeskEntry>): Item => ({
    kind: 'desk',
    key: `search:${deskEntryId(entry)}`,
    entry,
    label: entry.label,
    sectionId: entry.section,
  });
  const found = searchDesk(desk, query, products);
  for (const entry of found.entries) add(deskItem(entry));
  for (const note of found.notes) {
    const label = note.label;
    const onCatalog = label
      ? entriesForLabel(note.product, label).filter((e) => note.section === null || e.section === note.section)
      : [];
    const onDesk = label ? deskEntryFor(desk, { product: note.product, section: note.section, label }) : undefined;
    if (onCatalog.length > 0 && label) {
      for (const entry of onCatalog) {
        add({ kind: 'entry', key: `search:${entry.id}`, entry, label, sectionId: entry.section });
      }
    } else if (onDesk) add(deskItem(onDesk));
    else
      add({ kind: 'note', key: `note:${JSON.stringify([note.product, note.section, note.label, note.text])}`, note });
  }
  for (const hit of searchCatalog(query, { products: [...products], limit })) {
    add({
      kind: 'entry',
      key: `search:${hit.entry.id}`,
      entry: hit.entry,
      label: hit.matchedLabel,
      sectionId: hit.entry.section,
    });
  }
  return items.slice(0, limit);
}

/** `popup.html?tab=<id>` names the tab to inspect (tests open the popup as a tab of its own). */
const TabParamSchema = z.pipe(
  z.pipe(z.string().check(z.regex(/^[1-9]\d{0,15}$/)), z.transform(Number)),
  z.int().check(z.positive(), z.lte(Number.MAX_SAFE_INTEGER)),
);

export function tabFromUrl(search: string): number | undefined {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null) return undefined;
  const parsed = TabParamSchema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}
