/**
 * Resolve: what a status means where it stands — its catalog entry in the section the page shows it in,
 * and the ID support asks for, read from the status's own row. Read from the page at the moment asked:
 * a tab switch changes the section, a re-render the label.
 */
import { productById } from '../../catalog/products';
import type { Entry } from '../../catalog/schema';
import type { Finding, PageReport } from '../../components/messaging/schema';
import type { ConsoleModule } from './consoles/types';
import { hostOf, type StatusHit } from './find/status';
import type { TooltipSubject } from './present/tooltip';

/** Where statuses share their section: one read per table, panel or section and label. */
const GROUP = 'table, [role="table"], [role="grid"], [role="tabpanel"], .tab-pane, section';

export interface Resolution {
  section: string | null;
  entry: Entry | undefined;
}

/** The entry of one status, now. */
export function resolveHit(module: ConsoleModule, hit: StatusHit): Resolution {
  const element = hostOf(hit);
  const section = element ? safely(() => module.sectionOf(element, hit.label), null) : null;
  return { section, entry: module.resolve(hit.label, section) };
}

/** What the tooltip shows for a status: its explanation in context, or that the catalog does not know it. */
export function subjectOf(module: ConsoleModule, hit: StatusHit): TooltipSubject {
  const { section, entry } = resolveHit(module, hit);
  const element = hostOf(hit);
  if (!entry) return { kind: 'unknown', label: hit.label, productName: productById(module.product).name };
  const supportIdValue = element ? safely(() => module.supportIdOf(element, section), null) : null;
  return { kind: 'known', entry, context: { label: hit.label, sectionId: section, supportIdValue } };
}

/** Resolves many statuses, each table or panel's section read once per label. */
export class ResolutionCache {
  private readonly byGroup = new Map<Element | null, Map<string, Resolution>>();

  constructor(private readonly module: ConsoleModule) {}

  get(hit: StatusHit): Resolution {
    const element = hostOf(hit);
    const group = element?.closest(GROUP) ?? null;
    let byLabel = this.byGroup.get(group);
    if (!byLabel) {
      byLabel = new Map();
      this.byGroup.set(group, byLabel);
    }
    let resolution = byLabel.get(hit.label);
    if (!resolution) {
      resolution = resolveHit(this.module, hit);
      byLabel.set(hit.label, resolution);
    }
    return resolution;
  }
}

/** The page's statuses counted, for the popup's This page and the toolbar badge. */
export function reportOf(module: ConsoleModule, hits: readonly StatusHit[]): PageReport {
  const cache = new ResolutionCache(module);
  const findings = new Map<string, Finding>();
  for (const hit of hits) {
    const { section, entry } = cache.get(hit);
    const key = `${section}|${hit.label}|${entry?.id ?? ''}`;
    const prior = findings.get(key);
    if (prior) prior.count++;
    else
      findings.set(key, {
        product: module.product,
        section,
        label: hit.label.slice(0, 200),
        entryId: entry?.id ?? null,
        severity: entry?.severity ?? null,
        count: 1,
      });
  }
  return { product: module.product, findings: [...findings.values()].slice(0, 2000) };
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
