import { describe, expect, it } from 'vitest';
import type { Finding, PageReport } from '../../../components/messaging/schema';
import { NO_CONSOLE_TITLE, NOT_ACTIVE_TITLE } from '../../../components/toolbar-titles';
import { BADGE_COLORS, badgeView, countText, tallyOf } from '../../../entrypoints/background/badge';

const finding = (severity: Finding['severity'], count: number, product: Finding['product'] = 'dpod'): Finding => ({
  product,
  section: null,
  label: 'X',
  entryId: null,
  severity,
  count,
});
const report = (product: PageReport['product'], findings: Finding[], partial?: boolean): PageReport => ({
  product,
  findings,
  ...(partial === undefined ? {} : { partial }),
});
const view = (...reports: PageReport[]) => badgeView(tallyOf(reports));

describe('the toolbar badge of a tab', () => {
  it('says nothing where Status Lens is not active, and says so in its title', () => {
    expect(view()).toEqual({ state: 'inactive', text: '', title: NOT_ACTIVE_TITLE });
    expect(NOT_ACTIVE_TITLE).toBe('Not active on this site — open to use it here');
  });

  it('says nothing where it runs but recognises no console, stray findings or not', () => {
    expect(view(report(null, [finding('error', 2)]))).toEqual({
      state: 'no-console',
      text: '',
      title: NO_CONSOLE_TITLE,
    });
  });

  it('shows a quiet sign on a console with no error or warning', () => {
    const v = view(report('dropsuite', [finding('success', 9), finding('progress', 2), finding(null, 1)]));
    expect(v).toEqual({
      state: 'clean',
      text: '✓',
      title: 'Dropsuite · no errors or warnings',
      colors: BADGE_COLORS.clean,
    });
  });

  it('counts warnings in the warning colour where there is no error', () => {
    const v = view(report('dropsuite', [finding('warning', 2), finding('warning', 1), finding('success', 4)]));
    expect(v).toEqual({ state: 'warning', text: '3', title: 'Dropsuite · 3 warnings', colors: BADGE_COLORS.warning });
    expect(view(report('dpod', [finding('warning', 1)])).title).toBe('DPOD · 1 warning');
  });

  it('counts errors (occurrences, summed) in the error colour, and names the warnings beside them', () => {
    const v = view(report('dropsuite', [finding('error', 1), finding('warning', 1), finding('error', 1)]));
    expect(v).toEqual({
      state: 'error',
      text: '2',
      title: 'Dropsuite · 2 errors, 1 warning',
      colors: BADGE_COLORS.error,
    });
    expect(view(report('mxhero', [finding('error', 1)])).title).toBe('mxHERO · 1 error');
  });

  it('sums the frames of a tab: a console in an iframe beside a parent page with its own statuses', () => {
    const parent = report('dropsuite', [finding('error', 2, 'dropsuite'), finding('warning', 1, 'dropsuite')]);
    const frame = report('dpod', [finding('error', 3), finding('success', 5)]);
    const none = report(null, []);
    // The top frame's console named first (reports come in frame order).
    expect(view(parent, none, frame)).toMatchObject({
      state: 'error',
      text: '5',
      title: 'Dropsuite, DPOD · 5 errors, 1 warning',
    });
    // A frame of no console adds nothing and takes nothing away.
    expect(view(none, report('dpod', [finding('warning', 2)]))).toMatchObject({ state: 'warning', text: '2' });
  });

  it('keeps a partial count a lower bound ("12+"), and never "none" while counting', () => {
    const long = report('dropsuite', [finding('error', 12)], true);
    expect(view(long)).toMatchObject({
      state: 'error',
      text: '12+',
      title: 'Dropsuite · at least 12 errors so far — open Status Lens to count every status of this long page',
    });
    const unsure = view(report('dropsuite', [finding('warning', 2)], true));
    expect(unsure).toMatchObject({ state: 'partial', text: '…', colors: BADGE_COLORS.partial });
    expect(unsure.title).toMatch(/no error and 2 warnings among the statuses counted so far.*count every status/);
    // One frame read in part makes the tab's count a lower bound.
    expect(view(long, report('dpod', [finding('error', 1)])).text).toBe('13+');
  });

  it.each([
    [0, false, '0'],
    [42, false, '42'],
    [999, false, '999'],
    [1000, false, '999+'],
    [12, true, '12+'],
    [1000, true, '999+'],
  ])('fits %i (partial: %s) in the badge as %j', (count, partial, text) => {
    expect(countText(count, partial)).toBe(text);
  });

  it.each(Object.entries(BADGE_COLORS))('draws %s with text at WCAG AA contrast (4.5:1) or better', (_name, colors) => {
    expect(contrast(colors.background, colors.text)).toBeGreaterThanOrEqual(4.5);
  });
});

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
