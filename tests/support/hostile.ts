/**
 * What a hostile console page does to Status Lens, as its own script: the functions below run in the page
 * (passed to Playwright's and puppeteer's evaluate, or added as a script that runs before the page's first), so
 * each is self-contained. Shared by the hostile-page tests of both browsers (tests/e2e/hostile-page.e2e.ts,
 * tests/firefox/hostile.firefox.ts); the tests use the real pointer and keyboard for what a person does.
 */

/** The console both browsers' hostile-page tests open. */
export const HOSTILE_CONSOLE = 'dropsuite/system-status.html';
/** A desk note on Space Full, with a string found nowhere else (SECRET), which the page must never read. */
export const DESK_NOTE = 'Desk only: ACME (acct 4471) pays for extra storage; call Dana, code QZX-7731.';
export const SECRET = 'QZX-7731';

/**
 * What a page posts to stop the content script (issue 29): our own "started" message of old, WXT's with the
 * extension's id (as WXT 0.20 names it: `${id}:${entrypoint}:wxt:content-script-started`) and without it.
 */
export function stopMessages(extensionId: string): Record<string, unknown>[] {
  const wxt = { contentScriptName: 'content', messageId: 'x' };
  return [
    { type: 'status-lens:content-script-started', id: 'x', at: 1e15 },
    { type: `${extensionId}:content:wxt:content-script-started`, ...wxt },
    { type: 'undefined:content:wxt:content-script-started', ...wxt },
    { type: 'wxt:content-script-started', ...wxt },
  ];
}

/** The DOM event WXT 0.20.27 dispatches on `document` to stop an older instance of the same content script. */
export const wxtStartedEvent = (extensionId: string) => `${extensionId}:content:wxt:content-script-started`;

export interface Stops {
  messages: Record<string, unknown>[];
  /** Event types dispatched on `document` as WXT's CustomEvent (detail: the content script's name, another id). */
  events: string[];
  /** Where the messages go: this window, the parent (from an iframe), or a window this one opens at `url`. */
  to: 'self' | 'parent' | 'opened';
  url?: string;
  /** Posted again every this many ms; null: once. */
  every: number | null;
}

/**
 * Posts the stop messages (and dispatches the events) now, and again every `every` ms. Counts the rounds in
 * `window.__stopRounds`: a round is done when the page's own listener got its last message, so a test knows that
 * whatever listens (ours included) had it.
 */
export function sendStops(stops: Stops): void {
  const w = window as Window & { __stopRounds?: number; __stopTarget?: Window | null };
  w.__stopRounds = 0;
  const last = { type: 'hostile:round-done' };
  if (stops.to === 'self') {
    window.addEventListener('message', (event) => {
      if ((event.data as { type?: string })?.type === last.type) w.__stopRounds = (w.__stopRounds ?? 0) + 1;
    });
  }
  w.__stopTarget = stops.to === 'parent' ? window.parent : stops.to === 'opened' ? window.open(stops.url) : window;
  const round = () => {
    const target = w.__stopTarget;
    for (const message of stops.messages) target?.postMessage(message, '*');
    if (stops.to !== 'self') w.__stopRounds = (w.__stopRounds ?? 0) + 1;
    else target?.postMessage(last, '*');
    for (const type of stops.events) {
      document.dispatchEvent(
        new CustomEvent(type, { detail: { contentScriptName: 'content', messageId: 'x' }, bubbles: true }),
      );
    }
  };
  round();
  if (stops.every !== null) setInterval(round, stops.every);
}

/**
 * Dispatches, on the element `selector` names, the events a page fakes to open a card: pointer and mouse over
 * and move at its centre, focus in. Again every frame until `window.__stopFake()`; the number of rounds in
 * `window.__fakeRounds`.
 */
