import { autoUpdate } from '@floating-ui/dom';
import { EXPLANATION_CSS } from '../../../components/explanation/explanation';
import { HOST_TAG } from '../consoles/dom';
import { type Anchor, anchorElement, place, prefersDark, reference } from './placement';
import { adoptStyles, HOST_CSS, OVERLAY_CSS } from './styles';
import { type DeskActions, renderSubject, subjectText, type TooltipSubject } from './tooltip-content';

const DESCRIPTION_ID = 'status-lens-description';

interface Parts {
  host: HTMLElement;
  panel: HTMLElement;
  description: HTMLElement;
  live: HTMLElement;
}

/**
 * The one tooltip of the page: an open shadow root on a host of our own, the panel in the top layer
 * (popover), so fixed bars at the maximum z-index, `overflow: hidden` ancestors and the page's CSS
 * cannot cover, clip or restyle it. Its text reaches screen readers through a hidden description in
 * the light DOM, because `aria-describedby` cannot point into a shadow root.
 */
export class Tooltip {
  private built: Parts | null = null;
  /** The host, made by prepare or the first show, whichever comes first. */
  private hostElement: HTMLElement | null = null;
  private anchor: Anchor | null = null;
  private previousDescribedBy: string | null = null;
  private stopAutoUpdate: (() => void) | null = null;
  private subject: TooltipSubject | null = null;

  constructor(private readonly doc: Document) {}

  /** Made on first show: most pages load, re-render and close without a tooltip ever opening. */
  private parts(): Parts {
    if (this.built) return this.built;
    const doc = this.doc;
    const host = this.ownHost();
    host.removeAttribute('style');
    const shadow = host.attachShadow({ mode: 'open' });
    adoptStyles(shadow, HOST_CSS);
    const panel = doc.createElement('div');
    panel.className = 'panel';
    panel.setAttribute('role', 'tooltip');
    panel.setAttribute('popover', 'manual');
    panel.id = 'status-lens-tooltip';
    shadow.append(panel);
    // Light-DOM children of the host are never rendered (no slot), yet they are in the document,
    // where the label's aria-describedby can reach them.
    const description = doc.createElement('div');
    description.id = DESCRIPTION_ID;
    description.hidden = true;
    host.append(description);
    // Said to screen readers: where a keyboard command went (a code inside a text cannot take focus).
    const live = doc.createElement('div');
    live.className = 'live';
    live.setAttribute('role', 'status');
    live.setAttribute('aria-live', 'polite');
    shadow.append(live);
    this.built = { host, panel, description, live };
    return this.built;
  }

  private styled = false;

  /** The parts, styled: the style sheet is made when something is first shown or said, not at every load. */
  private shownParts(): Parts {
    const parts = this.parts();
    if (!this.styled) {
      this.styled = true;
      adoptStyles(parts.host.shadowRoot as ShadowRoot, `${OVERLAY_CSS}\n${EXPLANATION_CSS}`);
    }
    if (!parts.host.isConnected) this.doc.documentElement.append(parts.host);
    return parts;
  }

  /** The element the tooltip lives in, once made. */
  get host(): HTMLElement | null {
    return this.hostElement;
  }

  get isOpen(): boolean {
    return this.anchor !== null;
  }

  get currentAnchor(): Anchor | null {
    return this.anchor;
  }

  /** The footer line naming the keyboard commands, set by whoever knows them. */
  keysHint = '';

  /** What the shown explanation depends on (see subjectKey). */
  subjectKey = '';

  /** Plain text of what is shown, for the clipboard. */
  get plainText(): string {
    return this.subject ? subjectText(this.subject) : '';
  }

  /** What a screen reader is told of the status: the explanation, without the sources' addresses. */
  get description(): string {
    const s = this.subject;
    if (s?.kind !== 'known') return this.plainText;
    const label = s.context.label ?? s.entry.labels[0] ?? '';
    return `${label}: ${s.entry.meaning} ${s.entry.cause} ${s.entry.steps.join(' ')}`.trim();
  }

