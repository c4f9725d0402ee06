import { CONTENT_SCRIPT_FILE } from '../../components/content/files';
import { forBrowser } from '../../components/settings/host-match';
import { isGranted } from '../../components/settings/hosts';
import type { HostEntry } from '../../components/settings/schema';
/** Marks our registrations, so a sync never touches a script it did not make. */
export const REGISTRATION_PREFIX = 'host:';

/** The fields of scripting.RegisteredContentScript we set. */
export interface Registration {
  id: string;
  matches: string[];
  js: string[];
  runAt: 'document_idle';
  /** A console shown in an iframe of its host is a console too. */
  allFrames: boolean;
  persistAcrossSessions: boolean;
}

export interface RegistrationPlan {
  unregister: string[];
  register: Registration[];
}

/**
 * The content script registrations the settings call for: one per host whose permission is granted. A host
 * without permission gets none (the browser would not inject it anyway) until the user grants it.
 * Product switches play no part: the content script reads them live, so a console switched back on
 * gets its tooltips again without a reload.
 */
export function desiredRegistrations(
  hosts: readonly HostEntry[],
  grantedOrigins: readonly string[],
  portless = false,
): Registration[] {
  return hosts
    .filter((h) => isGranted(forBrowser(h.pattern, portless), grantedOrigins))
    .map((h) => ({
      id: `${REGISTRATION_PREFIX}${h.pattern}`,
      matches: [forBrowser(h.pattern, portless)],
      js: [CONTENT_SCRIPT_FILE],
      runAt: 'document_idle',
      allFrames: true,
      persistAcrossSessions: true,
    }));
}

/** What to change so that `current` (scripting.getRegisteredContentScripts) becomes `desired`. */
export function planRegistrations(
  current: readonly { id: string; matches?: string[]; js?: string[] }[],
  desired: readonly Registration[],
): RegistrationPlan {
  const ours = current.filter((r) => r.id.startsWith(REGISTRATION_PREFIX));
  const wanted = new Map(desired.map((r) => [r.id, r]));
  const same = (r: (typeof ours)[number], d: Registration) =>
    sameList(r.matches ?? [], d.matches) && sameList(r.js ?? [], d.js);
  const kept = new Set(
    ours.filter((r) => wanted.has(r.id) && same(r, wanted.get(r.id) as Registration)).map((r) => r.id),
  );
  return {
    // A registration that changed is replaced: unregistered, then registered again.
    unregister: ours.filter((r) => !kept.has(r.id)).map((r) => r.id),
    register: desired.filter((d) => !kept.has(d.id)),
  };
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
