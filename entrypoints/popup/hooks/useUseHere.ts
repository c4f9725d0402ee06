import { useState } from 'react';
import type { ProductId } from '../../../catalog';
import type { Offer } from '../page-state';
import { takeOffer } from '../take-offer';

/** Where taking the offer stands, for the popup to say. */
export type UseHereProgress =
  | { kind: 'idle' }
  | { kind: 'asking'; product: ProductId | null; host: string }
  | { kind: 'done'; host: string; product: ProductId | null }
  | { kind: 'failed'; problem: string };

/** Takes "Use Status Lens here" for the tab, then reads the tab again once the script runs there. */
export function useUseHere(
  tabId: number | undefined,
  offer: Offer | null,
  refresh: () => Promise<void>,
  /** Called once the request is settled, done or not. */
  settled: () => void,
) {
  const [progress, setProgress] = useState<UseHereProgress>({ kind: 'idle' });
  /** Call from the click itself: the permission request needs the user's gesture. */
  const take = (product: ProductId | null) => {
    if (tabId === undefined || !offer) return;
    const answer = takeOffer(tabId, offer.url, product);
    setProgress({ kind: 'asking', product, host: offer.host });
    void answer.then(async (result) => {
      if (!result.ok) {
        setProgress({ kind: 'failed', problem: result.problem });
      } else {
        await refresh();
        setProgress({ kind: 'done', host: result.host, product });
      }
      settled();
    });
  };
  return { progress, take };
}
