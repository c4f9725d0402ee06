/**
 * Codes that count as whole tokens wherever they stand, in sentences, `<pre>` and `<code>` too.
 */
export interface CodeMatcher {
  /** A global pattern of the codes' shape: cheap to run over every text, filtered by `known` after. */
  shape: RegExp;
  /** The codes the catalog knows, exactly as the console prints them. */
  known: ReadonlySet<string>;
}

/** Characters a code is made of: a code stands as a whole token, not inside a longer identifier. */
const CODE_CHAR = /[A-Za-z0-9_-]/;

/** The token around `offset` in `text`: the run of code characters that holds it. */
export function tokenAround(text: string, offset: number): { start: number; end: number } | null {
  let start = Math.min(offset, text.length);
  let end = start;
  while (start > 0 && CODE_CHAR.test(text.charAt(start - 1))) start--;
  while (end < text.length && CODE_CHAR.test(text.charAt(end))) end++;
  return end > start ? { start, end } : null;
}

/** Every known code in `text`, as whole tokens, with where each stands. */
export function codesIn(text: string, codes: CodeMatcher): { code: string; start: number; end: number }[] {
  const out: { code: string; start: number; end: number }[] = [];
  codes.shape.lastIndex = 0;
  for (let m = codes.shape.exec(text); m; m = codes.shape.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    // The shape may stop inside a longer identifier ("idg-EXECUTION_STARTED2"): not a whole token then.
    if (codes.known.has(m[0]) && !CODE_CHAR.test(text.charAt(start - 1)) && !CODE_CHAR.test(text.charAt(end))) {
      out.push({ code: m[0], start, end });
    }
  }
  return out;
}
