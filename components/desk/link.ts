import { PRODUCT_IDS, type ProductId } from '../../catalog/enums';
import { DESK_LIMITS } from './schema';

/**
 * The options page's deep link to the desk forms, filled in for a status: what "Add a desk note" in the tooltip
 * opens (through the background, which may open extension pages). `options.html?desk=note&product=…#desk`.
 */
export type DeskFormKind = 'note' | 'entry';

export interface DeskFormTarget {
  kind: DeskFormKind;
  product: ProductId;
  section: string | null;
  label: string;
}

export function deskFormPath(target: DeskFormTarget): string {
  const params = new URLSearchParams({ desk: target.kind, product: target.product, label: target.label });
  if (target.section) params.set('section', target.section);
  return `/options.html?${params}#${target.kind === 'note' ? 'desk-notes' : 'desk-entries'}`;
}

/** The form a link asks for, or undefined; whatever it carries is only ever a field's starting value. */
export function parseDeskFormLink(search: string): DeskFormTarget | undefined {
  const params = new URLSearchParams(search);
  const kind = params.get('desk');
  const product = params.get('product');
  if (kind !== 'note' && kind !== 'entry') return undefined;
  if (!product || !(PRODUCT_IDS as readonly string[]).includes(product)) return undefined;
  const section = params.get('section');
  return {
    kind,
    product: product as ProductId,
    section: section && /^[a-z-]{1,40}$/.test(section) ? section : null,
    label: (params.get('label') ?? '').replace(/\s+/g, ' ').trim().slice(0, DESK_LIMITS.label),
  };
}
