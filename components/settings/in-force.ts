/**
 * The settings in force, as the background publishes them for the content script and the popup: the console
 * switches, the declared hosts and the desk, each the organisation's policy merged with the user's own (policy
 * wins), every part checked here by the settings' own checks. The readers (content.ts) then only read one record:
 * no schema, no host parsing and no merging on every console page.
 */
import { storage } from '@wxt-dev/storage';
import { PRODUCT_IDS, type ProductId } from '../../catalog/enums';
import { mergeDesk } from '../desk/match';
import { restoreEntries, restoreNotes } from '../desk/restore';
import type { ContentSettings, DeclaredHost } from './content';
import { MAX_HOSTS, normaliseHostInput } from './host-match';
import { IN_FORCE_KEY } from './keys';
import { parseDeskPolicy } from './policy';
import { readPolicyCopy, readStored } from './storage-item';
import { restoreSwitches } from './switches';
import { isRecord } from './values';

/**
 * Declared hosts of a stored or policy value, each brought to the stored pattern form by the parse the options page
 * uses (host-match.ts): a policy written as the README shows it ("https://dpod.corp.example:8443",
 * "*.reseller.example") matches as the same host saved on the options page. What does not parse is passed over
 * (the options page and the background check them in full, the Public Suffix List included, and say what is
 * wrong); a list longer than any we accept is passed over whole, before a single entry is parsed. `bare`: the
 * scheme of a host written without one (a stored one can only be a pre-release host string, which meant both).
 */
export function declaredHosts(raw: unknown, bare: 'https' | '*' = 'https'): DeclaredHost[] {
  if (!Array.isArray(raw) || raw.length > MAX_HOSTS) return [];
  const hosts: DeclaredHost[] = [];
  for (const h of raw) {
    if (!isRecord(h) || typeof h.pattern !== 'string' || !(PRODUCT_IDS as readonly unknown[]).includes(h.product)) {
      continue;
    }
    const parsed = normaliseHostInput(h.pattern, bare);
    if (parsed.ok) hosts.push({ pattern: parsed.pattern, product: h.product as ProductId });
  }
  return hosts;
}

/** The settings in force for a stored value and a managed (policy) value. Pure; invalid parts left out. */
export function contentSettingsOf(stored: unknown, managed: unknown): ContentSettings {
  const own = isRecord(stored) ? stored : {};
  const policy = parseDeskPolicy(managed);
  const policyHosts = declaredHosts(isRecord(managed) ? managed.hosts : undefined);
  return {
    switches: { ...restoreSwitches(own.products), ...policy.products },
    desk: mergeDesk(policy, { notes: restoreNotes(own.notes), entries: restoreEntries(own.deskEntries) }),
    hosts: [...policyHosts, ...declaredHosts(own.hosts, '*')],
  };
}

/** Publishes the settings in force from the stored settings and the policy's copy (the background, on each change). */
export async function publishSettingsInForce(): Promise<void> {
  const [stored, policy] = await Promise.all([
    readStored(
      (value) => value,
      () => null,
    ),
    readPolicyCopy(),
  ]);
  const next = contentSettingsOf(stored, policy);
  const current = await storage.getItem<ContentSettings>(IN_FORCE_KEY).catch(() => null);
  if (JSON.stringify(current) !== JSON.stringify(next)) await storage.setItem(IN_FORCE_KEY, next);
}
