/** Where a page names itself, read once from its top for every console that asks. */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { PageSigns } from '../../../components/page/signs';

describe('page signs', () => {
  const signsOf = (body: string) => {
    const { window } = new JSDOM(`<!doctype html><body>${body}</body>`);
    // The walk asks NodeFilter of its globals, as a content script's are its page's.
    (globalThis as Record<string, unknown>).NodeFilter = window.NodeFilter;
    return new PageSigns(window.document);
  };
  const DPOD = /\bDPOD\b/;
  const STATUS = /\bsystem status\b/i;

  it('are where a page names itself: header, toolbar, brand, logo, main heading, an image’s alt', () => {
    expect(signsOf('<header><span>IBM DPOD</span></header>').namesSay(DPOD)).toBe(true);
    expect(signsOf('<div class="MuiToolbar-root">DPOD</div>').namesSay(DPOD)).toBe(true);
    expect(signsOf('<a class="navbar-brand">DPOD</a>').namesSay(DPOD)).toBe(true);
    expect(signsOf('<img alt="DPOD" src="x.png">').namesSay(DPOD)).toBe(true);
    expect(signsOf('<h2>System Status</h2>').headingsSay(STATUS)).toBe(true);
    expect(signsOf('<div role="heading">System Status</div>').headingsSay(STATUS)).toBe(true);
    expect(signsOf('<header><div class="page-title">System Status</div></header>').headingsSay(STATUS)).toBe(true);
  });

  it('are not prose, nor a title class outside the header', () => {
    expect(signsOf('<p>We moved off DPOD last year.</p>').namesSay(DPOD)).toBe(false);
    expect(signsOf('<p>See the System Status page.</p>').headingsSay(STATUS)).toBe(false);
    expect(signsOf('<div class="card-title">System Status</div>').headingsSay(STATUS)).toBe(false);
  });

  it('are read from the top of the page, however long it is', () => {
    // 4,000 elements: more than are looked at.
    const rows = '<div><span>row</span></div>'.repeat(2000);
    expect(signsOf(`<header>DPOD</header>${rows}`).namesSay(DPOD)).toBe(true);
    expect(signsOf(`${rows}<header>DPOD</header>`).namesSay(DPOD)).toBe(false);
  });
});
