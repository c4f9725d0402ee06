/**
 * What the card says about a status, as text, apart from how it is shown: the renderer and the ticket both ask
 * here, so the card and the ticket never say different things (one folding rule, one first step).
 */
import type { Entry, Fact, Severity } from '../../catalog/schema';
import type { RowCell, StatusView, Subject } from './model';

/** Severity as words, so it never rests on colour alone. */
export const SEVERITY_TEXT: Record<Severity, string> = {
  success: 'Success',
  progress: 'In progress',
  info: 'Info',
  warning: 'Warning',
  error: 'Error',
};

/** The chip and the line of a status nobody explains yet. */
export const UNKNOWN_SEVERITY_TEXT = 'Unknown';
export const NOT_IN_CATALOG = 'Not in the Status Lens catalog';

/** Said instead of a step when the vendor gives none and our general advice follows. */
const NO_VENDOR_STEP = 'The vendor’s documentation gives no step for this status; see the general advice.';

// Page text can be arbitrarily long; a card must stay a card.
const MAX_PAGE_TEXT = 200;

/** Page text on one line, capped; undefined when there is none. */
export function pageText(value: string | null | undefined, max = MAX_PAGE_TEXT): string | undefined {
  const text = value?.replace(/\s+/g, ' ').trim();
  if (!text) return undefined;
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The status's own label as the title shows it. */
export function labelText(view: StatusView): string {
  return pageText(view.label) ?? '(no label)';
}

/** "Dropsuite › Migrates", or the console alone when the section is not known. */
export function placeText(view: StatusView): string {
  return view.section ? `${view.console.shortName} › ${view.section.name}` : view.console.shortName;
}

/**
 * Which card a status gets: success and in-progress statuses a one-line card without buttons (nothing to do,
 * nothing to report), an unknown status the "not in the catalog" card, every other status the full card.
 */
export type CardKind = 'quiet' | 'full' | 'unknown';

export function cardKind(view: StatusView): CardKind {
  if (view.subject.kind === 'unknown') return 'unknown';
  return view.severity === 'success' || view.severity === 'progress' ? 'quiet' : 'full';
}

// A cause that only says it is not known tells the reader nothing the meaning did not.
const SAYS_UNKNOWN = /\b(unknown|unidentified|unforeseen|unexpected)\b|could not (identify|classify)/i;
// Words too common to count as news; compared, like every word here, by their first five letters.
const COMMON = new Set(
  'this that with from have been were when which there their they them then than into over after before because while what will would could should also only such some more most other each every does about these those being like'
    .split(' ')
    .map((w) => w.slice(0, 5)),
);

function stems(text: string): string[] {
  return (text.toLowerCase().match(/[a-z’']{4,}/g) ?? []).map((w) => w.slice(0, 5)).filter((w) => !COMMON.has(w));
}

/**
 * The folding rule: the collapsed card says the cause after the meaning only when the cause adds something,
 * that is when (1) it does not merely say the cause is unknown, and (2) at least half of its words (4 letters
 * or more, compared by their first five, common words left out) are not already in the label or the meaning.
 * Otherwise the cause waits under "More". Success and in-progress statuses never fold: their card is one line.
 */
export function causeAddsSomething(entry: Entry): boolean {
  if (entry.severity === 'success' || entry.severity === 'progress') return false;
  if (SAYS_UNKNOWN.test(entry.cause)) return false;
  const known = new Set(stems(`${entry.labels.join(' ').replace(/_/g, ' ')} ${entry.meaning}`));
  const words = stems(entry.cause);
  if (words.length === 0) return false;
  return words.filter((w) => !known.has(w)).length * 2 >= words.length;
}

/** The card's sentence of meaning, with the cause when it is folded in (see causeAddsSomething). */
export function meaningOf(subject: Subject): { meaning: string; cause: string | null } | null {
  if (subject.kind === 'unknown') return null;
  if (subject.kind === 'desk') return { meaning: subject.entry.meaning, cause: null };
  const entry = subject.entry;
  return { meaning: entry.meaning, cause: causeAddsSomething(entry) ? entry.cause : null };
}

/** What to do next, and what it is: a step of the source, that nothing is to be done, or our general advice. */
interface NextStep {
  text: string;
  kind: 'step' | 'none' | 'advice';
}

/** The first thing to do: the first step; without steps the entry's noAction, else its first general advice. */
export function nextStep(subject: Subject): NextStep | null {
  if (subject.kind === 'unknown') return null;
  const first = subject.entry.steps[0];
  if (first) return { text: first, kind: 'step' };
  if (subject.kind === 'desk') return null;
  const entry = subject.entry;
  if (entry.noAction) return { text: entry.noAction, kind: 'none' };
  const advice = entry.generalAdvice?.[0];
  return advice ? { text: advice, kind: 'advice' } : null;
}

/** The steps in order; for a catalog entry without steps, what stands in for them (see NO_VENDOR_STEP). */
export function stepsOf(subject: Subject): { steps: readonly string[]; instead: string | null } {
  if (subject.kind === 'unknown') return { steps: [], instead: null };
  const entry = subject.entry;
  if (entry.steps.length > 0 || subject.kind === 'desk') return { steps: entry.steps, instead: null };
  return { steps: [], instead: subject.entry.noAction ?? (subject.entry.generalAdvice ? NO_VENDOR_STEP : null) };
}

/** "Reconnects every 30 minutes"; "1 attempt", not "1 attempts". */
export function factText(fact: Fact): string {
  const unit = fact.value === 1 ? fact.unit.replace(/s$/, '') : fact.unit;
  return `${fact.label} ${fact.value} ${unit}`;
}

/** The entry's other names, without the one shown as the title. */
export function otherLabels(entry: Entry, shown: string): string[] {
  const key = shown.toLowerCase();
  return entry.labels.filter((l) => l.toLowerCase() !== key);
}

/** The support ID's value as shown (capped), or null when the row does not show it. */
export function supportIdValue(view: StatusView): string | null {
  return pageText(view.supportId?.value) ?? null;
}

const MAX_CELLS = 6;

/**
 * The row's context, short: its other cells, each capped, without empty cells and without the cell that holds
 * the support ID (said apart). At most six cells: a ticket needs the task, the device and the time, not the
 * whole row.
 */
export function rowContext(view: StatusView): RowCell[] {
  const id = supportIdValue(view);
  const label = labelText(view);
  const cells: RowCell[] = [];
  for (const cell of view.row) {
    const value = pageText(cell.value, 100);
    if (!value || value === id || value === label) continue;
    cells.push({ name: pageText(cell.name, 30) ?? null, value });
    if (cells.length === MAX_CELLS) break;
  }
  return cells;
}

/** A cell as one phrase: "Device: idg-prod-1", or its value alone when the column has no heading. */
export function cellText(cell: RowCell): string {
  return cell.name ? `${cell.name}: ${cell.value}` : cell.value;
}
