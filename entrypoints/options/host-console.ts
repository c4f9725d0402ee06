import type { ProductId } from '../../catalog/schema';
import { productShortName } from './products';

/** The choice, in the host forms, of letting Status Lens recognise the console from the page. */
export const RECOGNISE_CHOICE = 'Recognise it from the page';

/** What a host entry says of its console: its name, or that the page tells (a host saved without a console). */
export function hostConsoleName(product: ProductId | undefined): string {
  return product ? productShortName(product) : 'Console recognised from the page';
}
