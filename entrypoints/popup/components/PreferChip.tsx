import { productById } from '../../../catalog';
import type { Preference } from '../hooks/useSearch';

/**
 * Says which console search ranks first, and why: the tab's console (a chip the user can remove) or the one the
 * query names (removed by editing the query).
 */
export function PreferChip({ preference, onRemove }: { preference: Preference | null; onRemove: () => void }) {
  if (!preference) return null;
  const name = productById(preference.product).shortName;
  return (
    <p className="prefer" data-from={preference.from}>
      <span className="prefer-chip">
        <span className="prefer-text">
          {name} first
          <span className="prefer-why">{preference.from === 'tab' ? ' · this tab' : ' · named in your search'}</span>
        </span>
        {preference.from === 'tab' && (
          <button type="button" className="prefer-remove" aria-label={`Stop ranking ${name} first`} onClick={onRemove}>
            ×
          </button>
        )}
      </span>
    </p>
  );
}