  /**
   * Shown by a keyboard command: the pointer's resting place says nothing about it, until the pointer moves
   * (a page scrolled under a still pointer sends pointer events too).
   */
  pinned = false;

  /** The desk's forms, reached from the tooltip's buttons. */
  actions: DeskActions | null = null;

  contains(node: Node | null): boolean {
    const host = this.host;
    return !!node && !!host && (node === host || host.contains(node));
  }

  /** Tells screen readers something, politely (after what they are reading). */
  announce(text: string): void {
    const { live } = this.shownParts();
    // The same words twice are announced twice only if the region changes in between.
    live.textContent = '';
    live.textContent = text;
  }

  /**
   * Puts the tooltip's host on the page ahead (a later instance finds what this one marked by it); its shadow
   * root and content come with the first show.
   */
  prepare(): void {
    const host = this.ownHost();
    if (!host.isConnected) this.doc.documentElement.append(host);
  }

  private ownHost(): HTMLElement {
    if (!this.hostElement) {
      this.hostElement = this.doc.createElement(HOST_TAG);
      // Not laid out until its shadow root's style sheet takes over: an inline !important beats the page's CSS.
      this.hostElement.style.setProperty('display', 'none', 'important');
    }
    return this.hostElement;
  }

  show(anchor: Anchor, subject: TooltipSubject): void {
    const { panel, description } = this.shownParts();
    if (this.anchor && this.anchor !== anchor) this.releaseAnchor();
    this.subject = subject;
    panel.replaceChildren(renderSubject(this.doc, subject, this.actions));
    if (this.keysHint) {
      const keys = this.doc.createElement('p');
      keys.className = 'keys';
      keys.textContent = this.keysHint;
      panel.append(keys);
    }
    const element = anchorElement(anchor);
    panel.dataset.scheme = element && prefersDark(element) ? 'dark' : 'light';
    description.textContent = this.description;
    if (this.anchor !== anchor) {
      this.anchor = anchor;
      // A code inside a text has no element of its own to describe: the announcer speaks for it.
      if (anchor instanceof HTMLElement) {
        this.previousDescribedBy = anchor.getAttribute('aria-describedby');
        anchor.setAttribute('aria-describedby', [this.previousDescribedBy, DESCRIPTION_ID].filter(Boolean).join(' '));
      }
    }
    try {
      if (!panel.matches(':popover-open')) panel.showPopover();
    } catch {
      // Without popover support the panel still shows, as a fixed element at the highest z-index.
      panel.style.display = 'block';
    }
    this.stopAutoUpdate?.();
    // The panel's own resizing is not followed: each placement starts from its natural height (below), so the
    // side chosen does not swing between below-and-clipped and above as its height is capped.
    this.stopAutoUpdate = autoUpdate(reference(anchor), panel, () => place(panel, anchor), { elementResize: false });
  }

  hide(): void {
    this.pinned = false;
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = null;
    this.releaseAnchor();
    this.subject = null;
    const built = this.built;
    if (!built) return;
    try {
      if (built.panel.matches(':popover-open')) built.panel.hidePopover();
    } catch {
      built.panel.style.display = 'none';
    }
    built.panel.replaceChildren();
    built.description.textContent = '';
  }

  destroy(): void {
    this.hide();
    this.host?.remove();
  }

  private releaseAnchor(): void {
    const anchor = this.anchor;
    if (!anchor) return;
    if (anchor instanceof HTMLElement) {
      if (this.previousDescribedBy) anchor.setAttribute('aria-describedby', this.previousDescribedBy);
      else anchor.removeAttribute('aria-describedby');
    }
    this.anchor = null;
    this.previousDescribedBy = null;
  }

  /** The tooltip's buttons (Copy for ticket, Add a desk note), for the keyboard. */
  buttons(): HTMLElement[] {
    return [...(this.built?.panel.querySelectorAll<HTMLElement>('button, a[href]') ?? [])];
  }
}
