/**
 * The card: short first, details on demand. Collapsed it says what the status is, what it means, what to do
 * next and the ID support asks for, with "Copy for ticket" at hand; "More" opens the rest in place. Framework-free
 * DOM, so the content script (a closed shadow root, no React) and the popup (a React wrapper) show the same card.
 * Styles: CARD_CSS (./styles), scoped under ROOT_CLASS.
 */
import { deskEntryId } from '../desk/schema';
import { copyText } from './clipboard';
import { renderDeskEntryMark } from './desk-entry';
import { renderDeskCallout } from './desk-notes';
import { renderDetails } from './details';
import { appendBreakable, button, deskText, heading, node, uniqueId } from './dom';
import { icon } from './icons';
import type { CardActions, StatusView } from './model';
import { ticketText } from './ticket';
import {
  cardKind,
  labelText,
  meaningOf,
  NOT_IN_CATALOG,
  nextStep,
  placeText,
  SEVERITY_TEXT,
  supportIdValue,
  UNKNOWN_SEVERITY_TEXT,
} from './wording';

export const ROOT_CLASS = 'sl-explanation';
/** The title's class; its id names the dialog the card is shown in (aria-labelledby). */
export const CARD_TITLE_CLASS = 'sl-x-title';
/** The card's default button: "Copy for ticket", or "Explain this status for the desk" on an unknown status. */
export const CARD_PRIMARY_CLASS = 'sl-c-primary';

export interface CardOptions {
  /** Whether "More" starts open. The page's card starts collapsed; the popup shows the full card. */
  expanded: boolean;
  /** Called after "More" opens or closes the details, so whoever shows the card can place it again. */
  onToggle?: (expanded: boolean) => void;
  /** What the buttons do. Without them the card copies by itself and offers no desk note. */
  actions?: CardActions;
  /** A line about the keys, shown muted at the foot of a card with buttons ("Esc closes"). */
  keysHint?: string;
  /** Level of the title's heading (2–5); the parts under "More" use the next. Default 2. */
  headingLevel?: number;
  /**
   * Where the card is shown. "popup" (a status found by search, away from its page) adds "Where it shows", and
   * says of a support ID without a value that support will ask for it rather than that the row lacks it.
   */
  where?: 'page' | 'popup';
}

const COPY_TICKET = 'Copy for ticket';
const COPY_ID = 'Copy';
const FEEDBACK_MS = 2500;

/**
 * The card of a status. Every text from the page or the desk goes in as text, never as markup. To cap its
 * height, set `style.maxHeight` on the returned element: the head and the buttons stay, the body scrolls.
 */
