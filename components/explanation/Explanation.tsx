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
  onCopied?: () => void;
}

/**
 * The popup's view of the explanation: mounts the very element the in-page tooltip shows, so both
 * stay identical. Context is taken as flat props so an inline object does not re-render each time.
 */
export function Explanation({ entry, label, sectionId, supportIdValue, headingLevel, onCopied }: ExplanationProps) {
  const host = useRef<HTMLDivElement>(null);
  // Latest callback without rebuilding the DOM (and losing "Copied" feedback) on each render.
  const copied = useRef(onCopied);
  copied.current = onCopied;

  useEffect(() => {
    const node = host.current;
    if (!node) return;
    ensureExplanationCss(node.ownerDocument);
    const ctx: ExplanationContext = { label, sectionId, supportIdValue };
    node.replaceChildren(
      renderExplanation(node.ownerDocument, entry, ctx, { headingLevel, onCopied: () => copied.current?.() }),
    );
    return () => node.replaceChildren();
  }, [entry, label, sectionId, supportIdValue, headingLevel]);

  return <div ref={host} className="sl-explanation-host" />;
}
