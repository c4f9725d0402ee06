import { HOST_TAG, MARK, OWN_TABINDEX } from '../consoles/dom';

/**
 * What an earlier instance of the content script left (an update or reload in Firefox unloads it before its
 * clean-up runs): its tooltip host, and the marks and Tab stops it put on status elements.
 */
export function clearLeftovers(doc: Document): void {
  const hosts = [...doc.getElementsByTagName(HOST_TAG)];
  // An instance marks statuses only while its tooltip host is on the page: without one, there is nothing to
  // look for, and a page of thousands of elements is not searched at every load.
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
