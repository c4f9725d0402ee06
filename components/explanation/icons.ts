/**
 * The severity chip's icons: a shape per severity beside its word, so the chip reads without colour (and without
 * the word, at a glance). Drawn with createElementNS, never markup; hidden from screen readers (the word says it).
 */
import type { Severity } from '../../catalog/schema';

const SVG = 'http://www.w3.org/2000/svg';

// 16×16 strokes in currentColor; a zero-length path with round caps is a dot.
const RING = 'M8 1.75a6.25 6.25 0 1 0 0 12.5a6.25 6.25 0 1 0 0-12.5Z';
const PATHS: Record<Severity | 'unknown' | 'chevron', string[]> = {
  error: [RING, 'M5.75 5.75l4.5 4.5M10.25 5.75l-4.5 4.5'],
  warning: ['M8 1.9 14.8 13.6H1.2Z', 'M8 6.2v3.3', 'M8 11.6v0'],
  info: [RING, 'M8 7.3v4', 'M8 4.8v0'],
  success: [RING, 'M5.2 8.2l1.9 1.9 3.8-4'],
  progress: [RING, 'M8 4.6V8l2.4 1.5'],
  unknown: [RING, 'M6.3 6.3a1.8 1.8 0 1 1 2.5 1.7c-.5.2-.8.6-.8 1.1v.3', 'M8 11.4v0'],
  chevron: ['M4.5 6.25 8 9.75l3.5-3.5'],
};

/** An icon by name: a severity's, "unknown" or the disclosure's "chevron". */
export function icon(doc: Document, name: keyof typeof PATHS, className: string): SVGSVGElement {
  const svg = doc.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('class', className);
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  for (const d of PATHS[name]) {
    const path = doc.createElementNS(SVG, 'path');
    path.setAttribute('d', d);
    svg.append(path);
  }
  return svg;
}
