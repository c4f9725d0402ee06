import { ProductIdSchema } from '../../catalog/enums';
import { restoreEntries, restoreNotes } from '../desk/restore';
import { MAX_HOSTS } from './host-match';
import { displayPattern, type PatternParts, parseHostInput } from './hosts';
import { UNKNOWN_VERSION } from './migrations';
import { DEFAULT_SETTINGS, type HostEntry, type Settings, type SettingsNotice, SettingsSchema } from './schema';
import { type Report, restoreSwitches } from './switches';
import { clip, describe, isRecord } from './values';

export interface RestoredSettings {
  settings: Settings;
  /** What had to change; empty when the value was valid as it stood (or absent: a fresh install). */
  notices: SettingsNotice[];
}

/**
 * Reads settings of any provenance (storage, an imported file), in the current shape (@wxt-dev/storage has run
 * the migrations), field by field: what is valid is kept, what is not falls back to its default and is
 * reported. A field that is missing takes its default silently: settings saved before a console or a field
 * existed are not a repair. Never throws.
 *
 * A stored host without a scheme can only be a pre-release host string that v0 → v1 kept as it was: it meant http
 * and https, and still does. In a file, a host is read as typed: bare means https.
 */
export function restoreSettings(raw: unknown, from: 'storage' | 'file' = 'storage'): RestoredSettings {
  if (raw === undefined || raw === null) return { settings: structuredClone(DEFAULT_SETTINGS), notices: [] };
  const notices: SettingsNotice[] = [];
  const report: Report = (problem, outcome) =>
    notices.push({ kind: 'repaired', problem, message: `${problem}; ${outcome}.` });

  if (!isRecord(raw)) {
    report(`The settings are not readable (${describe(raw)})`, 'the defaults are in use');
    return { settings: structuredClone(DEFAULT_SETTINGS), notices };
  }
  if (from === 'storage' && raw[UNKNOWN_VERSION] === true) {
    report(
      'The stored settings carry a version Status Lens does not know',
      'each part was checked and what is valid kept',
    );
  }
  const dropped = (which: string, reason: string) => report(`${which}: ${reason}`, 'it was dropped');
  const settings: Settings = {
    products: restoreSwitches(raw.products, report),
    hosts: restoreHosts(raw.hosts, report, 'Host', from === 'storage' ? '*' : 'https'),
    notes: restoreNotes(raw.notes, dropped),
    deskEntries: restoreEntries(raw.deskEntries, dropped),
  };
  // Each part above is valid on its own, so the whole is; parsing again guards that promise.
  return { settings: SettingsSchema.parse(settings), notices };
}

/**
 * Hosts of a stored, imported or policy value; `bare`: the scheme a host written without one means;
 * `productRequired`: a host must name its console (the policy's); otherwise one without is recognised from the page.
 */
export function restoreHosts(
  raw: unknown,
  report: Report,
  name = 'Host',
  bare: PatternParts['scheme'] = 'https',
  productRequired = false,
): HostEntry[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) {
    report(`The ${name.toLowerCase()} list is not readable (${describe(raw)})`, 'it starts empty');
    return [];
  }
  // Counted before any entry is checked: a list far too long is refused at once, in one sentence.
  if (raw.length > MAX_HOSTS) {
    report(
      `The ${name.toLowerCase()} list holds ${raw.length.toLocaleString('en')} hosts, more than the ${MAX_HOSTS} allowed`,
      'it starts empty',
    );
    return [];
  }
  const hosts: HostEntry[] = [];
  raw.forEach((item: unknown, i) => {
    const read = readHost(item, `${name} ${i + 1}`, hosts, bare, productRequired);
    if ('entry' in read) hosts.push(read.entry);
    else report(`${read.label}: ${read.reason}`, 'it was dropped');
  });
  return hosts;
}

function readHost(
  item: unknown,
  which: string,
  kept: readonly HostEntry[],
  bare: PatternParts['scheme'],
  productRequired: boolean,
): { entry: HostEntry } | { label: string; reason: string } {
  if (!isRecord(item)) return { label: which, reason: `${describe(item)} is not a host entry` };
  if (typeof item.pattern !== 'string') return { label: which, reason: 'it has no host pattern' };
  const label = `${which} (“${clip(item.pattern)}”)`;
  // No console named: recognised from the page (settings v3); the policy's hosts must name theirs.
  const product = item.product === undefined && !productRequired ? undefined : ProductIdSchema.safeParse(item.product);
  if (product && !product.success) return { label, reason: `${describe(item.product)} is not one of the consoles` };
  const parsed = parseHostInput(item.pattern, bare);
  if (!parsed.ok) return { label, reason: parsed.reason };
  if (kept.some((h) => h.pattern === parsed.pattern)) {
    return { label, reason: `${displayPattern(parsed.pattern)} is already in the list` };
  }
  return { entry: product ? { pattern: parsed.pattern, product: product.data } : { pattern: parsed.pattern } };
}
