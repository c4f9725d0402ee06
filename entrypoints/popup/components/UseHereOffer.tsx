import { useId, useState } from 'react';
import type { ProductId } from '../../../catalog';
import { PRODUCT_COPY } from '../../options/products';
import type { UseHereProgress } from '../hooks/useUseHere';
import type { Offer } from '../page-state';

interface Props {
  offer: Offer;
  /** Status Lens runs on the page but recognises no console there (rather than not running at all). */
  running: boolean;
  progress: UseHereProgress;
  onTake: (product: ProductId | null) => void;
}

/**
 * "Use Status Lens on <host> as: DPOD / Dropsuite (white-labelled) / mxHERO", or "let it recognise the console":
 * one click asks the browser for access to that host, saves it and explains the tab at once. Where Status Lens
 * runs but sees no console (most such pages are none), the choice waits behind "Is it a console?".
 */
export function UseHereOffer({ offer, running, progress, onTake }: Props) {
  const id = useId();
  const [expanded, setExpanded] = useState(!running);
  const asking = progress.kind === 'asking';
  return (
    <section className="use-here" data-running={running || undefined} aria-labelledby={`${id}-head`}>
      <h2 id={`${id}-head`} className="use-here-head">
        {running ? `No console recognised on ${offer.host}` : `Status Lens is not active on ${offer.host}`}
      </h2>
      {running && (
        <button
          type="button"
          className="link"
          aria-expanded={expanded}
          aria-controls={`${id}-choices`}
          onClick={() => setExpanded((x) => !x)}
        >
          Is it a console? Tell Status Lens which one
        </button>
      )}
      {expanded && (
        <div id={`${id}-choices`}>
          <p className="use-here-lead" id={`${id}-lead`}>
            Use Status Lens on {offer.host} as:
          </p>
          {/* biome-ignore lint/a11y/useSemanticElements: a group of buttons, not form fields. */}
          <div className="use-here-choices" role="group" aria-labelledby={`${id}-lead`}>
            {PRODUCT_COPY.map((p) => (
              <button
                key={p.id}
                type="button"
                className="use-here-choice"
                disabled={asking}
                onClick={() => onTake(p.id)}
              >
                {p.hostChoice}
              </button>
            ))}
          </div>
          {!running && (
            <p className="use-here-auto">
              <button type="button" className="link" disabled={asking} onClick={() => onTake(null)}>
                Or let it recognise the console
              </button>
            </p>
          )}
          <p className="use-here-note">
            Your browser asks once for access to {offer.host}. The settings list the hosts Status Lens works on, where
            you can remove one.
          </p>
        </div>
      )}
    </section>
  );
}
