/**
 * Where an explanation comes from: each source's title, publisher and address, as a list under "More" and as
 * one line of a ticket. A link is built only to an https address, and opens in a new tab without a referrer.
 */
import type { Entry, Source } from '../../catalog/schema';
import { SEED_DOCUMENTS } from '../../catalog/sources';
import { appendBreakable, heading, node } from './dom';

const SOURCES_HEADING = 'Where this comes from';

/** The vendor's page a source links to: a documentation page, or the public page a seed was taken from. */
export function sourceUrl(source: Source): string | undefined {
  const url = source.kind === 'doc' ? source.url : SEED_DOCUMENTS[source.file]?.url;
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** The document a source is part of: its title as it gives it. */
function sourceTitle(source: Source): string {
  return source.kind === 'doc' ? source.title : (SEED_DOCUMENTS[source.file]?.title ?? source.file);
}

/** Whose document it is: "IBM DPOD documentation", "mxHERO Help Center". */
function sourcePublisher(source: Source): string {
  return source.kind === 'doc' ? source.publisher : (SEED_DOCUMENTS[source.file]?.publisher ?? '');
}

// An address short enough to read in a ticket; longer ones are left to the card's links.
const SHORT_URL = 50;

/**
 * The sources as one line of a ticket: titles grouped by publisher, each once, with its address only when it
 * is short. "IBM DPOD documentation: Backup Tasks Status Codes, Backup Plan".
 */
export function sourcesLine(entry: Entry): string {
  const byPublisher = new Map<string, string[]>();
  for (const source of entry.sources) {
    const url = sourceUrl(source);
    const title = url && url.length <= SHORT_URL ? `${sourceTitle(source)} (${url})` : sourceTitle(source);
    const publisher = sourcePublisher(source);
    const titles = byPublisher.get(publisher) ?? [];
    if (!titles.includes(title)) titles.push(title);
    byPublisher.set(publisher, titles);
  }
  return [...byPublisher]
    .map(([publisher, titles]) => (publisher ? `${publisher}: ${titles.join(', ')}` : titles.join(', ')))
    .join('; ');
}

/** A link to a vendor's page: the user's own navigation, in a new tab, without the console's address as referrer. */
function sourceLink(doc: Document, url: string, text: string): HTMLAnchorElement {
  const link = node(doc, 'a', 'sl-x-src-link', text);
  link.href = url;
  link.target = '_blank';
  link.rel = 'noreferrer noopener';
  link.referrerPolicy = 'no-referrer';
  return link;
}

/** Where the explanation comes from: each source, linked to the vendor's page where there is one. */
export function renderSources(doc: Document, entry: Entry, headingLevel: number): HTMLElement {
  const section = node(doc, 'section', 'sl-c-part sl-x-sources');
  const list = node(doc, 'ul', 'sl-x-src-list');
  for (const source of entry.sources) {
    const item = node(doc, 'li', 'sl-x-src');
    item.dataset.kind = source.kind;
    const url = sourceUrl(source);
    const title = sourceTitle(source);
    const publisher = sourcePublisher(source);
    if (publisher) item.append(node(doc, 'span', 'sl-x-src-publisher', `${publisher}: `));
    item.append(url ? sourceLink(doc, url, title) : node(doc, 'span', 'sl-x-src-title', title));
    if (source.kind === 'seed') {
      const row = node(doc, 'span', 'sl-x-src-row');
      appendBreakable(doc, row, source.row);
      item.append(', row ', row);
    }
    list.append(item);
  }
  section.append(heading(doc, headingLevel, 'sl-c-h', SOURCES_HEADING), list);
  return section;
}
