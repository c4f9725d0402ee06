/**
 * The status under the pointer (`locate`, what the pointer listener asks): an element around the target, else the
 * known code at the caret, on whose characters the pointer must stand. The caret comes from the browser's hit test,
 * answered here from a made-up layout (../support/layout.ts).
 */
import { describe, expect, it, vi } from 'vitest';
import { locate } from '../../../../entrypoints/content/find/locate';
import { moduleOf } from '../support/consoles';
import { pageOf } from '../support/dom';
import { type CaretApi, CHAR, TextLayout } from '../support/layout';

const dpod = moduleOf('dpod');
const dropsuite = moduleOf('dropsuite');

function page(body: string, api: CaretApi = 'caretPositionFromPoint') {
  const { doc, view } = pageOf(`<!doctype html><title>IBM DataPower Operations Dashboard</title><body>${body}</body>`);
  return { doc, layout: new TextLayout(view).install(api) };
}

/** The first text that holds `word`, and where the word starts in it. */
function find(doc: Document, word: string): { text: Text; at: number } {
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = (node as Text).data.indexOf(word);
    if (at >= 0) return { text: node as Text, at };
  }
  throw new Error(`no ${word}`);
}

describe('locate', () => {
  it.each<CaretApi>(['caretPositionFromPoint', 'caretRangeFromPoint'])(
    'finds the code under the pointer inside a sentence, by %s',
    (api) => {
      const { doc, layout } = page('<p>02:00:09 idg-prod-02: task ended with EXECUTION_STARTED, see the log.</p>', api);
      const { text, at } = find(doc, 'EXECUTION_STARTED');
      for (const offset of [at, at + 8, at + 16]) {
        const hit = locate(doc, dpod, layout.pointerOn(text, offset));
        expect(hit).toMatchObject({ kind: 'text', node: text, start: at, label: 'EXECUTION_STARTED' });
      }
    },
  );

  it('finds nothing beside a code, though the caret there stands at its edge', () => {
    const { doc, layout } = page('<p>task ended with SUCCESS</p>');
    const { text, at } = find(doc, 'SUCCESS');
    // On the space before it, and in the line's margin after it, where the caret is at the end of the text.
    expect(locate(doc, dpod, layout.pointerOn(text, at - 1))).toBeNull();
    const { x, y } = layout.pointOn(text, text.data.length - 1);
    expect(locate(doc, dpod, layout.pointer(x + 3 * CHAR, y))).toBeNull();
  });

  it('finds nothing on a word that is no known code, nor on an identifier made of one', () => {
    const { doc, layout } = page('<p>Audit id EXECUTION_ID_4471 recorded, idg-SUCCESS2 too.</p>');
    for (const word of ['Audit', 'EXECUTION_ID_4471', 'idg-SUCCESS2']) {
      const { text, at } = find(doc, word);
      expect(locate(doc, dpod, layout.pointerOn(text, at + 2)), word).toBeNull();
    }
  });

  it('takes an element that as a whole is a status, from any element inside it', () => {
    const { doc, layout } = page(
      '<table><thead><tr><th>Mailbox</th><th>Status</th></tr></thead><tbody><tr><td>a@example.com</td>' +
        '<td><span class="pill"><i class="icon"></i><b>Authentication</b> <span>Error</span></span></td></tr></tbody></table>',
    );
    const pill = doc.querySelector('.pill');
    const { text, at } = find(doc, 'Error');
    const hit = locate(doc, dropsuite, layout.pointerOn(text, at + 1));
    expect(hit).toMatchObject({ kind: 'element', element: pill, label: 'Authentication Error' });
  });

  it('takes the status beside a link, and nothing on the link', () => {
    const { doc, layout } = page(
      '<table><thead><tr><th>Migration</th><th>Status</th></tr></thead><tbody><tr><td>M-1</td>' +
        '<td>Retrying <a href="/log">View log</a></td></tr></tbody></table>',
    );
    const retrying = find(doc, 'Retrying');
    expect(locate(doc, dropsuite, layout.pointerOn(retrying.text, 3))).toMatchObject({
      kind: 'text',
      node: retrying.text,
      label: 'Retrying',
    });
    const link = find(doc, 'View log');
    expect(locate(doc, dropsuite, layout.pointerOn(link.text, 2))).toBeNull();
    expect(locate(doc, dropsuite, layout.pointerOn(link.text, 6))).toBeNull();
  });

  it('finds a code in an open shadow root, which the event’s path hands to the caret', () => {
    const { doc, layout } = page('<p>Before</p><task-card></task-card>');
    const shadow = (doc.querySelector('task-card') as Element).attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>the task ended with SUCCESS today</p>';
    const text = (shadow.querySelector('p') as Element).firstChild as Text;
    const point = layout.pointerOn(text, text.data.indexOf('SUCCESS') + 2);
    expect(point.path).toContain(shadow);
    expect(locate(doc, dpod, point)).toMatchObject({ kind: 'text', node: text, label: 'SUCCESS' });
    // Without the shadow root in the path, the caret stays at its host: no code there.
    expect(locate(doc, dpod, { ...point, path: point.path.filter((t) => t !== shadow) })).toBeNull();
  });

  it('asks no caret of the page for a console without codes', () => {
    const { doc, layout } = page('<p>Space Full</p>');
    const caret = vi.spyOn(doc as Document & { caretPositionFromPoint(): unknown }, 'caretPositionFromPoint');
    const { text } = find(doc, 'Space Full');
    locate(doc, dropsuite, layout.pointerOn(text, 2));
    expect(caret).not.toHaveBeenCalled();
  });

  it('finds nothing where no text is (the pointer beyond the page)', () => {
    const { doc, layout } = page('<p>SUCCESS</p>');
    expect(locate(doc, dpod, layout.pointer(5, 10_000))).toBeNull();
  });
});
