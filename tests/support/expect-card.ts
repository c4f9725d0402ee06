/**
 * What a card must show, whatever its markup (issue 27), checked against the catalog: kept apart from ./card.ts,
 * which the demo loads outside Vite (the catalog's console registry needs Vite's import.meta.glob).
 */
import { lookup } from '../../catalog';
import { PRODUCTS } from '../../catalog/products';
import type { ProductId } from '../../catalog/schema';
import { type CardInspection, explains } from './card';

/** How a card names a section: "Dropsuite › Migrates"; the product alone when it has one section. */
export function placeOf(product: string, section: string | null): string {
  const p = PRODUCTS.find((x) => x.id === product);
  if (!p) throw new Error(`unknown product ${product}`);
  const s = p.sections.find((x) => x.id === section);
  if (p.sections.length > 1 && !s) throw new Error(`unknown section ${section} of ${product}`);
  return p.sections.length > 1 && s ? `${p.shortName} › ${s.name}` : p.shortName;
}

/** The severity the catalog gives a status in its section; null for a label it does not know. */
export function severityOf(product: string, section: string | null, label: string): string | null {
  return lookup(product as ProductId, section ?? undefined, label)?.severity ?? null;
}

/**
 * What a card must be, whatever its markup (issue 27): the card of the status (a dialog named by it, or a
 * one-liner saying it), in its console › section, with the ID support asks for filled in from the row when the
 * page says which; a success or in-progress status gets a one-line card without buttons, any other known
 * status a dialog with "Copy for ticket" and "More". The problems found, empty when it is all that.
 */
export function cardProblems(
  card: CardInspection,
  expected: { product: string; label: string; section: string | null; id?: string | null; otherIds?: string[] },
): string[] {
  const problems: string[] = [];
  const text = card.text.replace(/\s+/g, ' ');
  if (!explains(card, expected.label)) problems.push(`it is not named "${expected.label}"`);
  const place = placeOf(expected.product, expected.section);
  if (!text.includes(place)) problems.push(`it does not say "${place}"`);
  const severity = severityOf(expected.product, expected.section, expected.label);
  // A one-line card (success, in progress) has nothing to report, and so no support ID.
  const quiet = severity === 'success' || severity === 'progress';
  if (expected.id && !quiet && !text.includes(expected.id))
    problems.push(`it does not show the row's ID ${expected.id}`);
  if (expected.id === '') {
    const shown = (expected.otherIds ?? []).filter((id) => id && text.includes(id));
    if (shown.length) problems.push(`it shows another row's ID ${shown.join(', ')}`);
  }
  const names = card.buttons.map((b) => b.name);
  if (quiet) {
    if (card.role !== 'tooltip' || names.length)
      problems.push(`a ${severity} status gets a one-line card, not a ${card.role} with [${names.join(', ')}]`);
  } else if (severity) {
    if (card.role !== 'dialog') problems.push(`a ${severity} status gets a dialog, not a ${card.role}`);
    for (const name of ['Copy for ticket', 'More']) {
      if (!names.includes(name)) problems.push(`no "${name}" button (has [${names.join(', ')}])`);
    }
  }
  return problems;
}
