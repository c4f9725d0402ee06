import type { KeyboardEvent, RefObject } from 'react';

interface Props {
  input: RefObject<HTMLInputElement | null>;
  listId: string;
  query: string;
  expanded: boolean;
  activeId: string | undefined;
  onQuery: (query: string) => void;
  onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
}

/** The search field: a combobox driving the listbox of results, with a clear button. */
export function SearchBox({ input, listId, query, expanded, activeId, onQuery, onKeyDown }: Props) {
  return (
    <div className="search">
      <svg className="search-icon" viewBox="0 0 16 16" aria-hidden="true">
        <circle cx="7" cy="7" r="4.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
        <path d="M10.5 10.5 14 14" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
      </svg>
      <input
        ref={input}
        type="text"
        role="combobox"
        aria-label="Search statuses and codes"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeId}
        placeholder="Search a status, code or symptom"
        autoComplete="off"
        spellCheck={false}
        // biome-ignore lint/a11y/noAutofocus: opening the popup to search is the point; the spec asks for it.
        autoFocus
        value={query}
        onChange={(e) => onQuery(e.target.value)}
        onKeyDown={onKeyDown}
      />
      {query && (
        <button
          type="button"
          className="clear"
          aria-label="Clear search"
          onClick={() => {
            onQuery('');
            input.current?.focus();
          }}
        >
          ×
        </button>
      )}
    </div>
  );
}
