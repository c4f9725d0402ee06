/**
 * Runs in the page (passed to Playwright's and puppeteer's evaluate): where a person points at the first
 * `wanted` inside the text of `root`, as a whole token (not "SUCCESS" inside "…_UNSUCCESSFUL") — the centre of
 * that code's own box, scrolled into view.
 */
export function codePoint(root: Element, wanted: string): { x: number; y: number } | null {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const word = /[A-Za-z0-9_]/;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue ?? '';
    let at = text.indexOf(wanted);
    while (at >= 0 && (word.test(text[at - 1] ?? '') || word.test(text[at + wanted.length] ?? ''))) {
      at = text.indexOf(wanted, at + 1);
    }
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
