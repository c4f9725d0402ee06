import type { PageReport } from '../../components/messaging/schema';
import { hostName, hostToUse } from '../../components/use-here';
import { askTab, tabAddress } from './page-report';

/** "Use Status Lens on <host> as …": what the popup can offer for the tab's address. */
export interface Offer {
  url: string;
  /** The host as people read it: "dpod.corp.example:8443". */
  host: string;
}

/**
 * What the popup knows of its tab: a console and its statuses; Status Lens running there without recognising a
 * console; Status Lens not running there; or still asking. An offer where the tab's address allows one.
 */
export type PageState =
  | { kind: 'loading' }
  /** `host`: the tab's host, as the page's ticket names it ('' where the tab's address cannot be read). */
  | { kind: 'console'; report: PageReport; host: string }
  | { kind: 'no-console'; offer: Offer | null }
  | { kind: 'inactive'; offer: Offer | null };

/** The offer a tab's address allows: http(s), readable, and (where the script runs already) not a built-in host. */
export function offerFor(url: string | undefined, running: boolean): Offer | null {
  if (!url) return null;
  const planned = hostToUse(url, null, []);
  if (!planned.ok || (running && planned.builtIn)) return null;
  return { url, host: hostName(planned.pattern) };
}

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Reads the tab: asks its content script (again, while it is starting, up to `patience` ms), and its address.
 * With `untilRunning`, a silent tab is asked again too: the script is on its way (after "Use Status Lens here").
 */
export async function readPage(tabId: number, patience = 3000, untilRunning = false): Promise<PageState> {
  const deadline = Date.now() + patience;
  for (;;) {
    const answer = await askTab(tabId);
    if (answer.kind === 'report') {
      if (answer.report.product)
        return { kind: 'console', report: answer.report, host: hostOf(await tabAddress(tabId)) };
      return { kind: 'no-console', offer: offerFor(await tabAddress(tabId), true) };
    }
    const waiting = answer.kind === 'starting' || untilRunning;
    if (!waiting || Date.now() > deadline) {
      const url = await tabAddress(tabId);
      return answer.kind === 'silent'
        ? { kind: 'inactive', offer: offerFor(url, false) }
        : { kind: 'no-console', offer: null };
    }
    await pause(100);
  }
}

function hostOf(url: string | undefined): string {
  try {
    return url ? new URL(url).host : '';
  } catch {
    return '';
  }
}
