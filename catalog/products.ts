import { CONSOLES, consoleById } from './consoles';
import type { ConsoleInfo, ProductId } from './schema';

/** The consoles and their sections, as data (names, sections, hosts): their folders' definitions. */
export const PRODUCTS: readonly ConsoleInfo[] = CONSOLES;

export function productById(id: ProductId): ConsoleInfo {
  const product = consoleById(id);
  if (!product) throw new Error(`unknown product ${id}`);
  return product;
}

export function sectionOf(productId: ProductId, sectionId: string) {
  return consoleById(productId)?.sections.find((s) => s.id === sectionId);
}