export function fakeHover(selector: string): void {
  const w = window as Window & { __fakeRounds?: number; __stopFake?: () => void };
  const el = document.querySelector(selector);
  if (!el) throw new Error(`no ${selector}`);
  let on = true;
  w.__fakeRounds = 0;
  w.__stopFake = () => {
    on = false;
  };
  const round = () => {
    const r = el.getBoundingClientRect();
    const at = { clientX: r.x + r.width / 2, clientY: r.y + r.height / 2, bubbles: true, composed: true };
    const pointer = { ...at, pointerType: 'mouse', isPrimary: true, movementX: 1, movementY: 1 };
    el.dispatchEvent(new PointerEvent('pointerover', pointer));
    el.dispatchEvent(new PointerEvent('pointerenter', { ...pointer, bubbles: false }));
    el.dispatchEvent(new PointerEvent('pointermove', pointer));
    el.dispatchEvent(new MouseEvent('mouseover', at));
    el.dispatchEvent(new MouseEvent('mousemove', at));
    el.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    el.dispatchEvent(new FocusEvent('focus'));
    w.__fakeRounds = (w.__fakeRounds ?? 0) + 1;
    if (on) requestAnimationFrame(round);
  };
  round();
}

/**
 * Dispatches the events a page fakes to close a card or move into it: Escape and Enter pressed on the focused
 * element (or the body), the pointer leaving the window and moving to an empty corner. Again every frame until
 * `window.__stopFake()`, when `repeat`.
 */
export function fakeLeave(repeat: boolean): void {
  const w = window as Window & { __fakeRounds?: number; __stopFake?: () => void };
  let on = repeat;
  w.__fakeRounds = 0;
  w.__stopFake = () => {
    on = false;
  };
  const round = () => {
    const target = document.activeElement ?? document.body;
    for (const key of ['Escape', 'Enter']) {
      const init = { key, code: key, bubbles: true, composed: true, cancelable: true };
      target.dispatchEvent(new KeyboardEvent('keydown', init));
      target.dispatchEvent(new KeyboardEvent('keyup', init));
    }
    const corner = { clientX: innerWidth - 3, clientY: innerHeight - 3, bubbles: true, composed: true };
    const pointer = { ...corner, pointerType: 'mouse', isPrimary: true, movementX: 5, movementY: 5 };
    document.body.dispatchEvent(new PointerEvent('pointerout', { ...pointer, relatedTarget: null }));
    document.documentElement.dispatchEvent(new PointerEvent('pointerleave', { ...pointer, bubbles: false }));
    document.body.dispatchEvent(new PointerEvent('pointermove', pointer));
    document.body.dispatchEvent(new MouseEvent('mouseout', { ...corner, relatedTarget: null }));
    document.body.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
    w.__fakeRounds = (w.__fakeRounds ?? 0) + 1;
    if (on) requestAnimationFrame(round);
  };
  round();
}

/**
 * Forty clicks of every kind the page can fake, on the overlay's host, at `point` (where the card's button is:
 * whatever `elementFromPoint` gives there), and on every element at that point: what reaches the background counts.
 */
export function fakeClicks(point: { x: number; y: number }): number {
  let sent = 0;
  const host = document.querySelector('status-lens-overlay') as HTMLElement | null;
  const init = { clientX: point.x, clientY: point.y, bubbles: true, composed: true, cancelable: true, button: 0 };
  for (let i = 0; i < 40; i++) {
    const targets = [
      host,
      document.elementFromPoint(point.x, point.y),
      ...document.elementsFromPoint(point.x, point.y),
    ];
    for (const target of targets) {
      if (!target) continue;
      target.dispatchEvent(new PointerEvent('pointerdown', { ...init, pointerType: 'mouse' }));
      target.dispatchEvent(new MouseEvent('mousedown', init));
      target.dispatchEvent(new PointerEvent('pointerup', { ...init, pointerType: 'mouse' }));
      target.dispatchEvent(new MouseEvent('mouseup', init));
      target.dispatchEvent(new MouseEvent('click', init));
      (target as HTMLElement).click?.();
      target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
      sent++;
    }
  }
  return sent;
}

/**
 * Every way a page's script reads what is on it, looking for `secret`: the overlay's shadow root, the document's
 * text (textContent, innerText, markup), every attribute, open shadow roots, `window.find` (which searches closed
 * shadow roots too; left out with `find: false`), and the selection after select-all (`execCommand('selectAll')`;
 * with `selectionOnly`, the selection as it stands, after the real keyboard's Ctrl+A). Where it was found; empty
 * when nowhere.
 */
