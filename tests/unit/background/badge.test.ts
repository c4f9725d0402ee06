import { describe, expect, it } from 'vitest';
import type { Finding, PageReport } from '../../../components/messaging/schema';
import { badgeText, badgeTitle, errorCount } from '../../../entrypoints/background/badge';

const finding = (severity: Finding['severity'], count: number): Finding => ({
  product: 'dpod',
  section: 'executions',
  label: 'X',
  entryId: null,
  severity,
  count,
});

describe('badge', () => {
  it.each<[string, PageReport, number]>([
    ['no console', { product: null, findings: [] }, 0],
    ['no console, stray findings', { product: null, findings: [finding('error', 2)] }, 0],
    ['a console without statuses', { product: 'dpod', findings: [] }, 0],
    ['no errors', { product: 'dpod', findings: [finding('warning', 3), finding('success', 9), finding(null, 1)] }, 0],
    [
      'errors summed over counts',
      { product: 'dpod', findings: [finding('error', 3), finding('warning', 1), finding('error', 2)] },
      5,
    ],
  ])('%s → %i', (_name, report, count) => {
    expect(errorCount(report)).toBe(count);
  });

  it.each([
    [0, ''],
    [1, '1'],
    [42, '42'],
    [999, '999'],
    [1000, '999+'],
  ])('text for %i is %j', (count, text) => {
    expect(badgeText(count)).toBe(text);
  });

  it.each([
    [0, '…'],
    [12, '12+'],
    [1000, '999+'],
  ])('text for %i counted in part is %j: a lower bound, never "none"', (count, text) => {
    expect(badgeText(count, true)).toBe(text);
  });

  it('says in its title that a partial count is not all', () => {
    expect(badgeTitle(0, true)).toMatch(/no error status among those counted so far.*count every status/);
    expect(badgeTitle(3, true)).toMatch(/at least 3 error statuses on this page.*count every status/);
  });

  it('titles the button for screen readers', () => {
    expect(badgeTitle(0)).toBe('Status Lens');
    expect(badgeTitle(1)).toBe('Status Lens: 1 error status on this page');
    expect(badgeTitle(3)).toBe('Status Lens: 3 error statuses on this page');
  });
});
