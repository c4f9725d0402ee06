import { browser } from 'wxt/browser';
import type { ProductId } from '../../catalog';
import { parseUseHereAnswer, type UseHereAnswer } from '../../components/messaging/schema';
import { hostToUse } from '../../components/use-here';
import { requestHosts } from '../options/permissions';

/**
 * "Use Status Lens here": asks the browser for access to the tab's origin (first, inside the user's click: the
 * browser prompts only during a gesture) and tells the background, which saves the host as `product` (null: the
 * page tells the console), registers the script and runs it in the tab. The background finishes even if the popup
 * closes meanwhile (Firefox closes it for the prompt).
 */
export function takeOffer(tabId: number, url: string, product: ProductId | null): Promise<UseHereAnswer> {
  const planned = hostToUse(url, product, []);
  if (!planned.ok) return Promise.resolve(planned);
  const granted = requestHosts([planned.pattern]).catch(() => false);
  const answer = browser.runtime
    .sendMessage({ type: 'use-here', tabId, url, product })
    .then(parseUseHereAnswer, () => undefined);
  return granted.then(async (ok): Promise<UseHereAnswer> => {
    if (!ok) return { ok: false, problem: 'The browser did not grant access, so nothing changed.' };
    return (await answer) ?? { ok: false, problem: 'Status Lens could not start on this page.' };
  });
}
