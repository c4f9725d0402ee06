/**
 * TEMPORARY minimal card renderer, replaced by the card module of components/explanation (branch card).
 */
import type { CardActions, StatusView } from './model';

export interface CardOptions {
  expanded: boolean;
  onToggle?: (expanded: boolean) => void;
  actions?: CardActions;
  keysHint?: string;
}

export const CARD_TITLE_CLASS = 'sl-card-title';

export function renderCard(doc: Document, view: StatusView, options: CardOptions): HTMLElement {
  const root = doc.createElement('article');
  root.className = 'sl-card';
  const title = doc.createElement('h2');
  title.className = CARD_TITLE_CLASS;
  title.textContent = view.label;
  root.append(title);
  const place = doc.createElement('p');
  place.textContent = view.section ? `${view.console.shortName} › ${view.section.name}` : view.console.shortName;
  root.append(place);
  const meaning = doc.createElement('p');
  meaning.textContent =
    view.subject.kind === 'unknown' ? 'Not in the Status Lens catalog.' : view.subject.entry.meaning;
  root.append(meaning);
  if (view.supportId) {
    const id = doc.createElement('p');
    id.textContent = `${view.supportId.label}: ${view.supportId.value ?? 'not shown in this row'}`;
    root.append(id);
  }
  const actions = options.actions;
  if (actions && view.severity !== 'success' && view.severity !== 'progress') {
    const copy = doc.createElement('button');
    copy.textContent = 'Copy for ticket';
    copy.addEventListener('click', () => actions.copyTicket(ticketText(view)));
    const more = doc.createElement('button');
    more.textContent = 'More';
    more.setAttribute('aria-expanded', String(options.expanded));
    more.addEventListener('click', () => options.onToggle?.(!options.expanded));
    root.append(copy, more);
  }
  return root;
}

export function ticketText(view: StatusView): string {
  return [`Status: ${view.label}`, `Console: ${view.console.shortName}`].join('\n');
}

export const CARD_CSS = `.sl-card{display:block;width:340px;padding:12px 14px;font:13px/1.45 system-ui,sans-serif;color:#1b1f24;}
[data-scheme="dark"] .sl-card{color:#e6e9ee;}`;
