import { PRODUCT_IDS, type ProductId } from '../../catalog/enums';
import { productById } from '../../catalog/products';
import { restoreEntries, restoreNotes } from '../desk/restore';
import type { DeskEntry, DeskNote } from '../desk/schema';
import type { ProductSwitches } from './schema';
import { describe, isRecord } from './values';

/**
 * The organisation's policy: what an administrator presets through the browser's enterprise policy, read from
 * managed storage (see public/managed-schema.json and the README's section for administrators). Chromium drops
 * values that do not fit the declared schema; what remains is checked again here, by the same checks as the
 * user's own settings, and a value that fails is ignored with a notice naming it while the rest applies.
 *
 * This module reads the switches and the desk (all the content script needs); the hosts are in policy-hosts.ts.
 */

/** The policies, as managed storage keys. */
export const POLICY_KEYS = ['hosts', 'products', 'notes', 'deskEntries'] as const;

export interface DeskPolicy {
  /** The switches the policy sets; a console it does not name keeps the user's switch. */
  products: ProductSwitches;
  notes: DeskNote[];
  entries: DeskEntry[];
  /** What was ignored, one sentence each. */
  ignored: string[];
}

const isProduct = (key: string): key is ProductId => (PRODUCT_IDS as readonly string[]).includes(key);

/** The switches a policy value sets, each checked; `report` names what is ignored. */
export function policySwitches(managed: unknown, report: (message: string) => void = () => {}): ProductSwitches {
  const raw = isRecord(managed) ? managed.products : undefined;
  const switches: ProductSwitches = {};
  if (raw === undefined) return switches;
  if (!isRecord(raw)) {
    report(`Policy “products”: ${describe(raw)} is not a switch per console; it is ignored.`);
    return switches;
  }
  for (const [key, value] of Object.entries(raw)) {
    if (!isProduct(key)) report(`Policy “products”: “${key}” is not one of the consoles; it is ignored.`);
    else if (typeof value !== 'boolean') {
      report(
        `Policy “products”: the ${productById(key).shortName} switch holds ${describe(value)} instead of true or false; it is ignored.`,
      );
    } else switches[key] = value;
  }
  return switches;
}

/** The switches and the desk a policy value sets, and what of it is ignored. Never throws. */
export function parseDeskPolicy(managed: unknown): DeskPolicy {
  const ignored: string[] = [];
  const report = (which: string, reason: string) => ignored.push(`${which}: ${reason}; it is ignored.`);
  const value = isRecord(managed) ? managed : {};
  return {
    products: policySwitches(value, (m) => ignored.push(m)),
    notes: restoreNotes(value.notes, report, 'Policy note'),
    entries: restoreEntries(value.deskEntries, report, 'Policy desk entry'),
    ignored,
  };
}
