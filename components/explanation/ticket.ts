/**
 * "Copy for ticket": what a support desk can paste into a ticket, in plain text and under 15 lines. The desk's
 * note first, then the status, where it stands, the ID support asks for, the row it stands in, what it means,
 * what to do and one line of sources. The whole explanation stays in the card: a ticket is not an article.
 */
import { deskNoteLines, originText } from './desk-notes';
import type { StatusView } from './model';
import { sourcesLine } from './sources';
import {
  cellText,
  labelText,
  meaningOf,
  NOT_IN_CATALOG,
  pageText,
  placeText,
  rowContext,
  SEVERITY_TEXT,
  stepsOf,
  supportIdValue,
  UNKNOWN_SEVERITY_TEXT,
} from './wording';

/** A ticket is at most this many lines; steps beyond them share the last line. */
export const MAX_TICKET_LINES = 14;

/** The ticket's text for a status as the card shows it. No markup: page text goes in as it reads. */
export function ticketText(view: StatusView): string {
  const subject = view.subject;
  const head = [...deskNoteLines(view.notes)];
  const severity = view.severity ? SEVERITY_TEXT[view.severity] : UNKNOWN_SEVERITY_TEXT;
  head.push(`Status: ${labelText(view)} (${severity})`, `Console: ${placeText(view)}`);
  if (view.supportId) {
    head.push(`${view.supportId.label}: ${supportIdValue(view) ?? 'not shown in the row'}`);
  }
  const cells = rowContext(view);
  if (cells.length > 0) head.push(`Row: ${pageText(cells.map(cellText).join(' · '), 200)}`);
  if (subject.kind === 'known' && subject.entry.notification) {
    const n = subject.entry.notification;
    head.push(`Notification: level ${n.level}, module ${n.module}, type ${n.type}`);
  }

  if (subject.kind === 'unknown') return [...head, `Meaning: ${NOT_IN_CATALOG}.`].join('\n');

  const said = meaningOf(subject);
  const whose = subject.kind === 'desk' ? ` (${originText(subject.entry.origin).toLowerCase()})` : '';
  head.push(`Meaning${whose}: ${said?.meaning ?? ''}${said?.cause ? ` ${said.cause}` : ''}`);
  const tail =
    subject.kind === 'known'
      ? [`Sources: ${sourcesLine(subject.entry)}`]
      : [`Source: ${subject.entry.origin === 'policy' ? 'your organisation’s' : 'your'} support desk`];

  const { steps, instead } = stepsOf(subject);
  const body: string[] = [];
  if (steps.length > 0) {
    const room = Math.max(2, MAX_TICKET_LINES - head.length - tail.length) - 1;
    const numbered = steps.map((s, i) => `${i + 1}. ${s.replace(/\s*\n\s*/g, ' ')}`);
    const kept =
      numbered.length > room ? [...numbered.slice(0, room - 1), numbered.slice(room - 1).join(' ')] : numbered;
    body.push('What to do:', ...kept);
  } else if (subject.kind === 'known' && !subject.entry.noAction && subject.entry.generalAdvice?.length) {
    // No step of the vendor's: our advice, said to be ours.
    body.push(`What to do (general advice, not from the vendor): ${subject.entry.generalAdvice.join(' ')}`);
  } else if (instead) {
    body.push(`What to do: ${instead}`);
  }
  return [...head, ...body, ...tail].join('\n');
}
