/** The popup's data, apart from React: what the list shows and where the page report comes from. */
import { z } from 'zod/mini';
import { type Entry, entryById, type ProductId, productById, type Severity, sectionOf } from '../../catalog';
import { searchCatalog } from '../../catalog/search';
import type { Finding, PageReport } from '../../components/messaging/schema';

/** One option of the list: a catalog entry (found by search or on the page) or an unknown label. */
export type Item =
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

/** The page's findings as list groups by severity, unknown labels last; filtered by console. */
export function pageGroups(report: PageReport, products: ReadonlySet<ProductId>): Group[] {
  const groups = new Map<Group['id'], Group>();
  for (const finding of report.findings) {
    if (products.size > 0 && !products.has(finding.product)) continue;
    const entry = finding.entryId ? entryById(finding.entryId) : undefined;
    const item: Item = entry
      ? {
          kind: 'entry',
          key: `page:${entry.id}:${finding.label}`,
          entry,
          label: finding.label,
          sectionId: finding.section ?? entry.section,
          count: finding.count,
        }
      : { kind: 'unknown', key: `page:?:${finding.product}:${finding.section}:${finding.label}`, finding };
    const id: Group['id'] = entry ? (finding.severity ?? entry.severity) : 'unknown';
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

const countOf = (item: Item) => (item.kind === 'entry' ? (item.count ?? 0) : item.finding.count);

export function searchItems(query: string, products: ReadonlySet<ProductId>, limit = 30): Item[] {
  return searchCatalog(query, { products: [...products], limit }).map((hit) => ({
    kind: 'entry',
    key: `search:${hit.entry.id}`,
    entry: hit.entry,
    label: hit.matchedLabel,
    sectionId: hit.entry.section,
  }));
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
