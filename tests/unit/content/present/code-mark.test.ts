/**
 * The mark on a code inside a text: boxes in the card's shadow root over the code's line boxes, following it, and
 * nothing written to the page. jsdom lays nothing out: the code's line boxes are given by the test, as the browser
 * would report them.
 */
import { describe, expect, it } from 'vitest';
import { CodeMark } from '../../../../entrypoints/content/present/code-mark';
import { pageOf } from '../support/dom';

const { doc, view } = pageOf(
  '<body><p id="log">02:00:09 task ended with EXECUTION_SECURE_BACKUP_UNSUCCESSFUL, see the log.</p></body>',
);
const host = doc.body.appendChild(doc.createElement('status-lens-overlay'));
const layer = host.attachShadow({ mode: 'closed' });
const text = doc.getElementById('log')?.firstChild as Text;

type Box = { left: number; top: number; width: number; height: number };
/** A range over the code whose line boxes are `boxes` (the browser's getClientRects). */
function codeRange(boxes: Box[]): Range {
  const range = doc.createRange();
  const start = text.data.indexOf('EXECUTION_');
  range.setStart(text, start);
  range.setEnd(text, start + 'EXECUTION_SECURE_BACKUP_UNSUCCESSFUL'.length);
  const rects = () => boxes.map((b) => new view.DOMRect(b.left, b.top, b.width, b.height));
  // As a browser answers: a range whose text left the page has collapsed where it stood, and has no boxes.
  range.getClientRects = () => (range.collapsed ? [] : rects()) as unknown as DOMRectList;
  return range;
}
const drawn = () =>
  [...layer.querySelectorAll<HTMLElement>('.mark')]
    .filter((box) => !box.hidden)
    .map((box) => [box.style.left, box.style.top, box.style.width, box.style.height]);

describe('the mark on a code in a text', () => {
  it('is drawn over each of the code’s line boxes, in the card’s root, the page’s text as it was', () => {
    const before = doc.body.innerHTML;
    const mark = new CodeMark(() => layer);
    mark.show(codeRange([{ left: 300, top: 490, width: 260, height: 14 }]));
    expect(drawn()).toEqual([['300px', '490px', '260px', '14px']]);
    expect(mark.rects()).toEqual([{ left: 300, top: 490, right: 560, bottom: 504 }]);
    expect(doc.body.innerHTML).toBe(before);
    expect(doc.adoptedStyleSheets ?? []).toHaveLength(0);
    mark.stop();
  });

  it('follows the code when it moves, and goes when asked', () => {
    const boxes = [{ left: 300, top: 490, width: 260, height: 14 }];
    const mark = new CodeMark(() => layer);
    mark.show(codeRange(boxes));
    boxes[0] = { left: 300, top: 390, width: 260, height: 14 }; // scrolled by 100 px
    mark.follow();
    expect(drawn()).toEqual([['300px', '390px', '260px', '14px']]);
    mark.show(null);
    expect(drawn()).toEqual([]);
    expect(mark.rects()).toEqual([]);
    mark.stop();
    expect(layer.querySelectorAll('.mark')).toHaveLength(0);
  });

  it('marks a code wrapped over lines on each line, at most four, and none of empty boxes', () => {
    const mark = new CodeMark(() => layer);
    const lines = [0, 1, 2, 3, 4].map((i) => ({ left: 10, top: 100 + 16 * i, width: 80, height: 14 }));
    mark.show(codeRange([{ left: 5, top: 5, width: 0, height: 14 }, ...lines]));
    expect(drawn()).toHaveLength(4);
    expect(drawn()[0]).toEqual(['10px', '100px', '80px', '14px']);
    mark.stop();
  });

  it('draws nothing once the code’s text left the page', () => {
    const mark = new CodeMark(() => layer);
    const range = codeRange([{ left: 300, top: 490, width: 260, height: 14 }]);
    mark.show(range);
    const p = doc.getElementById('log') as HTMLElement;
    p.remove();
    mark.follow();
    expect(drawn()).toEqual([]);
    doc.body.prepend(p);
    mark.stop();
  });

  it('makes nothing in the card’s root for a status that is an element', () => {
    let asked = 0;
    const mark = new CodeMark(() => {
      asked++;
      return layer;
    });
    mark.show(null);
    expect(asked).toBe(0);
  });
});
