/**
 * Resolve: what a status means where it stands — its catalog entry in the section the page shows it in,
 * and the ID support asks for, read from the status's own row. Read from the page at the moment asked:
 * a tab switch changes the section, a re-render the label.
 */
import { productById } from '../../catalog/products';
import type { Entry } from '../../catalog/schema';
import { deskEntryFor, deskNotesFor } from '../../components/desk/match';
import { type Desk, EMPTY_DESK } from '../../components/desk/schema';
import type { Finding, PageReport } from '../../components/messaging/schema';
import type { ConsoleModule } from './consoles/types';
import type { Tally } from './engine/text-statuses';
import { hostOf, type StatusHit } from './find/status';
import type { TooltipSubject } from './present/tooltip-content';

/** Where statuses share their section: one read per table, panel or section and label. */
const GROUP = 'table, [role="table"], [role="grid"], [role="tabpanel"], .tab-pane, section';

export interface Resolution {
  section: string | null;
  entry: Entry | undefined;
}

/** The entry of one status, now. */
export function resolveHit(module: ConsoleModule, hit: StatusHit): Resolution {
  const element = hostOf(hit);
  const section =
    module.sectionOfLabel?.(hit.label) ?? (element ? safely(() => module.sectionOf(element), null) : null);
  return { section, entry: module.resolve(hit.label, section) };
}

/**
 * What the tooltip shows for a status: its explanation in context with the desk's notes on it, the desk's own
 * explanation of a status the catalog does not know, or that nobody knows it yet.
 */
export function subjectOf(module: ConsoleModule, hit: StatusHit, desk: Desk = EMPTY_DESK): TooltipSubject {
  const { section, entry } = resolveHit(module, hit);
  const element = hostOf(hit);
  const product = module.product;
  const ref = { product, section: section ?? entry?.section ?? null, label: hit.label };
  const deskNotes = deskNotesFor(desk, { ...ref, entryId: entry?.id ?? null });
  const supportIdValue = element ? safely(() => module.supportIdOf(element, section), null) : null;
  const context = { label: hit.label, sectionId: section, supportIdValue };
  if (entry) return { kind: 'known', entry, context, deskNotes, ref };
  const deskEntry = deskEntryFor(desk, ref);
  if (deskEntry) return { kind: 'desk', deskEntry, context, deskNotes, ref };
  return { kind: 'unknown', label: hit.label, productName: productById(product).name, ref };
}

/** Resolves many statuses, each table or panel's section read once. */
export class ResolutionCache {
  private readonly byGroup = new Map<Element | null, Map<string, Resolution>>();
  private readonly sectionOfGroup = new Map<Element | null, string | null>();
  /** Statuses that share a parent share its group: lines of a log, cells of a row. */
  private readonly groupByParent = new Map<Element | null, Element | null>();

  private groupOf(element: Element): Element | null {
    const parent = element.parentElement;
    let group = this.groupByParent.get(parent);
    if (group === undefined) {
      group = element.closest(GROUP);
      this.groupByParent.set(parent, group);
    }
    return group;
  }

  constructor(private readonly module: ConsoleModule) {}

  get(hit: StatusHit): Resolution {
    const element = hostOf(hit);
    return element ? this.at(element, hit.label) : { section: null, entry: this.module.resolve(hit.label, null) };
  }

  /** The entry of a label shown at an element; `group` when the caller knows it (a Status column's table). */
  at(element: Element, label: string, group = this.module.onlySection ? null : this.groupOf(element)): Resolution {
    let byLabel = this.byGroup.get(group);
    if (!byLabel) {
      byLabel = new Map();
      this.byGroup.set(group, byLabel);
    }
    let resolution = byLabel.get(label);
    if (!resolution) {
      const module = this.module;
      let section = module.sectionOfLabel?.(label) ?? null;
      if (section === null) {
        // Statuses with no group around them share nothing but their label's resolution.
        const known = group ? this.sectionOfGroup.get(group) : undefined;
        section = known !== undefined ? known : safely(() => module.sectionOf(element), null);
        if (group) this.sectionOfGroup.set(group, section);
      }
      resolution = { section, entry: module.resolve(label, section) };
      byLabel.set(label, resolution);
    }
    return resolution;
  }
}

/** The page's statuses counted, for the popup's This page and the toolbar badge; `partial`: not all counted. */
export function reportOf(module: ConsoleModule, tallies: readonly Tally[], partial = false): PageReport {
  const cache = new ResolutionCache(module);
  const findings = new Map<string, Finding>();
  for (const { label, at, count } of tallies) {
    const { section, entry } = cache.at(at, label);
    const key = `${section}|${label}|${entry?.id ?? ''}`;
    const prior = findings.get(key);
    if (prior) prior.count += count;
    else
      findings.set(key, {
        product: module.product,
        section,
        label: label.slice(0, 200),
        entryId: entry?.id ?? null,
        severity: entry?.severity ?? null,
        count,
      });
  }
  const report: PageReport = { product: module.product, findings: [...findings.values()].slice(0, 2000) };
  if (partial) report.partial = true;
  return report;
}

/** A page that throws or breaks the DOM must not take the overlay down. */
export function safely<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch (error) {
    console.debug('[Status Lens]', error);
    return fallback;
  }
}
