/**
 * The one card of the page: a host of our own under the root element, a CLOSED shadow root (the page's scripts
 * cannot read what the card says; the desk's words are not even text there, since `window.find` searches closed
 * roots: components/explanation/dom.ts deskText), the panel in the top layer (popover), so fixed bars
 * at the maximum z-index, `overflow: hidden` ancestors and the page's CSS cannot cover, clip or restyle it.
 * A card with buttons is a non-modal dialog named by its status; a one-line card (success, in progress) is a
 * tooltip. What the page's DOM keeps for assistive technology is the catalog's short public meaning only, as the
 * status element's `aria-description`.
 */

import { DESK_TEXT_CLASS } from '../../../components/explanation/dom';
import type { CardActions } from '../../../components/explanation/model';
import { CARD_TITLE_CLASS, renderCard } from '../../../components/explanation/render';
import { CARD_CSS } from '../../../components/explanation/styles';
import { HOST_TAG } from '../own';
import type { Anchor, Resolved } from '../resolve/resolve';
import type { Rect } from './safe-path';
import { adoptStyles, HOST_CSS, OVERLAY_CSS } from './styles';

interface Parts {
  shadow: ShadowRoot;
  panel: HTMLElement;
  live: HTMLElement;
}

export class Card {
  private hostElement: HTMLElement | null = null;
  private built: Parts | null = null;
  private current: Resolved | null = null;
  private describedBefore: string | null = null;
  /** The footer line naming the keyboard commands, set by whoever knows them. */
  keysHint = '';
  /** What the card's buttons do; set by the session. */
  actions: CardActions | null = null;
  /** Called after the card's content changed size (More, Less): it is placed again. */
  onResize: () => void = () => {};

  constructor(private readonly doc: Document) {}

  get host(): HTMLElement | null {
    return this.hostElement;
  }

  /** The status whose card is open: shown, not held back (see `show`). */
  get shown(): Resolved | null {
    return this.held ? null : this.current;
  }

  /** The status whose card is made, shown or held back. */
  get made(): Resolved | null {
    return this.current;
  }

  /** The status whose card is made but held back, unseen, until `reveal`. */
  get prepared(): Resolved | null {
    return this.held ? this.current : null;
  }

  private held = false;

  get anchor(): Anchor | null {
    return this.current?.anchor ?? null;
  }

  get panel(): HTMLElement | null {
    return this.built?.panel ?? null;
  }

  /** Puts the host on the page ahead (a later instance finds what this one left by it); the rest comes on show. */
  prepare(): void {
    const host = this.ownHost();
    if (!host.isConnected) this.doc.documentElement.append(host);
  }

  /** The closed shadow root, for what else is drawn there (the mark on a code in a text). */
  layer(): ShadowRoot {
    return this.parts().shadow;
  }

  /** Builds the shadow root and its style sheets ahead, in idle time: the first hover pays for content only. */
  build(): void {
    this.parts();
  }

  /** Whether a node is the card's (an event from inside a closed shadow root is retargeted to the host). */
  contains(node: Node | null): boolean {
    const host = this.hostElement;
    return !!node && !!host && (node === host || host.contains(node));
  }

  /**
   * Shows a status's card; `held`, it is made, laid out and placed but not seen (and lets the pointer through), so
   * that showing it after the pointer's rest costs a repaint, not the card's first layout.
   */
  show(resolved: Resolved, scheme: 'light' | 'dark', held = false): void {
    const { panel } = this.parts();
    this.held = held;
    panel.classList.toggle('held', held);
    if (this.current && this.current.anchor !== resolved.anchor) this.release();
    const same = this.current?.hit === resolved.hit;
    this.current = resolved;
    if (!same) this.setInteractive(false);
    this.render(scheme);
    try {
      if (!panel.matches(':popover-open')) panel.showPopover();
    } catch {
      // Without popover support the panel still shows, as a fixed element at the highest z-index.
      panel.style.display = 'block';
    }
  }

  /**
   * Gives the status element its short description for screen readers, once the card is placed (a write to the
   * page, made after every read). The page's own description is kept aside and put back.
   */
  describe(): void {
    const resolved = this.current;
    const element = resolved?.anchor instanceof HTMLElement ? resolved.anchor : null;
    if (!resolved || !element || this.described === element) return;
    this.described = element;
    this.describedBefore = element.getAttribute('aria-description');
    element.setAttribute('aria-description', publicDescription(resolved));
  }

  private described: HTMLElement | null = null;

  private render(scheme: 'light' | 'dark'): void {
    const resolved = this.current;
    const parts = this.built;
    if (!resolved || !parts) return;
    const { panel } = parts;
    const content = renderCard(this.doc, resolved.view, {
      expanded: false,
      // More and Less change the card's size in place: it is placed again.
      onToggle: () => this.onResize(),
      actions: this.actions ?? undefined,
      keysHint: this.keysHint,
      where: 'page',
    });
    panel.replaceChildren(content);
    panel.dataset.scheme = scheme;
    const interactive = !!content.querySelector('button, a[href]');
    panel.setAttribute('role', interactive ? 'dialog' : 'tooltip');
    const title = content.querySelector(`.${CARD_TITLE_CLASS}`);
    if (title?.id) panel.setAttribute('aria-labelledby', title.id);
    else panel.removeAttribute('aria-labelledby');
  }

  /** The held card, seen now. */
  reveal(): void {
    this.held = false;
    this.built?.panel.classList.remove('held');
  }

  hide(): void {
    this.release();
    this.current = null;
    this.held = false;
    this.built?.panel.classList.remove('held');
    const built = this.built;
    if (!built) return;
    this.setInteractive(false);
    try {
      if (built.panel.matches(':popover-open')) built.panel.hidePopover();
    } catch {
      built.panel.style.display = 'none';
    }
    built.panel.replaceChildren();
  }

