import { z } from 'zod/mini';

/**
 * Where the catalog's claims come from: a row of a seed (the source documents in `../shared/seeds/`) or a page
 * of the vendor's public documentation. Every entry names its sources; the tooltip and the popup show them.
 */

/** The seed documents, by file name. */
export const SEED_FILES = [
  'dropsuite-errors-and-statuses.txt',
  'dpod-backup-task-statuses.txt',
  'mxhero-notification-error-codes.txt',
] as const;
export type SeedFile = (typeof SEED_FILES)[number];

/**
 * What each seed is, as a reader would name it, and the public page it was taken from where that page is the
 * vendor's own (the Dropsuite catalogue was published by a reseller, so no link is given for it).
 */
export const SEED_DOCUMENTS: Readonly<Record<SeedFile, { publisher: string; title: string; url?: string }>> = {
  'dropsuite-errors-and-statuses.txt': {
    publisher: 'Reseller support article',
    title: 'Dropsuite error and status catalogue',
  },
  'dpod-backup-task-statuses.txt': {
    publisher: 'IBM DPOD documentation',
    title: 'Backup Tasks Status Codes',
    url: 'https://montier.atlassian.net/wiki/spaces/DPOD010805/pages/275939815/Backup+Tasks+Status+Codes',
  },
  'mxhero-notification-error-codes.txt': {
    publisher: 'mxHERO Help Center',
    title: 'Notifications: Error Codes Reference',
    url: 'https://mxhero.helpjuice.com/en_US/general-information/list-of-error-codes',
  },
};

/** The label shown before general advice, wherever it is shown. */
export const GENERAL_ADVICE_LABEL = 'General advice — not from the vendor’s documentation';

// Pure: a bundle that uses no schema of this file (the content script) leaves it out.
const Text = /* @__PURE__ */ z.string().check(z.trim(), z.minLength(1));

/**
 * A row of a seed, named as the seed writes it: in DPOD's, by its codes cell
 * ("SENT_TO_MDB EXECUTION_STARTED EXECUTION_PRE_CHECKS_STARTED"); in mxHERO's, by its code; in Dropsuite's, which
 * holds several tables, by the table's heading, " › " and the status cell ("Migration Errors & Statuses ›
 * Retrying"). A passage outside the tables is named by its heading alone ("Important Mentions").
 */
export const SeedSourceSchema = z.object({
  kind: z.literal('seed'),
  file: z.enum(SEED_FILES),
  row: Text,
});
export type SeedSource = z.infer<typeof SeedSourceSchema>;

/** A page of the vendor's public documentation: whose documentation, the page's title as it gives it, its address. */
export const DocSourceSchema = z.object({
  kind: z.literal('doc'),
  publisher: Text,
  title: Text,
  url: z.url({ protocol: /^https$/ }),
});
export type DocSource = z.infer<typeof DocSourceSchema>;

export const SourceSchema = z.discriminatedUnion('kind', [SeedSourceSchema, DocSourceSchema]);
export type Source = z.infer<typeof SourceSchema>;
