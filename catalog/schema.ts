import { z } from 'zod/mini';
import { ProductIdSchema, SeveritySchema } from './enums';
import { SourceSchema } from './sources';

// The enums live in ./enums so that run-time checks (messages, settings) need not load the entry schemas.
export { type ProductId, ProductIdSchema, SEVERITIES, type Severity, SeveritySchema } from './enums';
export {
  type DocSource,
  DocSourceSchema,
  SEED_FILES,
  type SeedFile,
  type SeedSource,
  SeedSourceSchema,
  type Source,
  SourceSchema,
} from './sources';

/** A sentence of ours: starts with a capital or a digit, ends with a full stop, no seed typos. */
const Sentence = z.string().check(
  z.trim(),
  z.minLength(8),
  z.regex(/^["'A-Z0-9]/, 'starts with a capital letter'),
  z.regex(/[.!?"]$/, 'ends with a full stop'),
  z.refine((s) => !/\bit's (limit|own)\b|\bdeice\b|\bissue if for\b/i.test(s), 'carries a seed typo'),
);

/** A menu path as its steps: ["End-User Portal", "Account Settings", "Credentials"]. */
export const MenuPathSchema = z.array(z.string().check(z.trim(), z.minLength(1))).check(z.minLength(2));
export type MenuPath = z.infer<typeof MenuPathSchema>;

/** A number that matters, kept as data so the UI can show it and tests can check it against the seed. */
export const FactSchema = z.object({
  /** What the number measures, as a short phrase: "Reconnects every", "Retries up to". */
  label: z.string().check(z.trim(), z.minLength(3)),
  value: z.number().check(z.positive()),
  unit: z.enum(['minutes', 'hours', 'times']),
});
export type Fact = z.infer<typeof FactSchema>;

/** A scenario of a status that has several distinct situations (Dropsuite's "Need Reauthentication"). */
export const ScenarioSchema = z.object({
  situation: Sentence,
  steps: z.array(Sentence).check(z.minLength(1)),
  /** The button the user presses on the page, as the page spells it. */
  button: z.optional(z.string().check(z.minLength(1))),
});
export type Scenario = z.infer<typeof ScenarioSchema>;

/** mxHERO notifications carry their origin and weight. */
export const NotificationMetaSchema = z.object({
  module: z.string().check(z.minLength(1)),
  type: z.enum(['STORAGE', 'MAIL', 'RULE', 'PLATFORM']),
  level: z.enum(['ERROR', 'WARN', 'INFO']),
});
export type NotificationMeta = z.infer<typeof NotificationMetaSchema>;

export const EntrySchema = z
  .object({
    /** Stable id: product.section.slug. */
    id: z.string().check(z.regex(/^[a-z]+\.[a-z-]+\.[a-z0-9-]+$/)),
    product: ProductIdSchema,
    /** Section id within the product (see products.ts): "migrates", "executions", "notifications". */
    section: z.string().check(z.minLength(1)),
    /**
     * Every text that names this status on a console, canonical first. Alternatives the seed gives
     * ("In Progress/Running") and codes sharing one meaning are all listed; each is matchable.
     */
    labels: z.array(z.string().check(z.trim(), z.minLength(1))).check(z.minLength(1)),
    severity: SeveritySchema,
    /** What it means, in one or two sentences. */
    meaning: Sentence,
    /** The likely cause. */
    cause: Sentence,
    /**
     * What to do, in order, as the sources give it. Empty when nothing is to be done (then `noAction` says so), or
     * when the sources give no step (then `generalAdvice` holds ours).
     */
    steps: z.array(Sentence),
    noAction: z.optional(Sentence),
    /** Where the status is shown, as a sentence. */
    shownAt: Sentence,
    /** Menu paths the steps refer to, each as its list of steps. */
    menuPaths: z._default(z.array(MenuPathSchema), []),
    facts: z._default(z.array(FactSchema), []),
    /** Symptoms and synonyms a technician would type: "wrong password", "rate limited". */
    searchWords: z.array(z.string().check(z.trim(), z.minLength(2))).check(z.minLength(2)),
    scenarios: z.optional(z.array(ScenarioSchema)),
    notification: z.optional(NotificationMetaSchema),
    /**
     * Where every claim above comes from: the seed rows and vendor pages it was taken from. A claim that none of
     * them supports does not go in the fields above; it goes in `generalAdvice`, or nowhere.
     */
    sources: z.array(SourceSchema).check(z.minLength(1)),
    /** Advice of ours that no source supports, shown apart and labelled as such (GENERAL_ADVICE_LABEL). */
    generalAdvice: z.optional(z.array(Sentence).check(z.minLength(1))),
  })
  .check(
    z.superRefine((e, ctx) => {
      if (e.steps.length === 0 && !e.noAction && !e.generalAdvice) {
        ctx.addIssue({
          code: 'custom',
          path: ['noAction'],
          message: 'an entry without steps says that nothing is to be done, or gives general advice',
        });
      }
      if (e.product === 'mxhero' && !e.notification) {
        ctx.addIssue({
          code: 'custom',
          path: ['notification'],
          message: 'mxHERO entries carry module, type and level',
        });
      }
      if (!e.id.startsWith(`${e.product}.${e.section}.`)) {
        ctx.addIssue({ code: 'custom', path: ['id'], message: `id must start with ${e.product}.${e.section}.` });
      }
    }),
  );
export type Entry = z.infer<typeof EntrySchema>;
/** What a data file writes: defaults not yet applied. */
export type EntryInput = z.input<typeof EntrySchema>;

export const SectionSchema = z.object({
  id: z.string().check(z.regex(/^[a-z-]+$/)),
  name: z.string().check(z.minLength(1)),
  /** The ID support asks for about a job of this section, and how to find it in the status's row. */
  supportId: z.nullable(
    z.object({
      label: z.string().check(z.minLength(1)),
      /**
       * Column headings (lower case) under which the page shows that ID, most telling first: the ID's own name
       * ("migration id"), the job's word alone ("migration", as resellers head the column), then "id".
       */
      headers: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
      /** What the value looks like, when no heading says which cell holds it: an address, or a job's ID. */
      shape: z.enum(['email', 'id']),
    }),
  ),
});
export type Section = z.infer<typeof SectionSchema>;

/**
 * What a console is, as data: its names, where it runs without being asked, its sections, and the words of a
 * search query that mean it. With its catalog entries and the description of its pages it makes one console's
 * definition (./define.ts).
 */
export const ConsoleInfoSchema = z.object({
  id: z.string().check(z.regex(/^[a-z][a-z0-9]*$/)),
  name: z.string().check(z.minLength(1)),
  shortName: z.string().check(z.minLength(1)),
  /** One line for the options page's switch. */
  description: z.string().check(z.minLength(1)),
  /** The choice in "which console is this host". */
  hostChoice: z.string().check(z.minLength(1)),
  /**
   * Words of a search query that name this console besides its names ("datapower"): they rank its statuses first
   * and are taken out of what is searched for.
   */
  queryNames: z.array(z.string().check(z.minLength(2))),
  /**
   * Words of a search query that are this console's world and part of the symptom ("box disconnected"): they rank
   * its statuses first and stay in what is searched for.
   */
  queryWords: z.array(z.string().check(z.minLength(2))),
  /** Match patterns where the content script runs without being asked (the manifest's). */
  builtInHosts: z.array(z.string().check(z.regex(/^\*:\/\/(\*\.)?[a-z0-9.-]+\/\*$/))),
  sections: z.array(SectionSchema).check(z.minLength(1)),
});
export type ConsoleInfo = z.infer<typeof ConsoleInfoSchema>;
