import { browser } from 'wxt/browser';
import { z } from 'zod/mini';
import { ProductIdSchema } from '../../catalog/enums';
import type { UseHereAnswer } from '../../components/messaging/schema';
import { forBrowser } from '../../components/settings/host-match';
import { getSettings, saveSettings } from '../../components/settings/store';
import { hostName, hostToUse } from '../../components/use-here';
import { ensureRunningIn } from './sync';

// Firefox refuses ports in match patterns; Chrome honours them.
const PORTLESS = import.meta.env.FIREFOX;
/** How long the popup's request waits here for the browser's grant (the user reads the prompt meanwhile). */
const WAIT_FOR_GRANT_MS = 120_000;
const PENDING_KEY = 'use-here-pending';

/**
 * What the popup asked, kept in session storage until the grant comes: Firefox closes the popup when it shows
 * the permission prompt, and a service worker stopped meanwhile forgets what it was waiting for. The grant
 * (permissions.onAdded) then finishes the request.
 */
const PendingSchema = z.array(
  z.object({ tabId: z.int(), url: z.string(), product: z.nullable(ProductIdSchema), at: z.number() }),
);
type Pending = z.infer<typeof PendingSchema>[number];

export interface UseHereRequest {
  tabId: number;
  url: string;
  product: z.infer<typeof ProductIdSchema> | null;
}

/**
 * "Use Status Lens here": waits for the grant the popup asked for, saves the host, registers the content script
 * (sync) and runs it in the tab at once. Answers once done, or why not.
 */
export async function enableHere(request: UseHereRequest, sync: () => Promise<void>): Promise<UseHereAnswer> {
  const planned = hostToUse(request.url, request.product, (await getSettings()).hosts);
  if (!planned.ok) return planned;
  const origins = [forBrowser(planned.pattern, PORTLESS)];
  const key = keyOf(request);
  waiting.add(key);
  try {
    await remember({ ...request, at: Date.now() });
    if (!(await waitForGrant(origins))) {
      await forget(request);
      return { ok: false, problem: `The browser did not grant access to ${hostName(planned.pattern)}.` };
    }
    return await finish(request, sync);
  } finally {
    waiting.delete(key);
  }
}

/** Requests a live `enableHere` waits for: the grant finishes those itself. */
const waiting = new Set<string>();
const keyOf = (request: UseHereRequest) => `${request.tabId} ${request.url}`;

/** Finishes the requests whose grant came while nobody waited (called on permissions.onAdded). */
export async function finishGranted(sync: () => Promise<void>): Promise<void> {
  for (const request of await pending()) {
    if (waiting.has(keyOf(request))) continue;
    const planned = hostToUse(request.url, request.product, []);
    if (!planned.ok) continue;
    const origins = [forBrowser(planned.pattern, PORTLESS)];
    if (await browser.permissions.contains({ origins })) await finish(request, sync);
  }
}

async function finish(request: UseHereRequest, sync: () => Promise<void>): Promise<UseHereAnswer> {
  await forget(request);
  const settings = await getSettings();
  const planned = hostToUse(request.url, request.product, settings.hosts);
  if (!planned.ok) return planned;
  if (planned.hosts) await saveSettings({ ...settings, hosts: planned.hosts });
  // Registers the host's content script and runs it in its open tabs; the tab asked about gets it in any case.
  await sync();
  await ensureRunningIn(request.tabId).catch(() => {
    // The tab closed meanwhile: the host is saved all the same.
  });
  return { ok: true, host: hostName(planned.pattern) };
}

function waitForGrant(origins: string[]): Promise<boolean> {
  return new Promise((resolve) => {
    let settled = false;
    const done = (granted: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      browser.permissions.onAdded.removeListener(check);
      resolve(granted);
    };
    const check = () => {
      browser.permissions.contains({ origins }).then(
        (granted) => granted && done(true),
        () => {},
      );
    };
    const timer = setTimeout(() => done(false), WAIT_FOR_GRANT_MS);
    browser.permissions.onAdded.addListener(check);
    check();
  });
}

const sameRequest = (a: UseHereRequest, b: UseHereRequest) => a.tabId === b.tabId && a.url === b.url;

async function pending(): Promise<Pending[]> {
  try {
    const parsed = PendingSchema.safeParse((await browser.storage.session.get(PENDING_KEY))[PENDING_KEY] ?? []);
    // A request not granted within the wait is dropped: a grant much later was for something else.
    return parsed.success ? parsed.data.filter((p) => Date.now() - p.at < WAIT_FOR_GRANT_MS) : [];
  } catch {
    return [];
  }
}

async function remember(request: Pending): Promise<void> {
  const kept = (await pending()).filter((p) => !sameRequest(p, request));
  await browser.storage.session.set({ [PENDING_KEY]: [...kept, request] }).catch(() => {});
}

async function forget(request: UseHereRequest): Promise<void> {
  const kept = (await pending()).filter((p) => !sameRequest(p, request));
  await browser.storage.session.set({ [PENDING_KEY]: kept }).catch(() => {});
}
