/**
 * What the explanation tests share: an explicit jsdom window (under the jsdom test environment the WXT Vitest
 * plugin's setup fails to load; the card takes its document as a parameter, so no DOM globals are needed), and
 * catalog entries by id.
 */
import { JSDOM } from 'jsdom';
import { type Entry, entryById } from '../../../catalog';

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
