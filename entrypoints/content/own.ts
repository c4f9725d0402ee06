/**
 * What the overlay puts on a page, by name: its one host element and the attributes it writes on statuses.
 * Every stage that must tell the overlay's own nodes from the page's asks here.
 */

/** The overlay's host element (a closed shadow root holds the card): never read as the page's. */
export const HOST_TAG = 'status-lens-overlay';
/** Put on a whole-element status made a Tab stop; its value is the catalog entry id or "unknown". */
export const MARK = 'data-status-lens';
/** On a status element that has `tabindex` because the overlay gave it, not the page. */
export const OWN_TABINDEX = 'data-status-lens-tabindex';

/** Whether a node is the overlay's host or inside it. */
export function isOurs(node: Node): boolean {
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  return !!element && (element.localName === HOST_TAG || element.closest(HOST_TAG) !== null);
}
