import { browser } from 'wxt/browser';
import type { PageReport } from '../../components/messaging/schema';

/** Red for errors, with white text: 5.9:1 contrast. */
export const BADGE_COLOR = '#c62828';
export const BADGE_TEXT_COLOR = '#ffffff';
/** Grey for a count not finished (a long page, counted in part): 6.4:1 with white text. */
export const PARTIAL_COLOR = '#5f6368';

/** Number of error findings on a page: the sum of their counts. None when no console is recognised. */
export function errorCount(report: PageReport): number {
  if (report.product === null) return 0;
  return report.findings.reduce((sum, f) => sum + (f.severity === 'error' ? f.count : 0), 0);
}

/**
 * Badge text for a count: empty for none; the badge fits about four characters. A partial count is a lower
 * bound ("12+"), and none found so far is not "none": an ellipsis says counting is not done.
 */
export function badgeText(count: number, partial = false): string {
  if (count > 999) return '999+';
  if (count <= 0) return partial ? '…' : '';
  return partial ? `${count}+` : String(count);
}

export function badgeTitle(count: number, partial = false): string {
  const more = 'Open Status Lens to count every status of this long page.';
  if (count <= 0) return partial ? `Status Lens: no error status among those counted so far. ${more}` : 'Status Lens';
  const errors = `${count} error ${count === 1 ? 'status' : 'statuses'}`;
  return partial ? `Status Lens: at least ${errors} on this page. ${more}` : `Status Lens: ${errors} on this page`;
}

/** Shows a tab's error count on the toolbar button. */
export async function showReport(tabId: number, report: PageReport): Promise<void> {
  const count = errorCount(report);
  const partial = report.partial === true && report.product !== null;
  const text = badgeText(count, partial);
  await Promise.all([
    browser.action.setBadgeText({ tabId, text }),
    browser.action.setTitle({ tabId, title: badgeTitle(count, partial) }),
    ...(text
      ? [
          browser.action.setBadgeBackgroundColor({ tabId, color: count > 0 ? BADGE_COLOR : PARTIAL_COLOR }),
          browser.action.setBadgeTextColor?.({ tabId, color: BADGE_TEXT_COLOR }),
        ]
      : []),
  ]);
}
