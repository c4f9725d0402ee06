import { useId } from 'react';

export interface DeskListItem {
  key: string;
  where: string;
  text: string;
  /** Absent: set by the organisation, locked. */
  onEdit?: () => void;
  onRemove?: () => void;
}

/** The desk's notes or entries of one origin, each with Edit and Remove unless the organisation set it. */
export function DeskList({ title, empty, items }: { title: string; empty: string | null; items: DeskListItem[] }) {
  const id = useId();
  if (items.length === 0 && empty === null) return null;
  return (
    <>
      <h3 id={id}>{title}</h3>
      {items.length === 0 ? (
        <p className="empty">{empty}</p>
      ) : (
        <ul className="host-list desk-list" aria-labelledby={id}>
          {items.map((item) => (
            <li key={item.key} className="host-row desk-row" data-locked={item.onRemove ? undefined : 'true'}>
              <div className="host-main">
                <span className="desk-where">{item.where}</span>
                <span className="desk-text">{item.text}</span>
              </div>
              {item.onRemove ? (
                <div className="host-actions">
                  {item.onEdit && (
                    <button type="button" className="button" aria-label={`Edit ${item.where}`} onClick={item.onEdit}>
                      Edit
                    </button>
                  )}
                  <button
                    type="button"
                    className="button quiet"
                    aria-label={`Remove ${item.where}`}
                    onClick={item.onRemove}
                  >
                    Remove
                  </button>
                </div>
              ) : (
                <span className="locked">Set by your organisation</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
