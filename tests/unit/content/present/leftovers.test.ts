/** What an earlier instance of the content script left on the page (Firefox unloads it without its cleanup). */
import { describe, expect, it } from 'vitest';
import { clearLeftovers } from '../../../../entrypoints/content/present/leftovers';
import { pageOf } from '../support/dom';

describe('what an earlier instance left', () => {
  const page = (host: boolean) => {
    const { doc } = pageOf(
      `<!doctype html><html><body><table><tr><td><span data-status-lens="x" tabindex="0" data-status-lens-tabindex>Failed</span></td>
      <td><button data-status-lens="y" tabindex="0">Retry</button></td></tr></table></body></html>`,
    );
    // Where the card puts its host: under the root element, beside the body.
    if (host) doc.documentElement.append(doc.createElement('status-lens-overlay'));
    return doc;
  };

  it('is cleared when its card host is on the page: the host, the marks and only the Tab stops it made', () => {
    const doc = page(true);
    clearLeftovers(doc);
    expect(doc.querySelector('status-lens-overlay')).toBeNull();
    expect(doc.querySelector('[data-status-lens]')).toBeNull();
    expect(doc.querySelector('span')?.hasAttribute('tabindex')).toBe(false);
    expect(doc.querySelector('button')?.getAttribute('tabindex')).toBe('0');
  });

  it('is not looked for without a host: the page is left as it is', () => {
    const doc = page(false);
    clearLeftovers(doc);
    expect(doc.querySelectorAll('[data-status-lens]')).toHaveLength(2);
  });
});