export function renderCard(doc: Document, view: StatusView, options: CardOptions): HTMLElement {
  const kind = cardKind(view);
  const level = Math.min(5, Math.max(2, Math.round(options.headingLevel ?? 2)));
  const where = options.where ?? 'page';
  const root = node(doc, 'article', ROOT_CLASS);
  root.dataset.kind = kind;
  root.dataset.where = where;
  root.dataset.severity = view.severity ?? 'unknown';
  const subject = view.subject;
  if (subject.kind === 'known') root.dataset.entryId = subject.entry.id;
  if (subject.kind === 'desk') {
    root.dataset.entryId = deskEntryId(subject.entry);
    root.dataset.desk = subject.entry.origin;
  }

  const titleId = uniqueId('sl-title');
  root.setAttribute('aria-labelledby', titleId);
  root.append(renderHead(doc, view, titleId, level));

  const body = node(doc, 'div', 'sl-c-body');
  root.append(body);
  if (view.notes.length > 0) {
    body.append(renderDeskCallout(doc, view.notes, kind === 'full' || where === 'popup', where));
  }
  body.append(renderSummary(doc, view, where));
  if (subject.kind === 'desk') body.append(renderDeskEntryMark(doc, subject.entry.origin, where));

  if (kind === 'unknown') {
    // No explanation to copy: the ID support will ask for about it, and the one thing to do, explain it for the desk.
    const onExplain = options.actions?.addNote;
    const { foot, live } = renderFoot(doc, options.keysHint);
    if (view.supportId) body.append(renderSupportId(doc, view, where, copier(doc, root, live, options.actions)));
    if (onExplain) {
      foot.prepend(
        button(doc, `sl-c-button ${CARD_PRIMARY_CLASS} sl-x-add-entry`, 'Explain this status for the desk', onExplain),
      );
    }
    if (onExplain || view.supportId) root.append(foot);
    return root;
  }

  if (kind === 'quiet') {
    // No buttons at all: nothing to do, nothing to report. Expanded (the popup), it shows the details still.
    root.dataset.expanded = String(options.expanded);
    if (options.expanded) body.append(renderDetails(doc, view, { headingLevel: level + 1, where }));
    return root;
  }

  const { foot, live } = renderFoot(doc, options.keysHint);
  const copy = copier(doc, root, live, options.actions);
  const next = renderNext(doc, view, where);
  if (next) body.append(next);
  if (view.supportId) body.append(renderSupportId(doc, view, where, copy));

  // The details are made when first shown: most cards are read short and closed.
  const details = node(doc, 'div', 'sl-c-more');
  details.id = uniqueId('sl-more');
  body.append(details);
  const fillDetails = () => {
    if (details.firstChild) return;
    const made = renderDetails(doc, view, {
      headingLevel: level + 1,
      where,
      ...(options.actions?.addNote ? { onAddNote: options.actions.addNote } : {}),
    });
    details.append(...made.childNodes);
  };

  const ticket = button(doc, `sl-c-button ${CARD_PRIMARY_CLASS} sl-x-copy`, COPY_TICKET, () =>
    copy(ticketText(view), 'ticket', ticket, COPY_TICKET),
  );
  const more = button(doc, 'sl-c-button sl-c-toggle', 'More', () => {
    const expanded = more.getAttribute('aria-expanded') !== 'true';
    setExpanded(expanded);
    options.onToggle?.(expanded);
  });
  more.append(icon(doc, 'chevron', 'sl-c-chevron'));
  more.setAttribute('aria-controls', details.id);
  const setExpanded = (expanded: boolean) => {
    root.dataset.expanded = String(expanded);
    if (expanded) fillDetails();
    details.hidden = !expanded;
    more.setAttribute('aria-expanded', String(expanded));
  };
  setExpanded(options.expanded);
  foot.prepend(ticket, more);
  root.append(foot);
  return root;
}

/** Title (the status as the page shows it), the severity chip in words, and "Console › Section". */
/** Label, severity and where it stands: every card says where, since the same label means other things elsewhere. */
function renderHead(doc: Document, view: StatusView, titleId: string, level: number): HTMLElement {
  const head = node(doc, 'header', 'sl-c-head');
  const title = heading(doc, level, CARD_TITLE_CLASS);
  title.id = titleId;
  appendBreakable(doc, title, labelText(view));
  const severity = view.severity ?? 'unknown';
  const chip = node(doc, 'span', 'sl-x-badge');
  chip.dataset.severity = severity;
  chip.append(
    icon(doc, severity, 'sl-x-badge-icon'),
    view.severity ? SEVERITY_TEXT[view.severity] : UNKNOWN_SEVERITY_TEXT,
  );
  head.append(title, chip);
  head.append(node(doc, 'p', 'sl-x-place', placeText(view)));
  return head;
}

/** The one sentence of meaning, the cause folded in where it adds something (wording.ts causeAddsSomething). */
function renderSummary(doc: Document, view: StatusView, where: 'page' | 'popup'): HTMLElement {
  const said = meaningOf(view.subject);
  if (!said) {
    return node(
      doc,
      'p',
      'sl-c-meaning sl-c-unknown',
      `${NOT_IN_CATALOG}: ${view.console.shortName} may have added it in a newer version.`,
    );
  }
  // A desk entry's meaning is the desk's word: no text of the page's (deskText).
  const p = node(doc, 'p', 'sl-c-meaning');
  p.append(view.subject.kind === 'desk' ? deskText(doc, said.meaning, where) : said.meaning);
  if (said.cause) p.append(' ', node(doc, 'span', 'sl-c-cause', said.cause));
  return p;
}