  /** Whether the card takes the pointer (entered along the safe path, or the keyboard is in it). */
  setInteractive(on: boolean): void {
    if (this.isInteractive === on) return;
    this.isInteractive = on;
    this.built?.panel.classList.toggle('interactive', on);
  }

  private isInteractive = false;

  get interactive(): boolean {
    return this.isInteractive && !!this.shown;
  }

  /** Where the card stands now, or null when closed. */
  rect(): Rect | null {
    const panel = this.built?.panel;
    if (!panel || !this.current) return null;
    const r = panel.getBoundingClientRect();
    return r.width || r.height ? r : null;
  }

  /** The card's buttons and links, in order, for the keyboard. */
  buttons(): HTMLElement[] {
    return [...(this.built?.panel.querySelectorAll<HTMLElement>('button, a[href]') ?? [])];
  }

  /** The focused element inside the card, if any (the closed root's own activeElement). */
  get focused(): Element | null {
    return this.built?.shadow.activeElement ?? null;
  }

  focusFirst(): boolean {
    const first = this.buttons()[0];
    if (!first) return false;
    this.setInteractive(true);
    first.focus();
    return true;
  }

  /** Tells screen readers something, politely (after what they are reading). */
  announce(text: string): void {
    const { live } = this.parts();
    live.textContent = '';
    live.textContent = text;
  }

  destroy(): void {
    this.hide();
    this.hostElement?.remove();
  }

  private release(): void {
    const element = this.described;
    if (element) {
      if (this.describedBefore !== null) element.setAttribute('aria-description', this.describedBefore);
      else element.removeAttribute('aria-description');
    }
    this.described = null;
    this.describedBefore = null;
  }

  private ownHost(): HTMLElement {
    if (!this.hostElement) {
      this.hostElement = this.doc.createElement(HOST_TAG);
      // Not laid out until its shadow root's style sheet takes over: an inline !important beats the page's CSS.
      this.hostElement.style.setProperty('display', 'none', 'important');
    }
    return this.hostElement;
  }

  /** Made on first show: most pages load, re-render and close without a card ever opening. */
  private parts(): Parts {
    if (this.built) return this.built;
    const host = this.ownHost();
    const shadow = host.attachShadow({ mode: 'closed' });
    adoptStyles(shadow, `${HOST_CSS}\n${OVERLAY_CSS}\n${CARD_CSS}`);
    host.removeAttribute('style');
    const panel = this.doc.createElement('div');
    panel.className = 'panel';
    panel.setAttribute('popover', 'manual');
    const live = this.doc.createElement('div');
    live.className = 'live';
    live.setAttribute('role', 'status');
    live.setAttribute('aria-live', 'polite');
    shadow.append(panel, live);
    if (!host.isConnected) this.doc.documentElement.append(host);
    this.built = { shadow, panel, live };
    return this.built;
  }
}

/** What stays in the page's DOM for a screen reader: the catalog's short public meaning, never the desk's words. */
function publicDescription(resolved: Resolved): string {
  const subject = resolved.view.subject;
  if (subject.kind === 'known') return `${subject.entry.meaning} Press Enter for details.`;
  return 'Status Lens: press Enter for details.';
}

/** What the card shows and where, as the e2e tests read it (built into e2e builds only; see index.ts). */
export interface CardInspection {
  role: string | null;
  name: string;
  text: string;
  scheme: string | null;
  interactive: boolean;
  rect: { x: number; y: number; width: number; height: number };
  /** Whether the card's content scrolls inside it. */
  scrolls: boolean;
  buttons: { name: string; expanded: string | null; rect: { x: number; y: number; width: number; height: number } }[];
  /** The boxes that mark a code in a text, in the viewport (none for a status that is an element). */
  marks: Rect[];
}

/**
 * The card's text as shown, the desk's words included: they are CSS-generated content (dom.ts deskText), which
 * innerText leaves out, so they are put in as text for the one synchronous read and taken out again.
 */
function shownText(panel: HTMLElement): string {
  const said = [...panel.querySelectorAll<HTMLElement>(`.${DESK_TEXT_CLASS}`)];
  for (const element of said) element.textContent = element.dataset.text ?? '';
  try {
    // biome-ignore lint/performance/useDomNodeTextContent: what is shown, not what is hidden under "More".
    return panel.innerText;
  } finally {
    for (const element of said) element.textContent = '';
  }
}

export function inspectCard(card: Card, marks: Rect[] = []): CardInspection | null {
  const panel = card.panel;
  if (!panel || !card.shown) return null;

  const box = (el: Element) => {
    const r = el.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  };
  const labelId = panel.getAttribute('aria-labelledby');
  const title = labelId ? panel.querySelector(`#${CSS.escape(labelId)}`) : null;
  const scroller = [panel, ...panel.querySelectorAll('*')].some(
    (el) => el.scrollHeight > el.clientHeight + 1 && /auto|scroll/.test(getComputedStyle(el).overflowY),
  );
  return {
    role: panel.getAttribute('role'),
    name: title?.textContent?.trim() ?? panel.getAttribute('aria-label') ?? '',
    text: shownText(panel),
    scheme: panel.dataset.scheme ?? null,
    interactive: panel.classList.contains('interactive'),
    rect: box(panel),
    scrolls: scroller,
    buttons: card
      .buttons()
      .map((b) => ({ name: b.textContent?.trim() ?? '', expanded: b.getAttribute('aria-expanded'), rect: box(b) })),
    marks,
  };
}
