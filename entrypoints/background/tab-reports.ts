import { browser } from 'wxt/browser';
import { z } from 'zod/mini';
import { messagingSchemas } from '../../components/messaging/schema';
import type { FrameReport, TabFrames } from './frame-reports';

/**
 * The reports of each tab's frames, in session storage: a service worker (or Firefox's event page) is stopped
 * when idle and would otherwise forget the frames that reported before, and count only the next one. Changes
 * to one tab are queued, so two frames reporting at once both stay.
 */

const key = (tabId: number) => `frame-reports:${tabId}`;

// Read back from storage, so checked like any data crossing a boundary.
const framesSchema = () =>
  z.record(
    z.string().check(z.regex(/^\d+$/)),
    z.object({
      report: messagingSchemas().PageReport,
      at: z.number(),
      documentId: z.optional(z.string()),
    }),
  );

const cache = new Map<number, TabFrames>();
const queues = new Map<number, Promise<unknown>>();

async function read(tabId: number): Promise<TabFrames> {
  const cached = cache.get(tabId);
  if (cached) return cached;
  let frames: TabFrames = {};
  try {
    const stored = (await browser.storage.session.get(key(tabId)))[key(tabId)];
    const parsed = framesSchema().safeParse(stored ?? {});
    if (parsed.success) frames = parsed.data as Record<string, FrameReport>;
  } catch {
    // No session storage (an old browser): the frames of this worker's life only.
  }
  cache.set(tabId, frames);
  return frames;
}

async function write(tabId: number, frames: TabFrames): Promise<void> {
  cache.set(tabId, frames);
  try {
    if (Object.keys(frames).length === 0) await browser.storage.session.remove(key(tabId));
    else await browser.storage.session.set({ [key(tabId)]: frames });
  } catch {
    // Kept in memory all the same.
  }
}

/** Changes a tab's frames, one change at a time per tab; resolves with the frames as changed. */
export function changeFrames(tabId: number, change: (frames: TabFrames) => TabFrames | Promise<TabFrames>) {
  const run = async () => {
    const next = await change(await read(tabId));
    await write(tabId, next);
    return next;
  };
  const next = (queues.get(tabId) ?? Promise.resolve()).then(run, run);
  queues.set(
    tabId,
    next.catch(() => undefined),
  );
  return next;
}

export function framesOf(tabId: number): Promise<TabFrames> {
  return changeFrames(tabId, (frames) => frames);
}

/** A closed tab's frames are gone. */
export async function forgetTab(tabId: number): Promise<void> {
  await changeFrames(tabId, () => ({}));
  cache.delete(tabId);
  queues.delete(tabId);
}
