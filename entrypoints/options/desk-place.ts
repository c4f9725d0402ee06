import { PRODUCTS, type ProductId } from '../../catalog';
import { productShortName } from './products';

/** "Space Full · Dropsuite › Backups", "every status · DPOD": what a desk note or entry is about, in words. */
export function deskPlace(product: ProductId, section: string | null, label: string | null): string {
  const p = PRODUCTS.find((x) => x.id === product);
  const s = section ? p?.sections.find((x) => x.id === section)?.name : undefined;
  const place = s ? `${productShortName(product)} › ${s}` : productShortName(product);
  return label ? `${label} · ${place}` : `every status · ${place}`;
}

/** A schema's reason (a clause) as a sentence. */
export const sentence = (reason: string) => `${reason.charAt(0).toUpperCase()}${reason.slice(1)}.`;
