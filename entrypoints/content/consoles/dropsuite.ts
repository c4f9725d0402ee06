import { CATALOG, lookup } from '../../../catalog';
import { sectionOf } from '../../../catalog/products';
import { foldLabel } from '../../../catalog/text';
import { columnHeaders, innermostWithSameText, isExcluded, rowCells, textOf, valueInRow, wholeText } from './dom';
import type { ConsoleModule, StatusCandidate, StatusContext } from './types';

/**
 * Dropsuite's System Status page (one tab per kind of job) and backup dashboard. Resellers
 * white-label it, so nothing here relies on the name "Dropsuite": the page is recognised by its
 * shape — a System Status heading, the job tabs, a table with a Status column.
 */

const SECTION_NAMES: Record<string, string> = {
  backup: 'backups',
  backups: 'backups',
  migrate: 'migrates',
  migrates: 'migrates',
  migration: 'migrates',
  migrations: 'migrates',
  restore: 'restores',
  restores: 'restores',
  download: 'downloads',
  downloads: 'downloads',
};

/** Section named by a tab or heading text: "Migrates", "Migrates (3)", "Backup jobs". */
export function sectionFromText(text: string): string | null {
  const first = foldLabel(text).match(/^[a-z]+/)?.[0];
  return (first && SECTION_NAMES[first]) ?? null;
}

const LABELS = new Set(CATALOG.filter((e) => e.product === 'dropsuite').flatMap((e) => e.labels.map(foldLabel)));
const REAUTH = 'need reauthentication';

/** Elements that may hold a status on their own: table cells and the pills or badges inside them. */
const STATUS_HOLDERS =
  'td, [role="cell"], [role="gridcell"], [role="status"], [class*="status" i], [class*="badge" i], [class*="pill" i], [class*="chip" i], [class*="tag" i], [class*="label" i], [class*="alert" i], [class*="state" i]';

const TAB_SELECTOR =
  '[role="tab"], nav a, nav button, [class*="tab" i] > a, [class*="tab" i] > button, li[class*="tab" i]';

function isSystemStatusPage(doc: Document): boolean {
  const headings = [doc.title, ...textOf(doc, 'h1, h2, h3, [role="heading"], header [class*="title" i]')];
  if (!headings.some((h) => /\bsystem status\b/i.test(h))) return false;
  const tabs = new Set(
    [...textOf(doc, TAB_SELECTOR, 200), ...textOf(doc, 'h2, h3, h4', 100)].map(sectionFromText).filter(Boolean),
  );
  if (tabs.size < 2) return false;
  return [...doc.querySelectorAll('table, [role="table"], [role="grid"]')].some((t) =>
    columnHeaders(t).includes('status'),
  );
}

function isDashboardWithReauth(doc: Document): boolean {
  const body = doc.body;
  if (!body || !/need reauthentication/i.test(body.textContent ?? '')) return false;
  // The dashboard's reauthentication notice sends the user to Credentials: one of its buttons or a
  // mention of the credentials page stands near it.
  return /\b(re ?authenticate|credentials|account settings)\b/i.test(body.textContent ?? '');
}

