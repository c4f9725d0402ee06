/**
 * The user's first reach for the page (`onFirstReach`): the card is made then, not at load. Only the user's own
 * pointer movement or key press counts, once; what the page dispatches and a touch leave it waiting.
 */
import { describe, expect, it } from 'vitest';
import { onFirstReach } from '../../../../entrypoints/content/present/input';
import { adoptPageAbortController, dispatchByUser as byUser, pageOf } from '../support/dom';

function page() {
  const { doc, view } = pageOf('<body><p>Backups</p></body>');
  adoptPageAbortController(view);
  const calls: string[] = [];
  const stop = new view.AbortController();
  onFirstReach(doc, stop.signal, () => calls.push('reached'));
  const move = (pointerType = 'mouse') => new view.PointerEvent('pointermove', { bubbles: true, pointerType });
  return { doc, view, calls, stop, move };
}

describe('the first reach for the page', () => {
  it('is the user’s first pointer movement, and only the first', () => {
    const { doc, calls, move } = page();
    expect(calls).toEqual([]);
    byUser(doc.body, move());
    byUser(doc.body, move());
    expect(calls).toEqual(['reached']);
  });

  it('is a key press too', () => {
    const { doc, view, calls } = page();
    byUser(doc.body, new view.KeyboardEvent('keydown', { key: 'Tab', bubbles: true }));
    expect(calls).toEqual(['reached']);
  });

  it('is not what the page dispatches, nor a touch: it keeps waiting for the user', () => {
    const { doc, view, calls, move } = page();
    doc.body.dispatchEvent(move());
    doc.body.dispatchEvent(new view.KeyboardEvent('keydown', { key: 'Tab', bubbles: true }));
    byUser(doc.body, move('touch'));
    expect(calls).toEqual([]);
    byUser(doc.body, move('pen'));
    expect(calls).toEqual(['reached']);
  });

  it('is no longer awaited once the overlay stops', () => {
    const { doc, calls, stop, move } = page();
    stop.abort();
    byUser(doc.body, move());
    expect(calls).toEqual([]);
  });
});
