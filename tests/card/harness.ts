/**
 * The card's harness page: shows one card at a time as the content script will, in a closed shadow root with
 * CARD_CSS, `data-scheme` on the card and a max-height from the space left in the window, and measures it.
 * Driven by tests/card/card.e2e.ts through `window.cardHarness`.
 */
import { allEntries, entryById } from '../../catalog';
import { CARD_CSS, type CardOptions, renderCard } from '../../components/explanation/explanation';
import type { CardActions, StatusView } from '../../components/explanation/model';
import { type IdVariant, type NotesVariant, unknownView, viewOf } from './views';

export interface ShowOptions {
  /** A catalog entry's id, or none for an unknown status. */
  entryId?: string;
  label?: string;
  notes?: NotesVariant;
  id?: IdVariant;
  expanded?: boolean;
  scheme?: 'light' | 'dark';
  keysHint?: string;
  /** The popup's full card (in a 400 px column, as the popup holds it). */
  where?: 'page' | 'popup';
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Measure {
  kind: string;
  card: Box;
  /** The body's scroll height and client height: equal when nothing scrolls inside the card. */
  body: { scrollHeight: number; clientHeight: number };
  buttons: { name: string; box: Box; expanded: string | null; inView: boolean }[];
  text: string;
}

/** Where the card stands: the content script keeps it this far from the window's edges. */
export const MARGIN = 16;

const host = document.createElement('div');
host.style.cssText = `position:fixed;left:${MARGIN}px;top:${MARGIN}px;`;
document.body.append(host);
const shadow = host.attachShadow({ mode: 'closed' });
const style = document.createElement('style');
style.textContent = CARD_CSS;
shadow.append(style);

const calls: { action: string; value?: string }[] = [];
const actions: CardActions = {
  copyTicket: (text) => {
    calls.push({ action: 'copyTicket', value: text });
  },
  copyId: (value) => {
    calls.push({ action: 'copyId', value });
  },
  addNote: () => {
    calls.push({ action: 'addNote' });
  },
};

let card: HTMLElement | null = null;

function boxOf(el: Element): Box {
  const r = el.getBoundingClientRect();
  return { x: r.x, y: r.y, width: r.width, height: r.height };
}

function viewFor(options: ShowOptions): StatusView {
  const variant = { notes: options.notes ?? 'none', id: options.id ?? 'short', label: options.label };
  if (!options.entryId) return unknownView(options.label ?? 'Synchronizing Archive', variant.notes);
  const entry = entryById(options.entryId);
  if (!entry) throw new Error(`no entry ${options.entryId}`);
  return viewOf(entry, variant);
}

function show(options: ShowOptions): Measure {
  const scheme = options.scheme ?? 'light';
  document.body.dataset.scheme = scheme;
  const cardOptions: CardOptions = {
    expanded: options.expanded ?? false,
    actions,
    keysHint: options.keysHint,
    where: options.where ?? 'page',
  };
  host.style.width = options.where === 'popup' ? '400px' : '';
  const next = renderCard(document, viewFor(options), cardOptions);
  next.dataset.scheme = scheme;
  // As the content script will: the card may take the window's height less the margins, and scrolls beyond.
  next.style.maxHeight = `${window.innerHeight - 2 * MARGIN}px`;
  card?.remove();
  card = next;
  shadow.append(next);
  return measure();
}

function measure(): Measure {
  if (!card) throw new Error('no card shown');
  const body = card.querySelector('.sl-c-body');
  const view = { w: window.innerWidth, h: window.innerHeight };
  return {
    kind: card.dataset.kind ?? '',
    card: boxOf(card),
    body: { scrollHeight: body?.scrollHeight ?? 0, clientHeight: body?.clientHeight ?? 0 },
    // The buttons shown (those of closed details have no box), and the text as it reads on screen.
    buttons: [...card.querySelectorAll('button')]
      .map((b) => ({ b, box: boxOf(b) }))
      .filter(({ box }) => box.width > 0 && box.height > 0)
      .map(({ b, box }) => ({
        name: b.getAttribute('aria-label') ?? b.textContent ?? '',
        box,
        expanded: b.getAttribute('aria-expanded'),
        inView: box.x >= 0 && box.y >= 0 && box.x + box.width <= view.w && box.y + box.height <= view.h,
      })),
    // biome-ignore lint/performance/useDomNodeTextContent: the text as shown, without closed details.
    text: card.innerText,
  };
}

/** Every entry's collapsed card in each variant, measured. */
function measureAll(variants: { notes: NotesVariant; id: IdVariant }[]): (Measure & { entryId: string })[] {
  const out: (Measure & { entryId: string })[] = [];
  for (const entry of allEntries()) {
    for (const v of variants)
      out.push({ entryId: entry.id, ...show({ entryId: entry.id, ...v, keysHint: 'Esc closes' }) });
  }
  return out;
}

const harness = {
  entryIds: () => allEntries().map((e) => e.id),
  show,
  measure,
  measureAll,
  calls,
  /** Scrolls the card's body (a screenshot of the details further down). */
  scrollBody: (top: number) => card?.querySelector('.sl-c-body')?.scrollTo({ top }),
  /** Whether the card holds an element (a test of textContent-only rendering). */
  has: (selector: string) => card?.querySelector(selector) !== null,
};

declare global {
  interface Window {
    cardHarness: typeof harness;
  }
}
window.cardHarness = harness;
