import { productById } from '../../../catalog';
import type { UseHereProgress } from '../hooks/useUseHere';

/** Where "Use Status Lens here" stands, said visibly (a live region, so screen readers hear it too). */
export function UseHereStatus({ progress }: { progress: UseHereProgress }) {
  const text =
    progress.kind === 'asking'
      ? `Asking your browser for access to ${progress.host}…`
      : progress.kind === 'done'
        ? `Status Lens now works on ${progress.host}${
            progress.product ? ` as ${productById(progress.product).shortName}` : ''
          }, in this tab already: rest the pointer on a status.`
        : progress.kind === 'failed'
          ? progress.problem
          : '';
  return (
    <p className="use-here-status" role="status" data-state={progress.kind}>
      {text}
    </p>
  );
}
