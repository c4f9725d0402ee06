/**
 * What the explanation tests share: an explicit jsdom window (under the jsdom test environment the WXT Vitest
 * plugin's setup fails to load; the card takes its document as a parameter, so no DOM globals are needed), and
 * catalog entries by id.
 */
import { JSDOM } from 'jsdom';
import { type Entry, entryById } from '../../../catalog';
import { DESK_TEXT_CLASS } from '../../../components/explanation/dom';

export const { window } = new JSDOM('<!doctype html><html><head></head><body></body></html>', {
  pretendToBeVisual: true,
});
export const { document } = window;

export function entry(id: string): Entry {
  const found = entryById(id);
  if (!found) throw new Error(`no catalog entry ${id}`);
  return found;
}

/** The texts of the elements a selector finds. */
export const texts = (root: Element, selector: string) =>
  [...root.querySelectorAll(selector)].map((n) => n.textContent);

/**
 * An element's text as the card shows it: on a console's page the desk's words are CSS-generated content from an
 * attribute (dom.ts deskText), put in here as text.
 */
export function shownText(element: Element | null): string | null {
  if (!element) return null;
  const copy = element.cloneNode(true) as Element;
  for (const said of copy.querySelectorAll<HTMLElement>(`.${DESK_TEXT_CLASS}`)) {
    said.textContent = said.dataset.text ?? '';
  }
  return copy.textContent;
}

/** The texts as shown (shownText) of the elements a selector finds. */
export const shownTexts = (root: Element, selector: string) => [...root.querySelectorAll(selector)].map(shownText);
