import { useEffect, useRef } from 'react';
import { type Change, type ChangeKind, DIFF_PARTS, type SettingsDiff } from './import-diff';

const PART_NAME: Record<(typeof DIFF_PARTS)[number], string> = {
  switches: 'Console switches',
  hosts: 'Hosts',
  notes: 'Desk notes',
  entries: 'Desk entries',
};

const KIND_TEXT: Record<ChangeKind, string> = { added: 'Added', replaced: 'Replaced', removed: 'Removed' };

interface Props {
  file: string;
  /** What Replace changes. */
  replace: SettingsDiff;
  /** What Merge changes; a string says why a merge is not possible. */
  merge: SettingsDiff | string;
  onReplace: () => void;
  onMerge: () => void;
  onCancel: () => void;
}

/**
 * What importing a file will change, before anything is: each host, note, entry and switch added, replaced or
 * removed by Replace, with what Merge does instead where it differs; then Replace, Merge or Cancel.
 */
export function ImportPreview({ file, replace, merge, onReplace, onMerge, onCancel }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  // The preview takes the focus from the file picker, so a keyboard or screen reader user lands on it.
  useEffect(() => heading.current?.focus(), []);
  const parts = DIFF_PARTS.filter(
    (part) => replace[part].length > 0 || (typeof merge !== 'string' && merge[part].length),
  );
  const mergeOf = (part: (typeof DIFF_PARTS)[number], change: Change): string | null => {
    if (typeof merge === 'string') return null;
    const same = merge[part].find((c) => c.key === change.key);
    if (same?.kind === change.kind) return null;
    return same ? `Merge: ${KIND_TEXT[same.kind].toLowerCase()}` : 'Merge keeps it';
  };
  return (
    <section className="import-preview" aria-labelledby="import-preview-heading">
      <h3 id="import-preview-heading" ref={heading} tabIndex={-1}>
        Import {file}?
      </h3>
      {parts.length === 0 ? (
        <p>The file holds the same settings as these: importing changes nothing.</p>
      ) : (
        <>
          <p>What importing changes:</p>
          {parts.map((part) => (
            <div key={part} className="change-part">
              <h4>{PART_NAME[part]}</h4>
              <ul className="changes">
                {replace[part].map((change) => {
                  const differs = mergeOf(part, change);
                  return (
                    <li key={`${change.kind}:${change.key}`} className="change" data-kind={change.kind}>
                      <span className="change-kind">{KIND_TEXT[change.kind]}</span>{' '}
                      <span className="change-text">{change.text}</span>
                      {differs && <span className="change-merge"> ({differs})</span>}
                    </li>
                  );
                })}
              </ul>
            </div>
          ))}
        </>
      )}
      <p className="hint">
        Replace makes the settings the file’s. Merge adds the file’s hosts, notes and entries to yours and takes its
        switches; where both have the same host or desk entry, the file’s wins; it removes nothing.
      </p>
      {typeof merge === 'string' && (
        <p className="field-warning" id="import-merge-problem">
          Merge is not possible: {merge}.
        </p>
      )}
      <div className="actions">
        <button type="button" className="button primary" onClick={onReplace}>
          Replace
        </button>
        <button
          type="button"
          className="button"
          onClick={onMerge}
          disabled={typeof merge === 'string'}
          aria-describedby={typeof merge === 'string' ? 'import-merge-problem' : undefined}
        >
          Merge
        </button>
        <button type="button" className="button quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}
