/**
 * Resolve, once per status shown: what it means where it stands — its catalog entry in the section the page
 * shows it in (or the desk's own entry), the ID support asks for read from its row, the row's context, the desk's
 * notes — as one `Resolved`, which the card, the Tab stops and the keyboard commands take as it is. Read from the
 * page at the moment asked: a tab switch changes the section, a re-render the label.
 */
import type { Section } from '../../../catalog/schema';
import { deskEntryFor, deskNotesFor } from '../../../components/desk/match';
import type { Desk } from '../../../components/desk/schema';
import type { StatusView, Subject } from '../../../components/explanation/model';
import type { ConsoleModule } from '../console-module';
import { hostOf, rangeOf, type StatusHit } from '../find/status';
import { safely } from '../safely';
import { rowContext, rowOf } from './row';
import { supportIdIn } from './support-id';

/** What a status stands at on the page: an element that is a status as a whole, or the Range of a code. */
export type Anchor = HTMLElement | Range;

export interface Resolved {
  hit: StatusHit;
  anchor: Anchor;
  /** The element the status belongs to: itself, or the element holding its text. */
  element: HTMLElement | null;
  /** The catalog entry's or desk entry's id ("unknown" for neither): the Tab stop's marker. */
  id: string;
  view: StatusView;
}

/** The section a status stands in: the one its label names, else the page's, read now. */
export function sectionAt(module: ConsoleModule, label: string, element: Element | null): string | null {
  return module.sectionOfLabel?.(label) ?? (element ? safely(() => module.sectionOf(element), null) : null);
}

/** Everything the card and the ticket say about a status, read once; null when it left the page. */
export function resolve(module: ConsoleModule, hit: StatusHit, desk: Desk): Resolved | null {
  const anchor: Anchor | null = hit.kind === 'element' ? hit.element : rangeOf(hit);
  if (!anchor) return null;
  const element = hostOf(hit);
  const definition = module.definition;
  const sectionId = sectionAt(module, hit.label, element);
  const entry = module.resolve(hit.label, sectionId);
  // The entry's own section when the page did not tell: its steps are written for it.
  const section: Section | null =
    definition.sections.find((s) => s.id === (sectionId ?? entry?.section)) ??
    (definition.sections.length === 1 ? (definition.sections[0] ?? null) : null);
  const product = module.product;
  const deskEntry = entry ? undefined : deskEntryFor(desk, { product, section: section?.id ?? null, label: hit.label });
  const subject: Subject = entry
    ? { kind: 'known', entry }
    : deskEntry
      ? { kind: 'desk', entry: deskEntry }
      : { kind: 'unknown' };
  const row = element ? safely(() => rowOf(element), null) : null;
  const spec = section?.supportId ?? null;
  const value = row && element && spec ? safely(() => supportIdIn(row, element, spec), null) : null;
  const view: StatusView = {
    label: hit.label,
    console: { id: product, shortName: definition.shortName },
    section: section && definition.sections.length > 1 ? { id: section.id, name: section.name } : null,
    subject,
    severity: subject.kind === 'unknown' ? null : subject.entry.severity,
    supportId: spec ? { label: spec.label, value } : null,
    row: row && element ? safely(() => rowContext(row, element), []) : [],
    notes: deskNotesFor(desk, { product, section: section?.id ?? null, label: hit.label, labels: entry?.labels }),
  };
  const id = entry?.id ?? 'unknown';
  return { hit, anchor, element, id, view };
}
