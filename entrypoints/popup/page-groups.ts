/** The statuses of the page, as the popup's This page lists them: grouped by severity, worst first. */
import { entryById, type ProductId, type Severity } from '../../catalog';
import { deskEntryById, deskEntryFor } from '../../components/desk/match';
import { type Desk, type DeskEntry, deskEntryId, EMPTY_DESK, isDeskEntryId } from '../../components/desk/schema';
import type { Finding, PageReport } from '../../components/messaging/schema';
import type { Item } from './items';

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
          rows: finding.rows ?? [],
        }
      : deskEntry
        ? {
            kind: 'desk',
            key: `page:${deskEntryId(deskEntry)}:${finding.label}`,
            entry: deskEntry,
            label: finding.label,
            sectionId: finding.section ?? deskEntry.section,
            count: finding.count,
            rows: finding.rows ?? [],
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
