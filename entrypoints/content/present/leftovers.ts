import { HOST_TAG, MARK, OWN_TABINDEX } from '../own';

/**
 * What an earlier instance of the content script left (an update or reload in Firefox unloads it before its
 * clean-up runs): its tooltip host, and the marks and Tab stops it put on status elements.
 */
export function clearLeftovers(doc: Document): void {
  // The host is put under the root element (tooltip.ts): its children are all there is to look at. An instance
  // marks statuses only while its host is on the page: without one, a page of thousands of elements is not
  // searched at every load.
  const root = doc.documentElement;
  const hosts = root ? [...root.children].filter((child) => child.localName === HOST_TAG) : [];
  if (!hosts.length) return;
  for (const host of hosts) host.remove();
  for (const element of doc.querySelectorAll(`[${MARK}]`)) {
    element.removeAttribute(MARK);
    if (element.hasAttribute(OWN_TABINDEX)) {
      element.removeAttribute(OWN_TABINDEX);
      element.removeAttribute('tabindex');
    }
  }
}
