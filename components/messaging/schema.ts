import { z } from 'zod/mini';
import { PRODUCT_IDS, SEVERITIES } from '../../catalog/enums';
import { lazy } from '../lazy';

import { NAVIGATION } from './navigation';

export { NAVIGATION, type Navigation } from './navigation';

/** Rows listed per status in a page report: a long page's thousandth Completed is not what a ticket needs. */
export const ROWS_PER_FINDING = 50;

/** The schemas, built on first use (see ../lazy): the content script needs them only when a message arrives. */
function build() {
  // Enums of their own rather than catalog/enums' schemas, which would be built at load.
  const ProductIdSchema = z.enum(PRODUCT_IDS);
  const SeveritySchema = z.enum(SEVERITIES);
  /** A status the content script found on the page, counted over its occurrences. */
  const Finding = z.object({
    product: ProductIdSchema,
    /** The section the status stands in, when the page tells it. */
    section: z.nullable(z.string()),
    /** The text as the page shows it. */
    label: z.string().check(z.maxLength(200)),
    /**
     * The catalog entry it resolves to; for a status only the desk explains, the desk entry's id
     * (`desk:<product>:<section>:<label folded>`, see components/desk/schema.ts `deskEntryId`) with the desk
     * entry's severity; null for a label neither knows.
     */
    entryId: z.nullable(z.string()),
    severity: z.nullable(SeveritySchema),
    count: z.int().check(z.positive()),
    /**
     * The rows that show it, when the page's statuses were asked for (the popup's This page): the ID support asks
     * for in that section (null when the row does not show it), the row's other cells, short, and where the
     * status stands in the page's order (for "Show on the page").
     */
    rows: z.optional(
      z
        .array(
          z.object({
            id: z.nullable(z.string().check(z.maxLength(120))),
            context: z.string().check(z.maxLength(400)),
            at: z.int().check(z.nonnegative()),
          }),
        )
        .check(z.maxLength(ROWS_PER_FINDING)),
    ),
  });

  /**
   * What a tab shows: the console recognised (null for none) and its statuses. `partial`: the counts stop
   * short of the page (a page of thousands of rows is read in part until someone asks for all of it).
   */
  const PageReport = z.object({
    product: z.nullable(ProductIdSchema),
    findings: z.array(Finding).check(z.maxLength(2000)),
    partial: z.optional(z.boolean()),
  });

  /** A status to write a desk note or entry about, as the page shows it. */
  const DeskTarget = {
    product: ProductIdSchema,
    section: z.nullable(z.string().check(z.maxLength(40))),
    label: z.string().check(z.maxLength(200)),
  };

  /** Every message between the extension's contexts, split on `type`. */
  const Message = z.discriminatedUnion('type', [
    /** content → background: the tab's statuses changed (drives the toolbar badge). */
    z.object({ type: z.literal('page-report'), report: PageReport }),
    /** popup → content: what does this tab show? Answered with a PageReport. */
    z.object({ type: z.literal('get-page-report') }),
    /**
     * popup → content: scroll to and open the card of the first status of an entry, or of the status at `at` in
     * the page's order (a row of This page).
     */
    z.object({ type: z.literal('reveal'), entryId: z.string(), label: z.string(), at: z.optional(z.int()) }),
    /** background → content: a keyboard command moves to the next or previous status, or the next failure. */
    z.object({ type: z.literal('navigate'), to: z.enum(NAVIGATION) }),
    /** test page → content, e2e builds only: what the card shows (the page cannot read its closed shadow root). */
    z.object({ type: z.literal('inspect-card') }),
    /** content → background: one console's catalog entries, asked once its page is recognised. */
    z.object({ type: z.literal('get-catalog'), product: ProductIdSchema }),
    /** content → background: the keys of the keyboard commands, as the user set them, for the tooltip's footer. */
    z.object({ type: z.literal('get-shortcuts') }),
    /**
     * tooltip → background: open the options page with the desk note form filled in for this status
     * ("Add a desk note"); `add-desk-entry` opens the form that explains a status the catalog does not know.
     */
    z.object({ type: z.literal('add-desk-note'), ...DeskTarget }),
    z.object({ type: z.literal('add-desk-entry'), ...DeskTarget }),
    /**
     * popup → background: "Use Status Lens here". The popup has asked the browser for access to the tab's origin
     * (in the user's click); once granted, the background saves the host as `product` (null: the console is
     * recognised from the page), registers the content script and runs it in the tab. Answered with a UseHereAnswer.
     */
    z.object({
      type: z.literal('use-here'),
      tabId: z.int().check(z.nonnegative()),
      url: z.string().check(z.maxLength(4096)),
      product: z.nullable(ProductIdSchema),
    }),
  ]);

  /** The background's answer to `use-here`: the host saved (as the popup names it), or why not. */
  const UseHereAnswer = z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), host: z.string() }),
    z.object({ ok: z.literal(false), problem: z.string() }),
  ]);
  return { Finding, PageReport, Message, UseHereAnswer };
}

type Schemas = ReturnType<typeof build>;
export const messagingSchemas = lazy(build);

export type Finding = z.infer<Schemas['Finding']>;
export type PageReport = z.infer<Schemas['PageReport']>;
export type Message = z.infer<Schemas['Message']>;
export type UseHereAnswer = z.infer<Schemas['UseHereAnswer']>;

/** Parses a message from another context; anything else is ignored, never trusted. */
export function parseMessage(raw: unknown): Message | undefined {
  const result = messagingSchemas().Message.safeParse(raw);
  return result.success ? result.data : undefined;
}

/** Parses a content script's answer to `get-page-report`. */
export function parsePageReport(raw: unknown): PageReport | undefined {
  const result = messagingSchemas().PageReport.safeParse(raw);
  return result.success ? result.data : undefined;
}

/** Parses the background's answer to `use-here`. */
export function parseUseHereAnswer(raw: unknown): UseHereAnswer | undefined {
  const result = messagingSchemas().UseHereAnswer.safeParse(raw);
  return result.success ? result.data : undefined;
}
