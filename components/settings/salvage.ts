import { ProductIdSchema } from '../../catalog/enums';
import { restoreEntries, restoreNotes } from '../desk/restore';
import { displayPattern, parseHostInput } from './hosts';
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
 */
export function restoreSettings(raw: unknown): RestoredSettings {
  if (raw === undefined || raw === null) return { settings: structuredClone(DEFAULT_SETTINGS), notices: [] };
  const notices: SettingsNotice[] = [];
  const report: Report = (problem, outcome) =>
    notices.push({ kind: 'repaired', problem, message: `${problem}; ${outcome}.` });

  if (!isRecord(raw)) {
    report(`The settings are not readable (${describe(raw)})`, 'the defaults are in use');
    return { settings: structuredClone(DEFAULT_SETTINGS), notices };
  }
  const dropped = (which: string, reason: string) => report(`${which}: ${reason}`, 'it was dropped');
  const settings: Settings = {
    products: restoreSwitches(raw.products, report),
    hosts: restoreHosts(raw.hosts, report),
    notes: restoreNotes(raw.notes, dropped),
    deskEntries: restoreEntries(raw.deskEntries, dropped),
  };
  // Each part above is valid on its own, so the whole is; parsing again guards that promise.
  return { settings: SettingsSchema.parse(settings), notices };
}

export function restoreHosts(raw: unknown, report: Report, name = 'Host', productRequired = false): HostEntry[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) {
    report(`The ${name.toLowerCase()} list is not readable (${describe(raw)})`, 'it starts empty');
    return [];
  }
  const hosts: HostEntry[] = [];
  raw.forEach((item: unknown, i) => {
    const read = readHost(item, `${name} ${i + 1}`, hosts, productRequired);
    if ('entry' in read) hosts.push(read.entry);
    else report(`${read.label}: ${read.reason}`, 'it was dropped');
  });
  return hosts;
}

function readHost(
  item: unknown,
  which: string,
  kept: readonly HostEntry[],
  productRequired: boolean,
): { entry: HostEntry } | { label: string; reason: string } {
  if (!isRecord(item)) return { label: which, reason: `${describe(item)} is not a host entry` };
  if (typeof item.pattern !== 'string') return { label: which, reason: 'it has no host pattern' };
  const label = `${which} (“${clip(item.pattern)}”)`;
  // No console named: recognised from the page (settings v3); the policy's hosts must name theirs.
  const product = item.product === undefined && !productRequired ? undefined : ProductIdSchema.safeParse(item.product);
  if (product && !product.success) return { label, reason: `${describe(item.product)} is not one of the consoles` };
  const parsed = parseHostInput(item.pattern);
  if (!parsed.ok) return { label, reason: parsed.reason };
  if (kept.some((h) => h.pattern === parsed.pattern)) {
    return { label, reason: `${displayPattern(parsed.pattern)} is already in the list` };
  }
  return { entry: product ? { pattern: parsed.pattern, product: product.data } : { pattern: parsed.pattern } };
}
