import { PRODUCT_IDS } from '../../catalog/enums';
import { productById } from '../../catalog/products';
import type { ProductSwitches } from './schema';
import { describe, isRecord } from './values';

/**
 * The console switches: what the content script needs of the settings with the desk (content.ts). Reading
 * them apart from the rest keeps the host list's schemas and checks out of a script that loads on every
 * console page, where building them was a fifth of its start-up time.
 */

/** Every console on: a console added to the product later is on too. */
export const DEFAULT_SWITCHES: Readonly<ProductSwitches> = Object.fromEntries(PRODUCT_IDS.map((id) => [id, true]));

/** Records a problem: what is wrong (said alone when a file is refused) and what was done about it. */
export type Report = (problem: string, outcome: string) => void;

/**
 * The switches of a stored `products` value, each one checked. A missing switch is on, silently: a console
 * added to the product after the settings were saved is not a repair. A switch that is not on or off is on,
 * and reported.
 */
export function restoreSwitches(raw: unknown, report: Report = () => {}): ProductSwitches {
  const products = { ...DEFAULT_SWITCHES };
  if (raw === undefined || raw === null) return products;
  if (!isRecord(raw)) {
    report(`The console switches are not readable (${describe(raw)})`, 'every console is on');
    return products;
  }
  for (const id of PRODUCT_IDS) {
    const value = raw[id];
    if (typeof value === 'boolean') products[id] = value;
    else if (value !== undefined) {
      report(`The ${productById(id).shortName} switch holds ${describe(value)} instead of on or off`, 'it is on');
    }
  }
  return products;
}
