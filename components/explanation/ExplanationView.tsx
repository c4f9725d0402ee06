import { useEffect, useRef } from 'react';
import type { Entry } from '../../catalog';
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

export interface ExplanationProps {
  entry: Entry;
  label?: string;
  sectionId?: string | null;
  supportIdValue?: string | null;
  headingLevel?: number;
  /** Moves focus to the title once shown, so a screen reader reads what was opened. */
  focusTitle?: boolean;
  onCopied?: () => void;
  /** Where the explanation comes from, with links to the vendor's pages. Default true. */
  showSources?: boolean;
}

/**
 * The popup's view of the explanation: mounts the very element the in-page tooltip shows, so both
 * stay identical. Context is taken as flat props so an inline object does not re-render each time.
 */
export function Explanation({
  entry,
  label,
  sectionId,
  supportIdValue,
  headingLevel,
  focusTitle,
  onCopied,
  showSources,
}: ExplanationProps) {
  const host = useRef<HTMLDivElement>(null);
  // Latest callback without rebuilding the DOM (and losing "Copied" feedback) on each render.
  const copied = useRef(onCopied);
  copied.current = onCopied;

  useEffect(() => {
    const node = host.current;
    if (!node) return;
    ensureExplanationCss(node.ownerDocument);
    const ctx: ExplanationContext = { label, sectionId, supportIdValue };
    const root = renderExplanation(node.ownerDocument, entry, ctx, {
      headingLevel,
      onCopied: () => copied.current?.(),
      showSources,
    });
    node.replaceChildren(root);
    // Here rather than in the parent: this effect may run again (StrictMode) and replace the title.
    const title = focusTitle ? root.querySelector<HTMLElement>('.sl-x-title') : null;
    if (title) {
      title.tabIndex = -1;
      title.focus({ preventScroll: true });
    }
    return () => node.replaceChildren();
  }, [entry, label, sectionId, supportIdValue, headingLevel, focusTitle, showSources]);

  return <div ref={host} className="sl-explanation-host" />;
}
