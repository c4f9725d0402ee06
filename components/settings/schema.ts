import { z } from 'zod/mini';
import { ProductIdSchema } from '../../catalog/enums';
import { DESK_LIMITS, type DeskEntry, type DeskNote, deskEntryId, deskSchemas } from '../desk/schema';
import { MAX_HOSTS } from './host-match';
import { parseHostInput } from './hosts';
import { DEFAULT_SWITCHES } from './switches';

export { SETTINGS_VERSION } from './migrations';

/** A stored pattern is one we would have produced from what the user typed: normalised and not too broad. */
export const HostPatternSchema = z.string().check(
  z.minLength(1),
  z.refine((pattern) => {
    const parsed = parseHostInput(pattern);
    return parsed.ok && parsed.pattern === pattern;
  }, 'not an allowed match pattern'),
);

export const HostEntrySchema = z.object({
  /** A match pattern as the browser takes it: "https://dpod.corp.example:8443/*", "https://*.reseller.example/*" ("*://": http too). */
  pattern: HostPatternSchema,
  /**
   * The console the host is: it applies there whatever the page shows. Absent (settings v3): Status Lens runs
   * on the host and recognises the console from the page, as on its built-in hosts.
   */
  product: z.optional(ProductIdSchema),
});
export type HostEntry = z.infer<typeof HostEntrySchema>;

/**
 * One switch per console; a console switched off gets no tooltips anywhere. A record over the product enum
 * requires every key, so a product added to the catalog gets its switch here without another edit.
 */
export const ProductSwitchesSchema = z.record(ProductIdSchema, z.boolean());
export type ProductSwitches = z.infer<typeof ProductSwitchesSchema>;

export const SettingsSchema = z.object({
  products: ProductSwitchesSchema,
  hosts: z.array(HostEntrySchema).check(
    z.maxLength(MAX_HOSTS),
    z.superRefine((hosts, ctx) => {
      const seen = new Set<string>();
      hosts.forEach((h, i) => {
        if (seen.has(h.pattern)) ctx.addIssue({ code: 'custom', path: [i, 'pattern'], message: 'duplicate host' });
        seen.add(h.pattern);
      });
    }),
  ),
  /** The user's own desk notes (the organisation's come from policy). */
  notes: z.array(deskSchemas().DeskNoteSchema).check(z.maxLength(DESK_LIMITS.notes)),
  /** The user's own explanations of statuses the catalog does not know. */
  deskEntries: z.array(deskSchemas().DeskEntrySchema).check(
    z.maxLength(DESK_LIMITS.entries),
    z.superRefine((entries, ctx) => {
      const seen = new Set<string>();
      entries.forEach((e, i) => {
        const id = deskEntryId(e);
        if (seen.has(id)) ctx.addIssue({ code: 'custom', path: [i, 'label'], message: 'the same status twice' });
        seen.add(id);
      });
    }),
  ),
});
export interface Settings {
  products: ProductSwitches;
  hosts: HostEntry[];
  notes: DeskNote[];
  deskEntries: DeskEntry[];
}

export const DEFAULT_SETTINGS: Settings = { products: { ...DEFAULT_SWITCHES }, hosts: [], notes: [], deskEntries: [] };

/** What reading stored or imported settings had to change, for the options page to tell. */
export const SettingsNoticeSchema = z.object({
  /** upgraded: an older shape was converted, nothing lost. repaired: something was dropped or reset. */
  kind: z.enum(['upgraded', 'repaired']),
  /** What is wrong, alone: the reason an import is refused. */
  problem: z.string(),
  /** What is wrong and what was done about it: shown when stored data was repaired. */
  message: z.string(),
});
export type SettingsNotice = z.infer<typeof SettingsNoticeSchema>;
