/** Where a page names itself, read once from its top for every console that asks. */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { PageSigns } from '../../../components/page/signs';

describe('page signs', () => {
  const signsOf = (body: string) => {
    const { window } = new JSDOM(`<!doctype html><body>${body}</body>`);
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
    // 60 sections of 60 rows: 7,000 elements the walk may read, more than it looks at.
    const section = `<section>${'<div><span>row</span></div>'.repeat(60)}</section>`;
    const page = `<main>${section.repeat(60)}</main>`;
    expect(signsOf(`<header>DPOD</header>${page}`).namesSay(DPOD)).toBe(true);
    expect(signsOf(`${page}<header>DPOD</header>`).namesSay(DPOD)).toBe(false);
  });

  it('pass over a table’s rows and a long list’s items: a heading after them is read, a name among them is not', () => {
    const table = `<table>${'<tr><td>Completed</td><td><h1>DPOD</h1></td></tr>'.repeat(3000)}</table>`;
    expect(signsOf(`${table}<h2>System Status</h2>`).headingsSay(STATUS)).toBe(true);
    expect(signsOf(table).namesSay(DPOD)).toBe(false);
    const log = `<div class="log">${'<p>task ended with SUCCESS</p>'.repeat(3000)}</div>`;
    expect(signsOf(`${log}<h2>System Status</h2>`).headingsSay(STATUS)).toBe(true);
    const nameFarDown = `<div>${'<p>line</p>'.repeat(100)}<h1>DPOD</h1></div>`;
    expect(signsOf(nameFarDown).namesSay(DPOD)).toBe(false);
  });
});
