import { ProductIdSchema } from '../../catalog/enums';
import { displayPattern, parseHostInput } from './hosts';
import { toCurrent } from './migrations';
import {
  DEFAULT_SETTINGS,
  type HostEntry,
  SETTINGS_VERSION,
  type Settings,
  type SettingsNotice,
  SettingsSchema,
} from './schema';
import { type Report, restoreSwitches } from './switches';
import { clip, describe, isRecord } from './values';

export interface RestoredSettings {
  settings: Settings;
  /** What had to change; empty when the value was valid as it stood (or absent: a fresh install). */
  notices: SettingsNotice[];
}

/**
 * Reads settings of any provenance (storage, an imported file) field by field: what is valid is kept, what is
 * not falls back to its default and is reported. Never throws.
 *
 * @param version the version the value claims (storage metadata, a file's header); a v0 value is also
 *   recognised by its form, since unversioned values look like v1 to @wxt-dev/storage.
 */
export function restoreSettings(raw: unknown, version = SETTINGS_VERSION): RestoredSettings {
  if (raw === undefined || raw === null) return { settings: structuredClone(DEFAULT_SETTINGS), notices: [] };
  const notices: SettingsNotice[] = [];
  const report: Report = (problem, outcome) =>
    notices.push({ kind: 'repaired', problem, message: `${problem}; ${outcome}.` });

  const { value, upgraded } = toCurrent(raw, version);
  if (upgraded) {
    const message = 'Settings saved by an earlier version of Status Lens were upgraded.';
    notices.push({ kind: 'upgraded', problem: message, message });
  }

  if (!isRecord(value)) {
    report(`The settings are not readable (${describe(value)})`, 'the defaults are in use');
    return { settings: structuredClone(DEFAULT_SETTINGS), notices };
  }
  const settings: Settings = {
    products: restoreSwitches(value.products, report),
    hosts: restoreHosts(value.hosts, report),
  };
  // Each part above is valid on its own, so the whole is; parsing again guards that promise.
  return { settings: SettingsSchema.parse(settings), notices };
}

function restoreHosts(raw: unknown, report: Report): HostEntry[] {
  if (raw === undefined) {
    report('The host list is missing', 'it starts empty');
    return [];
  }
  if (!Array.isArray(raw)) {
    report(`The host list is not readable (${describe(raw)})`, 'it starts empty');
    return [];
  }
  const hosts: HostEntry[] = [];
  raw.forEach((item: unknown, i) => {
    const read = readHost(item, `Host ${i + 1}`, hosts);
    if ('entry' in read) hosts.push(read.entry);
    else report(`${read.label}: ${read.reason}`, 'it was dropped');
  });
  return hosts;
}

function readHost(
  item: unknown,
  which: string,
  kept: readonly HostEntry[],
): { entry: HostEntry } | { label: string; reason: string } {
  if (!isRecord(item)) return { label: which, reason: `${describe(item)} is not a host entry` };
  if (typeof item.pattern !== 'string') return { label: which, reason: 'it has no host pattern' };
  const label = `${which} (“${clip(item.pattern)}”)`;
  const product = ProductIdSchema.safeParse(item.product);
  if (!product.success) return { label, reason: `${describe(item.product)} is not one of the consoles` };
  const parsed = parseHostInput(item.pattern);
  if (!parsed.ok) return { label, reason: parsed.reason };
  if (kept.some((h) => h.pattern === parsed.pattern)) {
    return { label, reason: `${displayPattern(parsed.pattern)} is already in the list` };
  }
  return { entry: { pattern: parsed.pattern, product: product.data } };
}
