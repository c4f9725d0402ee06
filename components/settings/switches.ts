import { PRODUCT_IDS } from '../../catalog/enums';
import { productById } from '../../catalog/products';
import { SETTINGS_VERSION, toCurrent } from './migrations';
import type { ProductSwitches } from './schema';
import { describe, isRecord } from './values';

/**
 * The console switches: all the content script needs of the settings. Reading them apart from the rest
 * keeps the host list's schemas and checks out of a script that loads on every console page, where
 * building them was a fifth of its start-up time.
 */

export const DEFAULT_SWITCHES: Readonly<ProductSwitches> = { dropsuite: true, dpod: true, mxhero: true };

/** Records a problem: what is wrong (said alone when a file is refused) and what was done about it. */
export type Report = (problem: string, outcome: string) => void;

/** The switches of a stored `products` value, each one checked: a bad or missing switch is on. */
export function restoreSwitches(raw: unknown, report: Report = () => {}): ProductSwitches {
  const products = { ...DEFAULT_SWITCHES };
  if (raw === undefined) {
    report('The console switches are missing', 'every console is on');
    return products;
  }
  if (!isRecord(raw)) {
    report(`The console switches are not readable (${describe(raw)})`, 'every console is on');
    return products;
  }
  for (const id of PRODUCT_IDS) {
    const value = raw[id];
    const name = productById(id).shortName;
    if (typeof value === 'boolean') products[id] = value;
    else if (value === undefined) report(`The ${name} switch is missing`, 'it is on');
    else report(`The ${name} switch holds ${describe(value)} instead of on or off`, 'it is on');
  }
  return products;
}

/** The switches of a stored settings value of any version, as `restoreSettings` would read them. */
export function switchesOf(raw: unknown, version = SETTINGS_VERSION): ProductSwitches {
  if (raw === undefined || raw === null) return { ...DEFAULT_SWITCHES };
  const { value } = toCurrent(raw, version);
  return restoreSwitches(isRecord(value) ? value.products : undefined);
}
