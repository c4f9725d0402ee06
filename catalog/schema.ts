import { z } from 'zod';

/** The consoles we explain. A fourth product adds one id here, one data file and one console module. */
export const ProductIdSchema = z.enum(['dropsuite', 'dpod', 'mxhero']);
export type ProductId = z.infer<typeof ProductIdSchema>;

/** One scale across products, ordered from good to bad, so the UI can colour and sort alike. */
export const SEVERITIES = ['success', 'progress', 'info', 'warning', 'error'] as const;
export const SeveritySchema = z.enum(SEVERITIES);
export type Severity = z.infer<typeof SeveritySchema>;

/** A sentence of ours: starts with a capital or a digit, ends with a full stop, no seed typos. */
const Sentence = z
  .string()
  .trim()
  .min(8)
  .regex(/^["'A-Z0-9]/, 'starts with a capital letter')
  .regex(/[.!?"]$/, 'ends with a full stop')
  .refine((s) => !/\bit's (limit|own)\b|\bdeice\b|\bissue if for\b/i.test(s), 'carries a seed typo');

/** A menu path as its steps: ["End-User Portal", "Account Settings", "Credentials"]. */
export const MenuPathSchema = z.array(z.string().trim().min(1)).min(2);
export type MenuPath = z.infer<typeof MenuPathSchema>;

/** A number that matters, kept as data so the UI can show it and tests can check it against the seed. */
export const FactSchema = z.object({
  /** What the number measures, as a short phrase: "Retries every", "Gives up after". */
  label: z.string().trim().min(3),
  value: z.number().positive(),
  unit: z.enum(['minutes', 'hours', 'attempts']),
});
export type Fact = z.infer<typeof FactSchema>;

/** A scenario of a status that has several distinct situations (Dropsuite's "Need Reauthentication"). */
export const ScenarioSchema = z.object({
  situation: Sentence,
  steps: z.array(Sentence).min(1),
  /** The button the user presses on the page, as the page spells it. */
  button: z.string().min(1).optional(),
});
export type Scenario = z.infer<typeof ScenarioSchema>;

/** mxHERO notifications carry their origin and weight. */
export const NotificationMetaSchema = z.object({
  module: z.string().min(1),
  type: z.enum(['STORAGE', 'MAIL', 'RULE', 'PLATFORM']),
  level: z.enum(['ERROR', 'WARN', 'INFO']),
});
export type NotificationMeta = z.infer<typeof NotificationMetaSchema>;

export const EntrySchema = z
  .object({
    /** Stable id: product.section.slug. */
    id: z.string().regex(/^[a-z]+\.[a-z-]+\.[a-z0-9-]+$/),
    product: ProductIdSchema,
    /** Section id within the product (see products.ts): "migrates", "executions", "notifications". */
    section: z.string().min(1),
    /**
     * Every text that names this status on a console, canonical first. Alternatives the seed gives
     * ("In Progress/Running") and codes sharing one meaning are all listed; each is matchable.
     */
    labels: z.array(z.string().trim().min(1)).min(1),
    severity: SeveritySchema,
    /** What it means, in one or two sentences. */
    meaning: Sentence,
    /** The likely cause. */
    cause: Sentence,
    /** What to do, in order. Empty when nothing is to be done; then `noAction` says so. */
    steps: z.array(Sentence),
    noAction: Sentence.optional(),
    /** Where the status is shown, as a sentence. */
    shownAt: Sentence,
    /** Menu paths the steps refer to, each as its list of steps. */
    menuPaths: z.array(MenuPathSchema).default([]),
    facts: z.array(FactSchema).default([]),
    /** Symptoms and synonyms a technician would type: "wrong password", "rate limited". */
    searchWords: z.array(z.string().trim().min(2)).min(2),
    scenarios: z.array(ScenarioSchema).optional(),
    notification: NotificationMetaSchema.optional(),
  })
  .superRefine((e, ctx) => {
    if (e.steps.length === 0 && !e.noAction) {
      ctx.addIssue({
        code: 'custom',
        path: ['noAction'],
        message: 'an entry without steps says that nothing is to be done',
      });
    }
    if (e.product === 'mxhero' && !e.notification) {
      ctx.addIssue({ code: 'custom', path: ['notification'], message: 'mxHERO entries carry module, type and level' });
    }
    if (!e.id.startsWith(`${e.product}.${e.section}.`)) {
      ctx.addIssue({ code: 'custom', path: ['id'], message: `id must start with ${e.product}.${e.section}.` });
    }
  });
export type Entry = z.infer<typeof EntrySchema>;
/** What a data file writes: defaults not yet applied. */
export type EntryInput = z.input<typeof EntrySchema>;

export const SectionSchema = z.object({
  id: z.string().regex(/^[a-z-]+$/),
  name: z.string().min(1),
  /** The ID support asks for about a job of this section, and the column heading it sits under. */
  supportId: z
    .object({
      label: z.string().min(1),
      /** Column headings (lower case) under which the page shows that ID in the status's row. */
      columns: z.array(z.string().min(1)).min(1),
    })
    .nullable(),
});
export type Section = z.infer<typeof SectionSchema>;

export const ProductSchema = z.object({
  id: ProductIdSchema,
  name: z.string().min(1),
  shortName: z.string().min(1),
  sections: z.array(SectionSchema).min(1),
});
export type Product = z.infer<typeof ProductSchema>;
