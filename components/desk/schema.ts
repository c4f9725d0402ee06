import { z } from 'zod/mini';
import { PRODUCT_IDS, type ProductId, SEVERITIES, type Severity } from '../../catalog/enums';
import { PRODUCTS } from '../../catalog/products';
import { foldLabel } from '../../catalog/text';
import { lazy } from '../lazy';

/**
 * What a support desk knows that the catalog does not: notes on statuses, and explanations of statuses the
 * catalog lacks. Plain text only (every renderer sets textContent; markup is refused here as well, so a note
 * never reads as if it meant to be HTML), length-limited, and checked by these schemas on every way in: typed
 * on the options page, imported from a file, read from storage, set by policy.
 */

export const DESK_LIMITS = {
  /** A status as a console shows it: a label or a code. */
  label: 200,
  note: 500,
  meaning: 500,
  step: 300,
  steps: 10,
  notes: 200,
  entries: 200,
} as const;

/** A note on a status: a label or code, in a section or any, of a console. */
export interface DeskNote {
  product: ProductId;
  /** A section of the console, or null for the status wherever it shows. */
  section: string | null;
  /** The status as the console shows it (label or code); null: every status of the section or console. */
  label: string | null;
  text: string;
}

/** The desk's explanation of a status the catalog does not know; from then on it explains itself. */
export interface DeskEntry {
  product: ProductId;
  section: string | null;
  label: string;
  severity: Severity;
  meaning: string;
  /** What to do, in order; may be empty. */
  steps: string[];
}

/** Where a desk note or entry comes from: the organisation's policy (locked) or the user's own settings. */
export type DeskOrigin = 'policy' | 'user';
export type Sourced<T> = T & { origin: DeskOrigin };

/** The desk's knowledge as every context uses it: policy and the user's own, merged (see merge.ts). */
export interface Desk {
  notes: readonly Sourced<DeskNote>[];
  entries: readonly Sourced<DeskEntry>[];
}

export const EMPTY_DESK: Desk = { notes: [], entries: [] };

// A tag such as <b>, </p>, <img …> or <!-- …: desk text is plain text. "<5 GB" and "a < b" stay allowed.
const MARKUP = /<\s*\/?\s*[a-z!?][^<>]*>/i;
// Control characters other than tab and line breaks.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

// Invisible characters that make text read otherwise than it is stored: bidirectional controls (an override can
// show "exe.txt" for "txt.exe"), and zero-width ones, which hide inside words and make two labels look the same.
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/;

/** "U+202E", for a message that names the character a person cannot see. */
function codePoint(s: string, pattern: RegExp): string {
  const found = pattern.exec(s)?.[0] ?? '';
  return `U+${(found.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

function text(what: string, max: number, oneLine: boolean) {
  return z.string().check(
    z.trim(),
    z.minLength(1, `${what} is empty`),
    z.maxLength(max, `${what} is longer than ${max} characters`),
    z.refine((s) => !MARKUP.test(s), `${what} holds markup; desk text is plain text`),
    z.refine((s) => !CONTROL.test(s), `${what} holds control characters`),
    z.superRefine((s, ctx) => {
      const [pattern, kind] = BIDI.test(s)
        ? [BIDI, 'a hidden text-direction control']
        : ZERO_WIDTH.test(s)
          ? [ZERO_WIDTH, 'a hidden zero-width character']
          : [];
      if (!pattern) return;
      ctx.addIssue({
        code: 'custom',
        message: `${what} holds ${kind} (${codePoint(s, pattern)}), which can make it read otherwise than it is; remove it`,
      });
    }),
    z.refine((s) => !oneLine || !/[\r\n]/.test(s), `${what} is more than one line`),
  );
}

function sectionRefinement(value: { product: ProductId; section: string | null }): boolean {
  if (value.section === null) return true;
  return PRODUCTS.find((p) => p.id === value.product)?.sections.some((s) => s.id === value.section) ?? false;
}

/** Built on first use (see ../lazy): the content script builds them only when there are notes to check. */
function build() {
  const Product = z.enum(PRODUCT_IDS);
  const Section = z.nullable(z.string().check(z.minLength(1), z.maxLength(40)));
  const sectionCheck = z.superRefine((value: { product: ProductId; section: string | null }, ctx) => {
    if (!sectionRefinement(value)) {
      ctx.addIssue({ code: 'custom', path: ['section'], message: 'the section is not one of the console’s sections' });
    }
  });
  const DeskNoteSchema = z
    .object({
      product: Product,
      section: z._default(Section, null),
      label: z._default(z.nullable(text('the status', DESK_LIMITS.label, true)), null),
      text: text('the note', DESK_LIMITS.note, false),
    })
    .check(sectionCheck);
  const DeskEntrySchema = z
    .object({
      product: Product,
      section: z._default(Section, null),
      label: text('the status', DESK_LIMITS.label, true),
      severity: z.enum(SEVERITIES),
      meaning: text('the meaning', DESK_LIMITS.meaning, false),
      steps: z._default(
        z
          .array(text('a step', DESK_LIMITS.step, false))
          .check(z.maxLength(DESK_LIMITS.steps, `more than ${DESK_LIMITS.steps} steps`)),
        [],
      ),
    })
    .check(sectionCheck);
  return { DeskNoteSchema, DeskEntrySchema };
}

export const deskSchemas = lazy(build);

/** Checks one note or entry: the value as stored, or the first reason it is refused (a clause). */
export type Checked<T> = { ok: true; value: T } | { ok: false; reason: string };

function check<T>(schema: z.ZodMiniType<T>, raw: unknown): Checked<T> {
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0];
  const field = issue?.path[0];
  // zod's own wording for a wrong type or a missing field; ours (from the checks above) otherwise.
  const reason =
    issue?.code === 'custom' || issue?.code === 'too_big' || issue?.code === 'too_small'
      ? issue.message
      : typeof field === 'string'
        ? `its ${field} is missing or not valid`
        : 'it is not a desk note or entry';
  return { ok: false, reason };
}

export function checkDeskNote(raw: unknown): Checked<DeskNote> {
  return check(deskSchemas().DeskNoteSchema as z.ZodMiniType<DeskNote>, raw);
}

export function checkDeskEntry(raw: unknown): Checked<DeskEntry> {
  // Steps counted before each is checked: a list far too long is refused at once.
  const steps = typeof raw === 'object' && raw !== null ? (raw as { steps?: unknown }).steps : undefined;
  if (Array.isArray(steps) && steps.length > DESK_LIMITS.steps) {
    return { ok: false, reason: `more than ${DESK_LIMITS.steps} steps` };
  }
  return check(deskSchemas().DeskEntrySchema as z.ZodMiniType<DeskEntry>, raw);
}

/**
 * The id a desk entry is known by, in page reports (Finding.entryId) and the popup:
 * `desk:<product>:<section or empty>:<label folded>`, e.g. `desk:dpod:executions:new_code_x`.
 */
export function deskEntryId(entry: Pick<DeskEntry, 'product' | 'section' | 'label'>): string {
  return `desk:${entry.product}:${entry.section ?? ''}:${foldLabel(entry.label)}`;
}

export function isDeskEntryId(id: string | null | undefined): boolean {
  return typeof id === 'string' && id.startsWith('desk:');
}

/** Two notes are the same when they say the same about the same status. */
export function sameNote(a: DeskNote, b: DeskNote): boolean {
  return (
    a.product === b.product &&
    a.section === b.section &&
    foldLabel(a.label ?? '') === foldLabel(b.label ?? '') &&
    a.text.trim() === b.text.trim()
  );
}
