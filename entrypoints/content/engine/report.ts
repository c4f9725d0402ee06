/**
 * The report: the page's statuses counted by label and section, for the popup's This page and the toolbar badge.
 * Many statuses share a table or panel, whose section is read once.
 */
import type { Entry } from '../../../catalog/schema';
import type { Finding, PageReport } from '../../../components/messaging/schema';
import type { ConsoleModule } from '../console-module';
import { hostOf, type StatusHit } from '../find/status';
import { safely } from '../safely';
import { findingKey } from './rows';
import type { Tally } from './text-statuses';

/** Where statuses share their section: one read per table, panel or section and label. */
const GROUP = 'table, [role="table"], [role="grid"], [role="tabpanel"], .tab-pane, section';

export interface Resolution {
  section: string | null;
  entry: Entry | undefined;
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
    const key = findingKey(section, label, entry?.id ?? null);
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
