import { z } from 'zod/mini';
import { CONSOLES } from './consoles';

/**
 * The enums that messages and settings check at run time, apart from the entry schemas in ./schema: those
 * validate the catalog in the unit tests only.
 */

/** The consoles we explain, by id: derived from the console folders (./consoles). */
export const PRODUCT_IDS: readonly string[] = CONSOLES.map((c) => c.id);
/** A console's id; checked against PRODUCT_IDS wherever one crosses a trust boundary. */
export type ProductId = string;
export const ProductIdSchema = /* @__PURE__ */ z
  .string()
  .check(z.refine((id) => PRODUCT_IDS.includes(id), 'not one of the consoles'));

/** One scale across products, ordered from good to bad, so the UI can colour and sort alike. */
export const SEVERITIES = ['success', 'progress', 'info', 'warning', 'error'] as const;
export const SeveritySchema = /* @__PURE__ */ z.enum(SEVERITIES);
export type Severity = z.infer<typeof SeveritySchema>;
