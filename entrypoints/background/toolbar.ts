import { browser } from 'wxt/browser';
import { withDeskEntries } from '../../components/desk/report';
import type { DeskEntry } from '../../components/desk/schema';
import type { PageReport } from '../../components/messaging/schema';
import { badgeView, tallyOf } from './badge';
import { type FrameProbe, keepShown, reportsOf, withFrame } from './frame-reports';
import { changeFrames, forgetTab, framesOf } from './tab-reports';

/**
 * The toolbar button of each tab: the reports of the tab's frames summed (badge.ts), kept per frame
 * (tab-reports.ts), and dropped when the frame's document is gone (a navigation, a reload, a closed tab).
 */
export function createToolbar(deskEntries: () => Promise<readonly DeskEntry[]>) {
  const render = async (tabId: number) => {
    const [frames, entries] = await Promise.all([framesOf(tabId), deskEntries().catch(() => [])]);
    // Statuses only the desk explains count by the desk entry's severity.
    const reports = reportsOf(frames).map((r) => withDeskEntries(r, { entries }));
    const view = badgeView(tallyOf(reports));
    await Promise.all([
      browser.action.setBadgeText({ tabId, text: view.text }),
      browser.action.setTitle({ tabId, title: view.title }),
      ...(view.colors
        ? [
            browser.action.setBadgeBackgroundColor({ tabId, color: view.colors.background }),
            browser.action.setBadgeTextColor?.({ tabId, color: view.colors.text }),
          ]
        : []),
    ]);
  };

  /**
   * Drops the reports of documents the tab's frames no longer show, asking each frame what it shows. Resolves
   * false where the tab had no report to begin with (nothing to say: the default title stands).
   */
  const prune = async (tabId: number) => {
    let had = false;
    await changeFrames(tabId, async (frames) => {
      const ids = Object.keys(frames);
      had = ids.length > 0;
      if (!had) return frames;
      const probes = new Map(await Promise.all(ids.map(async (id) => [id, await probe(tabId, Number(id))] as const)));
      return keepShown(frames, probes);
    });
    return had;
  };

  return {
    /** A frame's report (a `page-report` message). */
    async report(tabId: number, frameId: number, documentId: string | undefined, report: PageReport) {
      await changeFrames(tabId, (frames) =>
        withFrame(frames, frameId, { report, at: Date.now(), ...(documentId ? { documentId } : {}) }),
      );
      await render(tabId);
    },
    /** Listens for what ends a frame's report: the tab loaded anew (or a frame did), the tab closed. */
    listen() {
      browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
      browser.tabs.onUpdated.addListener((tabId, change) => {
        if (change.status !== 'complete') return;
        void prune(tabId)
          .then((had) => (had ? render(tabId) : undefined))
          .catch(() => {
            // The tab closed meanwhile.
          });
      });
    },
  };
}

/** What a frame of a tab shows now; null where the frame is gone or Status Lens may not look at it. */
async function probe(tabId: number, frameId: number): Promise<FrameProbe | null> {
  try {
    const [result] = await browser.scripting.executeScript({
      target: { tabId, frameIds: [frameId] },
      func: () => performance.timeOrigin,
      injectImmediately: true,
    });
    if (typeof result?.result !== 'number') return null;
    // Chrome names the frame's document; Firefox does not.
    const documentId = (result as { documentId?: unknown }).documentId;
    return { timeOrigin: result.result, ...(typeof documentId === 'string' ? { documentId } : {}) };
  } catch {
    return null;
  }
}
