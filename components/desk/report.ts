import type { Finding, PageReport } from '../messaging/schema';
import { deskEntryFor } from './match';
import { type DeskEntry, deskEntryId } from './schema';

/**
 * A page report with every status only the desk explains counted by the desk entry's severity: a finding the
 * content script reported unknown (entryId null) that a desk entry explains takes that entry's id and severity.
 * The overlay reports desk entries itself once it knows the desk; this covers a page scanned before.
 */
export function withDeskEntries(report: PageReport, desk: { entries: readonly DeskEntry[] }): PageReport {
  if (desk.entries.length === 0 || report.product === null) return report;
  const findings = report.findings.map((finding): Finding => {
    if (finding.entryId !== null) return finding;
    const entry = deskEntryFor(desk, finding);
    return entry ? { ...finding, entryId: deskEntryId(entry), severity: entry.severity } : finding;
  });
  return { ...report, findings };
}
