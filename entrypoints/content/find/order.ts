/** Where statuses stand relative to each other: document order across shadow roots, and bisection over it. */
import type { StatusHit } from './status';

/** The first index in [0, length) for which `before` is false. */
export function bisect(length: number, before: (i: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (before(middle)) low = middle + 1;
    else high = middle;
  }
  return low;
}

export function nodeOf(hit: StatusHit): Node {
  return hit.kind === 'element' ? hit.element : hit.node;
}

/** Document order, across shadow roots: a node in a shadow tree stands where its host does. */
export function compare(a: Node, b: Node): number {
  if (a === b) return 0;
  const position = a.compareDocumentPosition(b);
  if (position & Node.DOCUMENT_POSITION_DISCONNECTED) {
    const ha = hostChain(a);
    const hb = hostChain(b);
    return ha === a && hb === b ? 0 : compare(ha, hb);
  }
  return position & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

function hostChain(node: Node): Node {
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? hostChain(root.host) : node;
}