/** Status cells: the Status column of job tables, and status-like elements whose whole text is a label. */
function findStatuses(root: Element): StatusCandidate[] {
  const found = new Map<HTMLElement, string>();
  const statusCells = new Set<Element>();
  const tables = root.matches('table') ? [root] : [...root.querySelectorAll('table, [role="table"], [role="grid"]')];
  const inTable = root.closest('table, [role="table"], [role="grid"]');
  if (inTable && !tables.includes(inTable)) tables.push(inTable);
  for (const table of tables) {
    const index = columnHeaders(table).indexOf('status');
    if (index < 0) continue;
    // A subtree inside the table (a new tbody or row) is scanned alone, not the whole table again.
    const inside = table !== root && table.contains(root);
    const ownRow = inside ? root.closest('tr, [role="row"]') : null;
    const rows = ownRow ? [ownRow] : (inside ? root : table).querySelectorAll('tr, [role="row"]');
    for (const row of rows) {
      const cell = row && rowCells(row)[index];
      if (!cell || cell.matches('th, [role="columnheader"]')) continue;
      statusCells.add(cell);
      const label = wholeText(cell);
      if (!label || label.length > 60 || cell.querySelector('button, a[href], input, select')) continue;
      found.set(innermostWithSameText(cell), label);
    }
  }
  // Pills and badges outside a Status column (cards, the dashboard): only known labels count.
  const holders = root.matches(STATUS_HOLDERS)
    ? [root, ...root.querySelectorAll(STATUS_HOLDERS)]
    : root.querySelectorAll(STATUS_HOLDERS);
  for (const el of holders) {
    const cell = el.closest('td, [role="cell"], [role="gridcell"]');
    if (cell && statusCells.has(cell)) continue;
    const label = wholeText(el);
    if (label.length > 40 || !LABELS.has(foldLabel(label))) continue;
    found.set(innermostWithSameText(el), label);
  }
  return [...found].filter(([el]) => !isExcluded(el)).map(([element, label]) => ({ element, label }));
}

/** The section a status stands in: its tab panel, a heading above it, the selected tab, the URL. */
function sectionOfElement(element: HTMLElement): string | null {
  const doc = element.ownerDocument;
  const panel = element.closest('[role="tabpanel"]');
  const labelledBy = panel?.getAttribute('aria-labelledby');
  if (labelledBy) {
    const tab = doc.getElementById(labelledBy.split(/\s+/)[0] ?? '');
    const section = tab && sectionFromText(wholeText(tab));
    if (section) return section;
  }
  for (let el: Element | null = element; el && el !== doc.body; el = el.parentElement) {
    const label = el.getAttribute('aria-label') ?? el.querySelector(':scope > caption')?.textContent;
    const byLabel = label && sectionFromText(label);
    if (byLabel) return byLabel;
    // A heading stands just before its section: look a few siblings back, not along a 5,000-row table.
    if (el.matches('tr, tbody, thead, td, th, [role="row"], [role="cell"], [role="gridcell"]')) continue;
    let steps = 0;
    for (let sib = el.previousElementSibling; sib && steps < 4; sib = sib.previousElementSibling, steps++) {
      if (sib.matches('h1, h2, h3, h4, h5, h6, [role="heading"]')) {
        const byHeading = sectionFromText(wholeText(sib));
        if (byHeading) return byHeading;
        break;
      }
    }
  }
  const selected = doc.querySelector(
    '[role="tab"][aria-selected="true"], [aria-current="page"], [role="tablist"] .active, nav .active, .tabs .active, [class*="tab" i].active, [class*="tab" i].is-active, [class*="tab" i][class*="selected" i]',
  );
  const bySelected = selected && sectionFromText(wholeText(selected));
  if (bySelected) return bySelected;
  const path = doc.location?.pathname.toLowerCase() ?? '';
  for (const [word, section] of Object.entries(SECTION_NAMES)) {
    if (path.includes(word)) return section;
  }
  return null;
}

function contextOf(element: HTMLElement, label: string): StatusContext {
  if (foldLabel(label) === REAUTH) return { section: 'dashboard', supportIdValue: null };
  const section = sectionOfElement(element);
  const supportId = section ? sectionOf('dropsuite', section)?.supportId : null;
  let value = supportId ? valueInRow(element, supportId.columns) : null;
  if (!value && section === 'backups') {
    // The mailbox is the ID support needs for a backup: any address in the row will do.
    const row = element.closest('tr, [role="row"]');
    value = row?.textContent?.match(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/)?.[0] ?? null;
  }
  return { section, supportIdValue: value };
}

export const dropsuite: ConsoleModule = {
  product: 'dropsuite',
  recognise: (doc) => isSystemStatusPage(doc) || isDashboardWithReauth(doc),
  findStatuses,
  contextOf,
  resolve(label, context) {
    if (context.section) return lookup('dropsuite', context.section, label);
    // No section on the page: the label still explains itself when only one section uses it.
    return lookup('dropsuite', undefined, label);
  },
};
