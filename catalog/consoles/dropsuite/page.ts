import { columnHeaders, queryFirst, someTable, textOf, wholeText } from '../../../components/page/dom';
import type { PageSigns } from '../../../components/page/signs';
import type { ConsolePage } from '../../../components/page/types';
import { foldLabel } from '../../text';

/**
 * Dropsuite's System Status page (one tab per kind of job) and backup dashboard. Resellers white-label
 * it, so nothing here relies on the name "Dropsuite": the page is recognised by its shape — a System
 * Status heading and the job tabs — or by the dashboard's "Need Reauthentication".
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

const REAUTH = 'need reauthentication';

const TAB_SELECTORS = [
  '[role="tab"]',
  'nav a',
  'nav button',
  '[class*="tab" i] > a',
  '[class*="tab" i] > button',
  'li[class*="tab" i]',
  '.nav-link',
];

/** How consoles mark the selected tab, most explicit first. */
const SELECTED_TAB_SELECTORS = [
  '[role="tab"][aria-selected="true"]',
  '[aria-current="page"]',
  '[role="tablist"] .active',
  'nav .active',
  '.nav-link.active',
  '.tabs .active',
  '[class*="tab" i].active',
  '[class*="tab" i].is-active',
  '[class*="tab" i][class*="selected" i]',
];

const SYSTEM_STATUS = /\bsystem status\b/i;
/** Where the job tabs' names stand, and how many of each to read. */
const SECTION_NAME_SOURCES: [string, number][] = [
  ...TAB_SELECTORS.map((selector): [string, number] => [selector, 200]),
  ['h2', 100],
  ['h3', 100],
  ['h4', 100],
];

/**
 * A System Status page: its title or heading, and the job sections named in its tabs or headings — three of
 * the four, or two beside a table with a Status column. Asks the cheapest questions first.
 */
function isSystemStatusPage(signs: PageSigns): boolean {
  const doc = signs.doc;
  if (!SYSTEM_STATUS.test(signs.title) && !signs.headingsSay(SYSTEM_STATUS)) return false;
  const sections = new Set<string>();
  const addSections = (root: ParentNode, selector: string, limit: number) => {
    for (const text of textOf(root, [selector], limit)) {
      const section = sectionFromText(text);
      if (section) sections.add(section);
    }
  };
  for (const [selector, limit] of SECTION_NAME_SOURCES) {
    // Tabs stand together: the first one's list usually names them all, without a search of the whole page.
    const first = doc.querySelector(selector);
    if (!first) continue;
    const list = first.closest('[role="tablist"]') ?? first.parentElement?.parentElement;
    if (list) addSections(list, selector, limit);
    if (sections.size < 3) addSections(doc, selector, limit);
    if (sections.size >= 3) return true;
  }
  return sections.size >= 2 && someTable(doc.documentElement, (t) => columnHeaders(t).includes('status'));
}

function isDashboardWithReauth(doc: Document): boolean {
  const text = doc.body?.textContent ?? '';
  if (!/need reauthentication/i.test(text)) return false;
  // The dashboard's reauthentication notice sends the user to Credentials: one of its buttons or a
  // mention of the credentials page stands near it.
  return /\b(re ?authenticate|credentials|account settings)\b/i.test(text);
}

/** The section a status stands in: its tab panel, a heading above it, the selected tab, the URL. */
function sectionOfElement(element: Element): string | null {
  const doc = element.ownerDocument;
  const panel = element.closest('[role="tabpanel"], .tab-pane');
  const labelledBy = panel?.getAttribute('aria-labelledby');
  if (labelledBy) {
    const tab = doc.getElementById(labelledBy.split(/\s+/)[0] ?? '');
    const section = tab && sectionFromText(wholeText(tab));
    if (section) return section;
  }
  for (let el: Element | null = element; el && el !== doc.body; el = el.parentElement) {
    // A table's caption is its first child: no search through its rows.
    const caption = el.firstElementChild?.localName === 'caption' ? el.firstElementChild.textContent : null;
    const label = el.getAttribute('aria-label') ?? caption;
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
  const selected = queryFirst(doc, SELECTED_TAB_SELECTORS);
  const bySelected = selected && sectionFromText(wholeText(selected));
  if (bySelected) return bySelected;
  const path = doc.location?.pathname.toLowerCase() ?? '';
  for (const [word, section] of Object.entries(SECTION_NAMES)) {
    if (path.includes(word)) return section;
  }
  return null;
}

export const page: ConsolePage = {
  recognise: (signs) => isSystemStatusPage(signs) || isDashboardWithReauth(signs.doc),
  // Everyday words, which a page also uses for other things ("Completed" as a heading): only where a status stands.
  commonLabels: ['Completed', 'Failed', 'Running', 'Cancelled', 'Expired', 'In Progress', 'Retrying'],
  unknownInStatusColumn: true,
  sectionOf: sectionOfElement,
  sectionOfLabel: (label) => (foldLabel(label) === REAUTH ? 'dashboard' : null),
};
