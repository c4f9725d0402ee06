import { type DeskPolicy, parseDeskPolicy } from './policy';
import { restoreHosts } from './salvage';
import type { HostEntry } from './schema';
import { isRecord } from './values';

/** The whole policy, hosts included: for the background and the options page (see policy.ts). */
export interface Policy extends DeskPolicy {
  hosts: HostEntry[];
}

export const EMPTY_POLICY: Policy = { products: {}, notes: [], entries: [], hosts: [], ignored: [] };

/** Every policy value checked; what fails is named in `ignored` and the rest applies. Never throws. */
export function parsePolicy(managed: unknown): Policy {
  const desk = parseDeskPolicy(managed);
  const ignored: string[] = [];
  const hosts = restoreHosts(
    isRecord(managed) ? managed.hosts : undefined,
    (problem) => ignored.push(`${problem}; it is ignored.`),
    'Policy host',
    'https',
    true, // the policy names the console of each host (managed-schema.json requires it)
  );
  return { ...desk, hosts, ignored: [...ignored, ...desk.ignored] };
}

/** The hosts in force: the organisation's, and the user's own where the policy does not name the host. */
export function mergeHosts(policy: readonly HostEntry[], own: readonly HostEntry[]): HostEntry[] {
  const taken = new Set(policy.map((h) => h.pattern));
  return [...policy, ...own.filter((h) => !taken.has(h.pattern))];
}
