import type { SettingsNotice } from '../../components/settings/schema';

interface Props {
  notices: readonly SettingsNotice[];
  unsaved: boolean;
  onSave: () => void;
  onDismiss: () => void;
}

/** Tells what reading the stored settings had to repair; the page works on the repaired settings meanwhile. */
export function Notices({ notices, unsaved, onSave, onDismiss }: Props) {
  if (!notices.length) return null;
  const repaired = notices.some((n) => n.kind === 'repaired');
  return (
    <section className={`message ${repaired ? 'warning' : 'info'}`} role="status" aria-labelledby="notices-heading">
      <h2 id="notices-heading">{repaired ? 'Some stored settings could not be used' : 'Settings were upgraded'}</h2>
      <ul>
        {notices.map((n) => (
          <li key={n.message}>{n.message}</li>
        ))}
      </ul>
      <p>
        {unsaved
          ? 'Status Lens works with what was kept; saving stores the repaired settings.'
          : 'The repaired settings are saved.'}
      </p>
      <div className="actions">
        {unsaved && (
          <button type="button" className="button primary" onClick={onSave}>
            Save repaired settings
          </button>
        )}
        <button type="button" className="button quiet" onClick={onDismiss}>
          Dismiss
        </button>
      </div>
    </section>
  );
}
