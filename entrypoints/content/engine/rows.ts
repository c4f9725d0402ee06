/**
 * The rows behind a report's statuses, for the popup's This page: under each status, the rows that show it with
 * the ID support asks for and their other cells. Read only when someone asks for every status (it reads each
 * status's row), and at most ROWS_PER_FINDING a status.
 */
import { type Finding, ROWS_PER_FINDING } from '../../../components/messaging/schema';
import type { ConsoleModule } from '../console-module';
import { hostOf, type StatusHit } from '../find/status';
import { rowContext, rowOf } from '../resolve/row';
import { supportIdIn } from '../resolve/support-id';
import { safely } from '../safely';
import type { ResolutionCache } from './report';

type Row = NonNullable<Finding['rows']>[number];

/** The key a finding is counted under: its section, label and entry. */
export const findingKey = (section: string | null, label: string, entryId: string | null) =>
  `${section}|${label}|${entryId ?? ''}`;

export function withRows(
  module: ConsoleModule,
  findings: readonly Finding[],
  hits: readonly StatusHit[],
  cache: ResolutionCache,
): Finding[] {
  const rows = new Map<string, Row[]>();
  hits.forEach((hit, at) => {
    const { section, entry } = cache.get(hit);
    const key = findingKey(section, hit.label, entry?.id ?? null);
    const list = rows.get(key) ?? [];
    if (list.length >= ROWS_PER_FINDING) return;
    rows.set(key, list);
    const element = hostOf(hit);
    const row = element ? safely(() => rowOf(element), null) : null;
    if (!row || !element) {
      list.push({ id: null, context: '', at });
      return;
    }
    const spec = module.definition.sections.find((s) => s.id === (section ?? entry?.section))?.supportId;
    const id = spec ? safely(() => supportIdIn(row, element, spec), null) : null;
    const cells = safely(() => rowContext(row, element), []);
    // The ID is said apart: the context is the row's other cells.
    const context = cells
      .filter((c) => c.value !== id)
      .map((c) => (c.name ? `${c.name}: ${c.value}` : c.value))
      .join(' · ');
    list.push({ id, context: context.slice(0, 400), at });
  });
  return findings.map((f) => ({ ...f, rows: rows.get(findingKey(f.section, f.label, f.entryId)) ?? [] }));
}