export function readFromPage(args: { secret: string; find?: boolean; selectionOnly?: boolean }): string[] {
  const { secret } = args;
  const found: string[] = [];
  const selection = getSelection();
  const selected = () => {
    const ranges = selection ? [...Array(selection.rangeCount).keys()].map((i) => selection.getRangeAt(i)) : [];
    return [selection?.toString() ?? '', ...ranges.map((r) => r.cloneContents().textContent ?? '')].join('\n');
  };
  if (args.selectionOnly) {
    if (selected().includes(secret)) found.push('the selection after Ctrl+A');
    return found;
  }
  const host = document.querySelector('status-lens-overlay');
  if (host?.shadowRoot) found.push('the overlay host’s shadowRoot');
  const root = document.documentElement;
  if (root.textContent?.includes(secret)) found.push('documentElement.textContent');
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is one more thing a page reads.
  if (root.innerText.includes(secret)) found.push('documentElement.innerText');
  if (root.outerHTML.includes(secret)) found.push('documentElement.outerHTML');
  for (const el of document.querySelectorAll('*')) {
    for (const a of el.attributes) if (a.value.includes(secret)) found.push(`${el.localName}[${a.name}]`);
    if (el.shadowRoot?.textContent?.includes(secret)) found.push(`${el.localName}'s open shadow root`);
  }
  selection?.removeAllRanges();
  const finder = window as Window & { find?: (text: string, ...flags: boolean[]) => boolean };
  // From the top of the page, wrapping: the whole document is searched.
  if (args.find !== false && finder.find?.(secret, false, false, true)) found.push('window.find');
  selection?.removeAllRanges();
  document.execCommand('selectAll');
  if (selected().includes(secret)) found.push('the selection after execCommand("selectAll")');
  selection?.removeAllRanges();
  return found;
}

/**
 * Every place a page's script can look for an extension's id or address: attributes and inline styles of every
 * element (and of open shadow roots), the document's markup, its style sheets and adopted sheets (their rules'
 * text), the custom highlights registered, and the names of performance entries (resources loaded). Each needle
 * found, with where; empty when none.
 */
export function findExtensionTraces(needles: string[]): string[] {
  const found: string[] = [];
  const texts: [string, string][] = [['documentElement.outerHTML', document.documentElement.outerHTML]];
  const elements = [...document.querySelectorAll('*')];
  for (const el of elements) {
    if (el.shadowRoot) elements.push(...el.shadowRoot.querySelectorAll('*'));
  }
  for (const el of elements) {
    for (const a of el.attributes) texts.push([`${el.localName}[${a.name}]`, a.value]);
    const style = (el as HTMLElement).style;
    if (style) texts.push([`${el.localName}.style`, style.cssText]);
  }
  const rulesOf = (sheet: CSSStyleSheet) => {
    try {
      return [...sheet.cssRules].map((r) => r.cssText).join('\n');
    } catch {
      return sheet.href ?? ''; // another origin's sheet: only its address is readable
    }
  };
  for (const sheet of document.styleSheets) texts.push([`styleSheets ${sheet.href ?? 'inline'}`, rulesOf(sheet)]);
  for (const sheet of document.adoptedStyleSheets) texts.push(['adoptedStyleSheets', rulesOf(sheet)]);
  for (const el of elements) {
    for (const sheet of el.shadowRoot?.adoptedStyleSheets ?? []) texts.push(['a shadow root’s sheets', rulesOf(sheet)]);
  }
  const highlights = (CSS as unknown as { highlights?: Map<string, unknown> }).highlights;
  if (highlights) texts.push(['CSS.highlights', [...highlights.keys()].join(' ')]);
  for (const entry of performance.getEntries()) texts.push([`performance entry (${entry.entryType})`, entry.name]);
  for (const [where, text] of texts) {
    for (const needle of needles)
      if (text.toLowerCase().includes(needle.toLowerCase())) found.push(`${needle} in ${where}`);
  }
  return found;
}
