/**
 * Runs in the page (passed to Playwright's and puppeteer's evaluate): where a person points at the first
 * `wanted` inside the text of `root` — the centre of that code's own box, scrolled into view.
 */
export function codePoint(root: Element, wanted: string): { x: number; y: number } | null {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = (node.nodeValue ?? '').indexOf(wanted);
    if (at < 0) continue;
    (node.parentElement as Element).scrollIntoView({ block: 'center' });
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + wanted.length);
    const rect = range.getBoundingClientRect();
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }
  return null;
}
