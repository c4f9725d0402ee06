import { CONSOLES } from '../../catalog/consoles';
import type { ProductId } from '../../catalog/schema';

/** How the options page names and describes each console. */
export interface ProductCopy {
  id: ProductId;
  /** Accessible name of the switch: carries the product's name as people search for it. */
  label: string;
  /** Short name for lists: "DPOD". */
  short: string;
  description: string;
  /** Choice in the "which console is this host" select. */
  hostChoice: string;
}

export const PRODUCT_COPY: readonly ProductCopy[] = CONSOLES.map((c) => ({
  id: c.id,
  label: c.name.includes(c.shortName) ? c.name : `${c.shortName} (${c.name})`,
  short: c.shortName,
  description: c.description,
  hostChoice: c.hostChoice,
}));

export function productShortName(id: ProductId): string {
  return PRODUCT_COPY.find((p) => p.id === id)?.short ?? id;
}
