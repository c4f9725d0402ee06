/**
 * The explanation of a status only the desk knows: the same component as a catalog entry's (one root class,
 * one set of styles), marked as the desk's, with its meaning, steps, the notes on it and Copy for ticket.
 */
import { productById, sectionOf } from '../../catalog';
import { type DeskEntry, type DeskOrigin, deskEntryId } from '../desk/schema';
import { deskNoteLines, originText, renderDeskNotes } from './desk-notes';
import {
  appendActions,
  type ExplanationContext,
  type ExplanationOptions,
  node,
  ROOT_CLASS,
  renderHeader,
  SEVERITY_TEXT,
} from './explanation';

type ShownEntry = DeskEntry & { origin?: DeskOrigin };

function placeName(entry: DeskEntry): string {
  const product = productById(entry.product);
  const section = entry.section ? sectionOf(entry.product, entry.section) : undefined;
  return section ? `${product.shortName} › ${section.name}` : product.shortName;
}

function markText(entry: ShownEntry): string {
  return entry.origin === 'policy'
    ? 'Explained by your organisation’s support desk, not by the catalog'
    : 'Explained by your support desk, not by the catalog';
}

/** Plain text for a support ticket, as for a catalog entry. */
export function deskEntryTicketText(
  entry: ShownEntry,
  ctx: ExplanationContext = {},
  deskNotes: ExplanationOptions['deskNotes'] = [],
): string {
  const label = ctx.label?.replace(/\s+/g, ' ').trim() || entry.label;
  const lines = [
    `Status: ${label}`,
    `Console: ${placeName(entry)}`,
    `Severity: ${SEVERITY_TEXT[entry.severity]}`,
    '',
    `What it means (${originText(entry.origin).toLowerCase()}): ${entry.meaning}`,
  ];
  if (entry.steps.length > 0) lines.push('What to do:', ...entry.steps.map((s, i) => `${i + 1}. ${s}`));
  lines.push(...deskNoteLines(deskNotes));
  lines.push('', `Reference: ${deskEntryId(entry)} (Status Lens, desk entry)`);
  return lines.join('\n');
}

/** Builds the desk entry's explanation. Styles: EXPLANATION_CSS. */
export function renderDeskEntry(
  doc: Document,
  entry: ShownEntry,
  ctx: ExplanationContext = {},
  opts: ExplanationOptions = {},
): HTMLElement {
  const level = Math.min(5, Math.max(2, Math.round(opts.headingLevel ?? 3)));
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) =>
    node(doc, tag, className, text);
  const id = deskEntryId(entry);
  const root = el('article', ROOT_CLASS);
  root.dataset.severity = entry.severity;
  root.dataset.entryId = id;
  root.dataset.desk = entry.origin ?? 'user';
  const titleId = `sl-x-desk-${Math.random().toString(36).slice(2, 10)}`;
  root.setAttribute('aria-labelledby', titleId);

  const label = ctx.label?.replace(/\s+/g, ' ').trim() || entry.label;
  const header = renderHeader(doc, level, titleId, label, entry.severity, placeName(entry));
  header.append(el('p', 'sl-x-desk-mark', markText(entry)));
  root.append(header);

  const part = (name: string, className: string, content: Node) => {
    const section = el('section', `sl-x-part ${className}`);
    section.append(el(`h${level + 1}` as 'h3', 'sl-x-h', name), content);
    root.append(section);
  };
  const meaning = el('p', 'sl-x-desk-text', entry.meaning);
  part('What it means', 'sl-x-meaning', meaning);
  if (entry.steps.length > 0) {
    const list = el('ol', 'sl-x-steps');
    for (const step of entry.steps) list.append(el('li', 'sl-x-desk-text', step));
    part('What to do', 'sl-x-todo', list);
  }
  if (opts.deskNotes?.length) root.append(renderDeskNotes(doc, opts.deskNotes, level + 1));

  const footer = el('footer', 'sl-x-foot');
  appendActions(doc, footer, opts, () => deskEntryTicketText(entry, ctx, opts.deskNotes));
  root.append(footer);
  return root;
}
