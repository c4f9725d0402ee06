import { PRODUCTS } from '../../catalog/products';
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

const DESCRIPTIONS: Record<ProductId, { description: string; hostChoice: string }> = {
  dropsuite: {
    description: 'Backup, migration, restore and download statuses, also on portals a reseller brands as its own.',
    hostChoice: 'Dropsuite (also white-labelled)',
  },
  dpod: {
    description: 'Backup task execution status codes, on the host where your DPOD is installed.',
    hostChoice: 'DPOD (self-hosted)',
  },
  mxhero: {
    description: 'Notification codes with their module, type and level.',
    hostChoice: 'mxHERO Mail2Cloud',
  },
};

export const PRODUCT_COPY: readonly ProductCopy[] = PRODUCTS.map((p) => ({
  id: p.id,
  label: p.name.includes(p.shortName) ? p.name : `${p.shortName} (${p.name})`,
  short: p.shortName,
  ...DESCRIPTIONS[p.id],
}));

export function productShortName(id: ProductId): string {
  return PRODUCT_COPY.find((p) => p.id === id)?.short ?? id;
}
