/**
 * The few DOM helpers every part of the card builds with. Text goes in through textContent only: labels, IDs,
 * row cells and desk notes come from third-party pages or users and must never be parsed as HTML.
 */

/** An element, its text put in as text. */
export function node<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const made = doc.createElement(tag);
  if (className) made.className = className;
  if (text !== undefined) made.textContent = text;
  return made;
}

/** A native button (a Tab stop that answers Enter and Space), never a submit button of a page's form. */
export function button(doc: Document, className: string, text: string, onClick: () => void): HTMLButtonElement {
  const made = node(doc, 'button', className, text);
  made.type = 'button';
  made.addEventListener('click', (event) => {
    event.preventDefault();
    onClick();
  });
  return made;
}

/** A heading of the given level, kept within h2–h6. */
export function heading(doc: Document, level: number, className: string, text?: string): HTMLHeadingElement {
  const h = Math.min(6, Math.max(2, Math.round(level)));
  return node(doc, `h${h}` as 'h2', className, text);
}

/**
 * Appends text with break opportunities after underscores, so a long code wraps at its words
 * (`EXECUTION_FAILED_WITH_␤INTERNAL_EXCEPTION`) rather than mid-word. <wbr> adds no characters:
 * textContent and copied text stay the code.
 */
export function appendBreakable(doc: Document, parent: Node, text: string): void {
  const parts = text.split(/(?<=_)/);
  parts.forEach((part, i) => {
    parent.appendChild(doc.createTextNode(part));
    if (i < parts.length - 1) parent.appendChild(doc.createElement('wbr'));
  });
}

/** Desk text on a console's page: an empty element whose `data-text` the card's CSS shows (styles.ts). */
export const DESK_TEXT_CLASS = 'sl-x-said';

/**
 * What the desk wrote (its notes, a desk entry's meaning and steps). In the popup, text. On a console's page, an
 * empty element whose `data-text` CSS shows (`content: attr(data-text)`): no text node holds it, because the page's
 * `window.find` searches closed shadow roots too and would let its script test guesses at a note; generated content
 * is neither found nor selected. Screen readers read it; "Copy for ticket" copies it.
 */
export function deskText(doc: Document, text: string, where: 'page' | 'popup'): Node {
  if (where === 'popup') return doc.createTextNode(text);
  const shown = doc.createElement('span');
  shown.className = DESK_TEXT_CLASS;
  shown.dataset.text = text;
  return shown;
}

let counter = 0;

/** An id unique in the document (and in a shadow root), for aria-labelledby and aria-controls. */
export function uniqueId(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter.toString(36)}-${Math.random().toString(36).slice(2, 7)}`;
}
