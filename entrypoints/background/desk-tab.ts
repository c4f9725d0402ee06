/**
 * How the background answers the tooltip's "Add a desk note" and "Explain this status": at most one options tab,
 * whatever a page sends. A console page can fake clicks (another helper makes the content script ignore untrusted
 * ones); here, whatever gets through is rate-limited per sender tab, and an options tab already open is reused
 * (focused and sent to the new form) rather than another opened. Pure: the background (desk-form.ts) acts on it.
 */

/** One request per sender tab in this time: the rest of a burst is dropped. */
export const DESK_TAB_INTERVAL_MS = 2_000;
/** How long a tab we just opened counts as the options tab before its page has loaded (and can be found). */
export const CREATED_TAB_GRACE_MS = 5_000;
/** The sender key of a request from no tab (an extension page in a popup): one bucket for all of them. */
export const NO_TAB = -1;

/** When each sender tab last had a request let through. */
export type Admitted = ReadonlyMap<number, number>;

/**
 * Whether a request from `sender` at `now` is let through, and the record to keep: a sender whose last request
 * was let through less than `interval` ago is refused. Records older than that are forgotten, so the map stays
 * small however many tabs send.
 */
export function admitDeskRequest(
  admitted: Admitted,
  sender: number,
  now: number,
  interval = DESK_TAB_INTERVAL_MS,
): { ok: boolean; admitted: Map<number, number> } {
  const kept = new Map([...admitted].filter(([, at]) => now - at < interval && at <= now));
  if (kept.has(sender)) return { ok: false, admitted: kept };
  kept.set(sender, now);
  return { ok: true, admitted: kept };
}

export interface OptionsTab {
  tabId: number;
  windowId?: number;
}

/** The tab the background opened last, and when. */
export interface CreatedTab {
  tab: OptionsTab;
  at: number;
}

export type DeskTabAction = { kind: 'reuse'; tab: OptionsTab } | { kind: 'create' };

/**
 * Where a let-through request goes: the options tab open already (the one we opened, if it is among them), or
 * the one we opened moments ago whose page is still loading, or else a new tab.
 */
export function chooseDeskTab(
  open: readonly OptionsTab[],
  created: CreatedTab | null,
  now: number,
  grace = CREATED_TAB_GRACE_MS,
): DeskTabAction {
  const ours = created ? open.find((t) => t.tabId === created.tab.tabId) : undefined;
  const found = ours ?? open[0];
  if (found) return { kind: 'reuse', tab: found };
  if (created && now - created.at >= 0 && now - created.at < grace) return { kind: 'reuse', tab: created.tab };
  return { kind: 'create' };
}
