const EXAMPLES = ['wrong password', 'Space Full', 'unquiesce', 'web_hook_moved', 'backup never starts'];

/** Where to start when the tab shows no console: what to type, and examples to click. */
export function Hints({ onPick }: { onPick: (q: string) => void }) {
  return (
    <div className="hints">
      <p>Type a status as the console shows it, a code, or what went wrong in your own words.</p>
      <p className="hint-label" id="examples-label">
        For example
      </p>
      <ul className="examples" aria-labelledby="examples-label">
        {EXAMPLES.map((q) => (
          <li key={q}>
            <button type="button" className="chip" onClick={() => onPick(q)}>
              {q}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
