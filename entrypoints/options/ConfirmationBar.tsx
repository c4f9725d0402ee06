import { useState } from 'react';
import type { Confirm, Confirmation } from './confirmation';

interface Props {
  current: Confirmation | null;
  confirm: Confirm;
  dismiss: () => void;
}

/**
 * The last change made on the page, said where everyone sees it (a live region, so screen readers hear it too),
 * with Undo when it removed or replaced something. It stays until the next change or until dismissed: a
 * confirmation that vanishes on a timer is missed by whoever looked away.
 */
export function ConfirmationBar({ current, confirm, dismiss }: Props) {
  const [busy, setBusy] = useState(false);
  const undo = current?.undo;
  return (
    <div className="confirmation" role="status" data-shown={current ? 'true' : undefined}>
      {current && (
        <div className="confirmation-body" key={current.id}>
          <p className="confirmation-text">{current.message}</p>
          <div className="confirmation-actions">
            {undo && (
              <button
                type="button"
                className="button"
                disabled={busy}
                onClick={() => {
                  setBusy(true);
                  undo()
                    .then(
                      (message) => confirm(message),
                      (error: Error) => confirm(`Could not undo: ${error.message}`),
                    )
                    .finally(() => setBusy(false));
                }}
              >
                Undo
              </button>
            )}
            <button type="button" className="button quiet" aria-label="Dismiss this message" onClick={dismiss}>
              Dismiss
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