/** "Next: …": the first step, the entry's "nothing to do", or our first general advice, marked as ours. */
function renderNext(doc: Document, view: StatusView, where: 'page' | 'popup'): HTMLElement | null {
  const next = nextStep(view.subject);
  if (!next) return null;
  const p = node(doc, 'p', 'sl-c-next');
  p.dataset.kind = next.kind;
  if (next.kind !== 'none') p.append(node(doc, 'span', 'sl-c-next-label', 'Next:'), ' ');
  p.append(view.subject.kind === 'desk' ? deskText(doc, next.text, where) : next.text);
  if (next.kind === 'advice')
    p.append(node(doc, 'span', 'sl-c-next-note', 'General advice — not from the vendor’s documentation'));
  return p;
}

type Copy = (text: string, what: 'ticket' | 'id', target: HTMLButtonElement, idle: string) => void;

/** The ID support asks for, with its value from the row and a button to copy it; or plainly that it is missing. */
function renderSupportId(doc: Document, view: StatusView, where: 'page' | 'popup', copy: Copy): HTMLElement {
  const label = view.supportId?.label ?? '';
  const box = node(doc, 'div', 'sl-x-support');
  box.append(node(doc, 'span', 'sl-c-id-label', label));
  const value = supportIdValue(view);
  if (value === null) {
    box.dataset.value = 'missing';
    const missing = where === 'popup' ? 'support will ask for it' : 'not shown in this row';
    box.append(node(doc, 'span', 'sl-c-id-missing', ` — ${missing}`));
    return box;
  }
  box.append(node(doc, 'code', 'sl-c-id-value', value));
  const copyId = button(doc, 'sl-c-button sl-c-small sl-c-copy-id', COPY_ID, () => copy(value, 'id', copyId, COPY_ID));
  copyId.setAttribute('aria-label', `Copy ${label}`);
  box.append(copyId);
  return box;
}

/** The foot of a card with buttons (they are put first), the keys' hint and the live region copies speak in. */
function renderFoot(doc: Document, keysHint: string | undefined): { foot: HTMLElement; live: HTMLElement } {
  const foot = node(doc, 'footer', 'sl-c-foot');
  if (keysHint) foot.append(node(doc, 'p', 'sl-c-keys', keysHint));
  const live = node(doc, 'span', 'sl-x-live');
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  foot.append(live);
  return { foot, live };
}

/**
 * Copies through the given actions (or the card's own clipboard helper) and says how it went, on the button and
 * to screen readers; the button's own text comes back after a moment.
 */
function copier(doc: Document, root: HTMLElement, live: HTMLElement, actions: CardActions | undefined): Copy {
  const timers = new WeakMap<HTMLElement, number>();
  return (text, what, target, idle) => {
    const done =
      (what === 'ticket' ? actions?.copyTicket(text) : actions?.copyId(text)) ??
      (actions ? undefined : copyText(doc, text, root));
    void Promise.resolve(done).then((result) => {
      const ok = result !== false;
      const win = doc.defaultView;
      const timer = timers.get(target);
      if (timer !== undefined) win?.clearTimeout(timer);
      target.textContent = ok ? 'Copied ✓' : 'Could not copy';
      target.dataset.state = ok ? 'copied' : 'failed';
      live.textContent = ok
        ? what === 'ticket'
          ? 'Copied the status for a support ticket.'
          : 'Copied the ID.'
        : 'Could not copy. Select the text and copy it by hand.';
      const reset = win?.setTimeout(() => {
        target.textContent = idle;
        delete target.dataset.state;
        live.textContent = '';
      }, FEEDBACK_MS);
      if (reset !== undefined) timers.set(target, reset);
    });
  };
}
