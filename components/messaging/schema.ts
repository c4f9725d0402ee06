import { z } from 'zod/mini';
import { ProductIdSchema, SeveritySchema } from '../../catalog/enums';

/** A status the content script found on the page, counted over its occurrences. */
export const FindingSchema = z.object({
  product: ProductIdSchema,
  /** The section the status stands in, when the page tells it. */
  section: z.nullable(z.string()),
  /** The text as the page shows it. */
  label: z.string().check(z.maxLength(200)),
  /** The catalog entry it resolves to; null for a label the catalog does not know. */
  entryId: z.nullable(z.string()),
  severity: z.nullable(SeveritySchema),
  count: z.int().check(z.positive()),
});
export type Finding = z.infer<typeof FindingSchema>;

/** What a tab shows: the console recognised (null for none) and its statuses. */
export const PageReportSchema = z.object({
  product: z.nullable(ProductIdSchema),
  findings: z.array(FindingSchema).check(z.maxLength(2000)),
});
export type PageReport = z.infer<typeof PageReportSchema>;

/** Every message between the extension's contexts, split on `type`. */
export const MessageSchema = z.discriminatedUnion('type', [
  /** content → background: the tab's statuses changed (drives the toolbar badge). */
  z.object({ type: z.literal('page-report'), report: PageReportSchema }),
  /** popup → content: what does this tab show? Answered with a PageReport. */
  z.object({ type: z.literal('get-page-report') }),
  /** popup → content: scroll to and open the tooltip of the first status of an entry. */
  z.object({ type: z.literal('reveal'), entryId: z.string(), label: z.string() }),
]);
export type Message = z.infer<typeof MessageSchema>;

/** Parses a message from another context; anything else is ignored, never trusted. */
export function parseMessage(raw: unknown): Message | undefined {
  const result = MessageSchema.safeParse(raw);
  return result.success ? result.data : undefined;
}
