import { z } from 'zod/mini';

/**
 * The enums that messages and settings check at run time, apart from the entry schemas in ./schema: those
 * validate the catalog in the unit tests only, and this module keeps them out of the content script.
 */

/** The consoles we explain. A fourth product adds one id here, one data file and one console module. */
export const PRODUCT_IDS = ['dropsuite', 'dpod', 'mxhero'] as const;
// The lists are what the content script uses: with no other use there, the bundler drops these
// schemas from it, and no zod schema is built while it loads.
export const ProductIdSchema = z.enum(PRODUCT_IDS);
export type ProductId = z.infer<typeof ProductIdSchema>;

/** One scale across products, ordered from good to bad, so the UI can colour and sort alike. */
export const SEVERITIES = ['success', 'progress', 'info', 'warning', 'error'] as const;
export const SeveritySchema = z.enum(SEVERITIES);
export type Severity = z.infer<typeof SeveritySchema>;
