import { z } from 'zod';
import { ProductIdSchema } from '../../catalog/schema';

// STUB written by the foundation; the options/settings work owns and completes this module
// (versioning, migrations, salvage of corrupted data, host validation). Keep these exports.

export const HostEntrySchema = z.object({
  /** A match pattern as the browser takes it: "https://dpod.corp.example:8443/*" style or "*://*.reseller.example/*". */
  pattern: z.string().min(1),
  product: ProductIdSchema,
});
export type HostEntry = z.infer<typeof HostEntrySchema>;

export const SettingsSchema = z.object({
  products: z.object({ dropsuite: z.boolean(), dpod: z.boolean(), mxhero: z.boolean() }),
  hosts: z.array(HostEntrySchema),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  products: { dropsuite: true, dpod: true, mxhero: true },
  hosts: [],
};
