import { useEffect, useRef } from 'react';
import type { Entry } from '../../catalog';
import type { DeskEntry, DeskOrigin } from '../desk/schema';
import { renderDeskEntry } from './desk-entry';
import type { DeskNoteShown } from './desk-notes';
import { EXPLANATION_CSS, type ExplanationContext, renderExplanation } from './explanation';

const STYLE_ID = 'sl-explanation-css';

/** Adds the component's styles to a document once (the popup; the tooltip has its own shadow root). */
export function ensureExplanationCss(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = EXPLANATION_CSS;
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
  /** The desk's notes on the status, shown under the explanation and copied with it. */
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
 * The popup's view of the explanation: mounts the very element the in-page tooltip shows, so both
 * stay identical. Context is taken as flat props so an inline object does not re-render each time.
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
    ensureExplanationCss(node.ownerDocument);
    const ctx: ExplanationContext = { label, sectionId, supportIdValue };
    const opts = { headingLevel, onCopied: () => copied.current?.(), deskNotes, showSources };
    const root = entry
      ? renderExplanation(node.ownerDocument, entry, ctx, opts)
      : deskEntry
        ? renderDeskEntry(node.ownerDocument, deskEntry, ctx, opts)
        : null;
    if (!root) return;
    node.replaceChildren(root);
    // Here rather than in the parent: this effect may run again (StrictMode) and replace the title.
    const title = focusTitle ? root.querySelector<HTMLElement>('.sl-x-title') : null;
    if (title) {
      title.tabIndex = -1;
      title.focus({ preventScroll: true });
    }
    return () => node.replaceChildren();
  }, [entry, deskKey, label, sectionId, supportIdValue, headingLevel, focusTitle, notesKey, showSources]);

  return <div ref={host} className="sl-explanation-host" />;
}
