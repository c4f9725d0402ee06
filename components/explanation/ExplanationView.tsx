import { useEffect, useRef } from 'react';
import { canonicalLabel, type Entry, productById, sectionOf } from '../../catalog';
import type { DeskEntry, DeskOrigin } from '../desk/schema';
import { copyText } from './clipboard';
import type { DeskNoteShown } from './desk-notes';
import type { CardActions, StatusView } from './model';
import { CARD_TITLE_CLASS, renderCard } from './render';
import { CARD_CSS } from './styles';

const STYLE_ID = 'sl-explanation-css';

/** Adds the card's styles to a document once (the popup; the page's card has its own shadow root). */
function ensureExplanationCss(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = CARD_CSS;
  doc.head.append(style);
}

interface CommonProps {
  label?: string;
  sectionId?: string | null;
  supportIdValue?: string | null;
  headingLevel?: number;
  /** Moves focus to the title once shown, so a screen reader reads what was opened. */
  focusTitle?: boolean;
  onCopied?: () => void;
  /** The desk's notes on the status, shown under the title and copied with it. */
  deskNotes?: readonly DeskNoteShown[];
  /** Where the explanation comes from, with links to the vendor's pages. Default true. */
  showSources?: boolean;
}

export interface ExplanationProps extends CommonProps {
  entry: Entry;
}

export interface DeskExplanationProps extends CommonProps {
  /** A status only the desk explains. */
  deskEntry: DeskEntry & { origin?: DeskOrigin };
}

/**
 * The card's input for a status the popup opened (from search or its This page list): no row around it, so no
 * row cells; the section is the entry's own, whose cause and steps are written for it.
 */
export function popupView(props: ExplanationProps | DeskExplanationProps): StatusView {
  const { label, sectionId, supportIdValue, deskNotes } = props;
  const subject =
    'entry' in props
      ? ({ kind: 'known', entry: props.entry } as const)
      : ({ kind: 'desk', entry: { ...props.deskEntry, origin: props.deskEntry.origin ?? 'user' } } as const);
  const of = subject.entry;
  const product = productById(of.product);
  const sectionIdShown = subject.kind === 'known' ? of.section : (of.section ?? sectionId ?? null);
  const section = sectionIdShown ? sectionOf(of.product, sectionIdShown) : undefined;
  const supportLabel = section?.supportId?.label;
  return {
    label: label ?? (subject.kind === 'known' ? canonicalLabel(subject.entry) : subject.entry.label),
    console: { id: product.id, shortName: product.shortName },
    section: section ? { id: section.id, name: section.name } : null,
    subject,
    severity: of.severity,
    supportId: supportLabel ? { label: supportLabel, value: supportIdValue ?? null } : null,
    row: [],
    notes: deskNotes ?? [],
  };
}

/**
 * The popup's view of a status: the very card the page shows, full (expanded, with "Where it shows"). Props are
 * flat so an inline object does not rebuild the card on each render.
 */
export function Explanation(props: ExplanationProps | DeskExplanationProps) {
  const { label, sectionId, supportIdValue, headingLevel, focusTitle, onCopied, deskNotes, showSources } = props;
  const entry = 'entry' in props ? props.entry : undefined;
  const deskEntry = 'deskEntry' in props ? props.deskEntry : undefined;
  const host = useRef<HTMLDivElement>(null);
  // Latest callback without rebuilding the DOM (and losing "Copied" feedback) on each render.
  const copied = useRef(onCopied);
  copied.current = onCopied;
  // Notes arrive as a new array on every settings read; their content decides a rebuild.
  const notesKey = JSON.stringify(deskNotes ?? []);
  const deskKey = deskEntry ? JSON.stringify(deskEntry) : '';

  // biome-ignore lint/correctness/useExhaustiveDependencies: notesKey and deskKey stand for deskNotes and deskEntry.
  useEffect(() => {
    const node = host.current;
    if (!node) return;
    const doc = node.ownerDocument;
    ensureExplanationCss(doc);
    const view = entry
      ? popupView({ entry, label, sectionId, supportIdValue, deskNotes })
      : deskEntry
        ? popupView({ deskEntry, label, sectionId, supportIdValue, deskNotes })
        : null;
    if (!view) return;
    const copy = async (text: string) => {
      const ok = await copyText(doc, text, node);
      if (ok) copied.current?.();
      return ok;
    };
    // No addNote: the popup offers no desk note from here (the options page does).
    const actions: CardActions = { copyTicket: copy, copyId: copy };
    const root = renderCard(doc, view, { expanded: true, where: 'popup', headingLevel: headingLevel ?? 2, actions });
    if (showSources === false) root.querySelector('.sl-x-sources')?.remove();
    node.replaceChildren(root);
    // Here rather than in the parent: this effect may run again (StrictMode) and replace the title.
    const title = focusTitle ? root.querySelector<HTMLElement>(`.${CARD_TITLE_CLASS}`) : null;
    if (title) {
      title.tabIndex = -1;
      title.focus({ preventScroll: true });
    }
    return () => node.replaceChildren();
  }, [entry, deskKey, label, sectionId, supportIdValue, headingLevel, focusTitle, notesKey, showSources]);

  return <div ref={host} className="sl-explanation-host" />;
}
