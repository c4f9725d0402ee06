/** The shared DOM helpers that read the page around the pointer. */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { holdsMoreText } from '../../../components/page/dom';

describe('holdsMoreText', () => {
  const { window } = new JSDOM('<!doctype html><body><div id="log"></div><span id="pill">Space <b>Full</b></span>');
  (globalThis as Record<string, unknown>).NodeFilter = window.NodeFilter;
  const doc = window.document;
  const log = doc.getElementById('log') as HTMLElement;
  for (let i = 0; i < 200; i++) log.append(doc.createElement('p'), `line ${i} EXECUTION_PRE_CHECKS_NFS_OUT_OF_SPACE `);
  const pill = doc.getElementById('pill') as HTMLElement;

  it('counts the text of every descendant, as textContent would', () => {
    expect(holdsMoreText(pill, 9)).toBe(true);
    expect(holdsMoreText(pill, 10)).toBe(false);
  });

  it('answers for a whole log past the limit', () => {
    expect(holdsMoreText(log, 120)).toBe(true);
    expect(holdsMoreText(doc.body, 120)).toBe(true);
  });

  it('holds nothing in an empty element', () => {
    expect(holdsMoreText(doc.createElement('i'), 0)).toBe(false);
  });
});
