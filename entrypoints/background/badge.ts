import { browser } from 'wxt/browser';
import type { PageReport } from '../../components/messaging/schema';

/** Red for errors, with white text: 5.9:1 contrast. */
export const BADGE_COLOR = '#c62828';
export const BADGE_TEXT_COLOR = '#ffffff';

/** Number of error findings on a page: the sum of their counts. None when no console is recognised. */
export function errorCount(report: PageReport): number {
  if (report.product === null) return 0;
  return report.findings.reduce((sum, f) => sum + (f.severity === 'error' ? f.count : 0), 0);
}

/** Badge text for a count: empty for none; the badge fits about four characters. */
export function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 999 ? '999+' : String(count);
}

export function badgeTitle(count: number): string {
  if (count <= 0) return 'Status Lens';
  return `Status Lens: ${count} error ${count === 1 ? 'status' : 'statuses'} on this page`;
}

/** Shows a tab's error count on the toolbar button. */
export async function showReport(tabId: number, report: PageReport): Promise<void> {
  const count = errorCount(report);
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: badgeText(count) }),
    browser.action.setTitle({ tabId, title: badgeTitle(count) }),
    ...(count > 0
      ? [
          browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR }),
          browser.action.setBadgeTextColor?.({ tabId, color: BADGE_TEXT_COLOR }),
        ]
      : []),
  ]);
}
