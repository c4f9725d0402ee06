import type { PageReport } from '../../components/messaging/schema';

/**
 * A tab's reports kept per frame (sender.frameId), so a console in an iframe and its parent page both count and
 * neither hides the other. Pure: the store (tab-reports.ts) keeps them, toolbar.ts decides when.
 */

export interface FrameReport {
  report: PageReport;
  /** When the background received it (ms since the epoch), to tell a report of a document since replaced. */
  at: number;
  /** The reporting document (Chrome's sender.documentId); absent in Firefox. */
  documentId?: string;
}

/** A tab's frames by frame id (0 is the top frame). */
export type TabFrames = Readonly<Record<string, FrameReport>>;

export function withFrame(frames: TabFrames, frameId: number, entry: FrameReport): TabFrames {
  return { ...frames, [String(frameId)]: entry };
}

/** The reports of a tab's frames, the top frame's first, then by frame id (the keys' own order). */
export function reportsOf(frames: TabFrames): PageReport[] {
  return Object.keys(frames)
    .sort((a, b) => Number(a) - Number(b))
    .map((id) => (frames[id] as FrameReport).report);
}

/** What the frame shows now, asked of the frame itself: its document's id (Chrome) and its time origin. */
export interface FrameProbe {
  documentId?: string;
  /** performance.timeOrigin of the frame's document: when its navigation started. */
  timeOrigin: number;
}

// Clocks of the page and of the background read the same system time; a few ms apart at most.
const CLOCK_SLACK_MS = 50;

/**
 * Whether a frame's report still speaks for what the frame shows: its document is the one that reported (same
 * document id, or, where the browser gives none, a document whose navigation started before the report came).
 * A frame that is gone (null) speaks for nothing.
 */
export function stillShown(entry: FrameReport, probe: FrameProbe | null): boolean {
  if (!probe) return false;
  if (entry.documentId && probe.documentId) return entry.documentId === probe.documentId;
  return probe.timeOrigin <= entry.at + CLOCK_SLACK_MS;
}

/** The frames whose reports still speak for their frame, given what each frame answered. */
export function keepShown(frames: TabFrames, probes: ReadonlyMap<string, FrameProbe | null>): TabFrames {
  return Object.fromEntries(Object.entries(frames).filter(([id, entry]) => stillShown(entry, probes.get(id) ?? null)));
}
