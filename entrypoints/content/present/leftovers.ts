import { HOST_TAG, MARK, OWN_TABINDEX } from '../consoles/dom';

/**
 * What an earlier instance of the content script left (an update or reload in Firefox unloads it before its
 * clean-up runs): its tooltip host, and the marks and Tab stops it put on status elements.
 */
export function clearLeftovers(doc: Document): void {
  for (const host of doc.querySelectorAll(HOST_TAG)) host.remove();
  for (const element of doc.querySelectorAll(`[${MARK}]`)) {
    element.removeAttribute(MARK);
    if (element.hasAttribute(OWN_TABINDEX)) {
      element.removeAttribute(OWN_TABINDEX);
      element.removeAttribute('tabindex');
    }
  }
}
