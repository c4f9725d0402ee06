import type { Product } from './schema';

/** The consoles and their sections; fixed data, validated by the unit tests (catalog/validate.ts). */
export const PRODUCTS: readonly Product[] = [
  {
    id: 'dropsuite',
    name: 'Dropsuite',
    shortName: 'Dropsuite',
    sections: [
      {
        id: 'backups',
        name: 'Backups',
        supportId: {
          label: 'Mailbox Email ID',
          columns: ['mailbox', 'email', 'email id', 'mailbox email id', 'account'],
        },
      },
      { id: 'migrates', name: 'Migrates', supportId: { label: 'Migration ID', columns: ['migration id', 'id'] } },
      { id: 'restores', name: 'Restores', supportId: { label: 'Restore ID', columns: ['restore id', 'id'] } },
      { id: 'downloads', name: 'Downloads', supportId: { label: 'Download ID', columns: ['download id', 'id'] } },
      { id: 'dashboard', name: 'Backup dashboard', supportId: null },
    ],
  },
  {
    id: 'dpod',
    name: 'IBM DataPower Operations Dashboard',
    shortName: 'DPOD',
    sections: [{ id: 'executions', name: 'Backup task executions', supportId: null }],
  },
  {
    id: 'mxhero',
    name: 'mxHERO Mail2Cloud',
    shortName: 'mxHERO',
    sections: [{ id: 'notifications', name: 'Notifications', supportId: null }],
  },
];

export function productById(id: Product['id']): Product {
  const product = PRODUCTS.find((p) => p.id === id);
  if (!product) throw new Error(`unknown product ${id}`);
  return product;
}

export function sectionOf(productId: Product['id'], sectionId: string) {
  return productById(productId).sections.find((s) => s.id === sectionId);
}
