/**
 * The explanation of one status: what it means, why, what to do, what support will ask for.
 * Framework-free DOM so the content script (tooltip, no React) and the popup (React wrapper) show
 * literally the same thing. Every text goes in through textContent: labels and IDs come from
 * third-party pages and must never be parsed as HTML.
 */
import {
  canonicalLabel,
  type Entry,
  type Fact,
  GENERAL_ADVICE_LABEL,
  productById,
  SEED_DOCUMENTS,
  type Severity,
  type Source,
  sectionOf,
} from '../../catalog';
import { type DeskNoteShown, deskCss, deskNoteLines, renderAddNoteButton, renderDeskNotes } from './desk-notes';

export interface ExplanationContext {
  /** The label as the page shows it; the entry's canonical label when absent. */
  label?: string;
  /**
   * The section the page shows the status in. Informational: the heading and support ID follow the
   * entry's own section, because its cause and steps are written for that section.
   */
  sectionId?: string | null;
  /** The value of the ID support asks for, read from the status's row ("MIG-20931"). */
  supportIdValue?: string | null;
}

export interface ExplanationOptions {
  /** Level of the status heading (2–5); its parts use the next level. Default 3. */
  headingLevel?: number;
  onCopied?: () => void;
  /** Show where the explanation comes from (sources, links to the vendor's pages). Default true. */
  showSources?: boolean;
  /** The desk's notes on this status (components/desk `deskNotesFor`): shown under the explanation, in the ticket. */
  deskNotes?: readonly DeskNoteShown[];
  /** Shows an "Add a desk note" button (a Tab stop) beside Copy for ticket, calling this when pressed. */
  onAddNote?: () => void;
}

export const ROOT_CLASS = 'sl-explanation';

/** Severity as words, so it never rests on colour alone. */
export const SEVERITY_TEXT: Record<Severity, string> = {
  success: 'Success',
  progress: 'In progress',
  info: 'Info',
  warning: 'Warning',
  error: 'Error',
};

// Page text can be arbitrarily long; a tooltip must stay a tooltip.
const MAX_PAGE_TEXT = 200;

function pageText(value: string | null | undefined): string | undefined {
  const text = value?.replace(/\s+/g, ' ').trim();
  if (!text) return undefined;
  return text.length > MAX_PAGE_TEXT ? `${text.slice(0, MAX_PAGE_TEXT - 1)}…` : text;
}

/**
 * Appends text with break opportunities after underscores, so a long code wraps at its words
 * (`EXECUTION_FAILED_WITH_␤INTERNAL_EXCEPTION`) rather than mid-word. <wbr> adds no characters:
 * textContent and copied text stay the code.
 */
export function appendBreakable(doc: Document, parent: Node, text: string): void {
  const parts = text.split(/(?<=_)/);
  parts.forEach((part, i) => {
    parent.appendChild(doc.createTextNode(part));
    if (i < parts.length - 1) parent.appendChild(doc.createElement('wbr'));
  });
}

/** "Dropsuite › Migrates": the console and section an entry belongs to. */
export function placeOf(entry: Entry): string {
  const product = productById(entry.product);
  const section = sectionOf(entry.product, entry.section);
  return section ? `${product.shortName} › ${section.name}` : product.shortName;
}

/** "Reconnects every 30 minutes"; "1 attempt", not "1 attempts". */
export function factText(fact: Fact): string {
  const unit = fact.value === 1 ? fact.unit.replace(/s$/, '') : fact.unit;
  return `${fact.label} ${fact.value} ${unit}`;
}

function supportIdLabel(entry: Entry): string | undefined {
  return sectionOf(entry.product, entry.section)?.supportId?.label;
}

/** The entry's other names, without the one shown as the title. */
function otherLabels(entry: Entry, shown: string): string[] {
  const key = shown.toLowerCase();
  return entry.labels.filter((l) => l.toLowerCase() !== key);
}

/** Plain text for a support ticket: everything support needs, nothing that only makes sense on screen. */
export function ticketText(
  entry: Entry,
  ctx: ExplanationContext = {},
  deskNotes: readonly DeskNoteShown[] = [],
): string {
  const label = pageText(ctx.label) ?? canonicalLabel(entry);
  const lines = [`Status: ${label}`, `Console: ${placeOf(entry)}`, `Severity: ${SEVERITY_TEXT[entry.severity]}`];
  if (entry.notification) {
    const n = entry.notification;
    lines.push(`Level: ${n.level} · Module: ${n.module} · Type: ${n.type}`);
  }
  const idLabel = supportIdLabel(entry);
  if (idLabel) lines.push(`${idLabel}: ${pageText(ctx.supportIdValue) ?? '(add it here)'}`);
  lines.push('', `What it means: ${entry.meaning}`, `Likely cause: ${entry.cause}`);
  if (entry.steps.length > 0) {
    lines.push('What to do:', ...entry.steps.map((s, i) => `${i + 1}. ${s}`));
  } else {
    lines.push(`What to do: ${noActionText(entry)}`);
  }
  for (const [i, scenario] of (entry.scenarios ?? []).entries()) {
    lines.push(`Scenario ${i + 1}: ${scenario.situation}`, ...scenario.steps.map((s, j) => `  ${j + 1}. ${s}`));
    if (scenario.button) lines.push(`  Button: ${scenario.button}`);
  }
  for (const fact of entry.facts) lines.push(`${factText(fact)}.`);
  lines.push(...sourceTicketLines(entry));
  lines.push(...deskNoteLines(deskNotes));
  lines.push('', `Reference: ${entry.id} (Status Lens)`);
  return lines.join('\n');
}

/** Builds the explanation element. Styles: EXPLANATION_CSS, scoped under `.sl-explanation`. */
export function renderExplanation(
  doc: Document,
  entry: Entry,
  ctx: ExplanationContext = {},
  opts: ExplanationOptions = {},
): HTMLElement {
  const level = Math.min(5, Math.max(2, Math.round(opts.headingLevel ?? 3)));
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) =>
    node(doc, tag, className, text);
  const heading = (text: string) => el(`h${level + 1}` as 'h3', 'sl-x-h', text);

  const label = pageText(ctx.label) ?? canonicalLabel(entry);
  const root = el('article', ROOT_CLASS);
  root.dataset.severity = entry.severity;
  root.dataset.entryId = entry.id;
  const titleId = `sl-x-${entry.id.replace(/\./g, '-')}-${Math.random().toString(36).slice(2, 8)}`;
  root.setAttribute('aria-labelledby', titleId);

  const header = renderHeader(doc, level, titleId, label, entry.severity, placeOf(entry));
  if (entry.notification) {
    const n = entry.notification;
    const meta = el('dl', 'sl-x-meta');
    for (const [term, value] of [
      ['Level', n.level],
      ['Module', n.module],
      ['Type', n.type],
    ] as const) {
      const item = el('div', 'sl-x-meta-item');
      const dd = el('dd', undefined, value);
      if (term === 'Level') dd.dataset.level = value;
      item.append(el('dt', undefined, term), dd);
      meta.append(item);
    }
    header.append(meta);
  }
  const others = otherLabels(entry, label);
  if (others.length > 0) {
    const also = el('p', 'sl-x-also', 'Also shown as ');
    others.forEach((other, i) => {
      if (i > 0) also.append(', ');
      const code = el('code');
      appendBreakable(doc, code, other);
      also.append(code);
    });
    header.append(also);
  }
  root.append(header);

  const part = (name: string, className: string, ...content: Node[]) => {
    const section = el('section', `sl-x-part ${className}`);
    section.append(heading(name), ...content);
    root.append(section);
  };

  part('What it means', 'sl-x-meaning', el('p', undefined, entry.meaning));
  part('Likely cause', 'sl-x-cause', el('p', undefined, entry.cause));

  if (entry.steps.length > 0) {
    const list = el('ol', 'sl-x-steps');
    for (const step of entry.steps) list.append(el('li', undefined, step));
    part('What to do', 'sl-x-todo', list);
  } else {
    part('What to do', 'sl-x-todo', el('p', 'sl-x-noaction', noActionText(entry)));
  }

  if (entry.scenarios && entry.scenarios.length > 0) {
    const list = el('ol', 'sl-x-scenarios');
    for (const scenario of entry.scenarios) {
      const item = el('li', 'sl-x-scenario');
      item.append(el('p', 'sl-x-situation', scenario.situation));
      const steps = el('ol', 'sl-x-steps');
      for (const step of scenario.steps) steps.append(el('li', undefined, step));
      item.append(steps);
      if (scenario.button) {
        const press = el('p', 'sl-x-button', 'Button to press: ');
        press.append(el('span', 'sl-x-key', scenario.button));
        item.append(press);
      }
      list.append(item);
    }
    part('Which case is yours', 'sl-x-cases', list);
  }

  const advice = renderGeneralAdvice(doc, entry, level + 1);
  if (advice) root.append(advice);

  if (entry.facts.length > 0) {
    const list = el('ul', 'sl-x-facts');
    for (const fact of entry.facts) {
      const item = el('li', 'sl-x-fact', `${fact.label} `);
      item.append(el('strong', undefined, factText(fact).slice(fact.label.length + 1)));
      list.append(item);
    }
    root.append(list);
  }

  if (entry.menuPaths.length > 0) {
    const paths = entry.menuPaths.map((path) => {
      const list = el('ol', 'sl-x-path');
      list.setAttribute('aria-label', 'Menu path');
      path.forEach((step, i) => {
        const item = el('li');
        if (i > 0) {
          // A visible separator that screen readers skip: the list already says "step n of m".
          const sep = el('span', 'sl-x-sep', '›');
          sep.setAttribute('aria-hidden', 'true');
          item.append(sep);
        }
        item.append(el('span', 'sl-x-step', step));
        list.append(item);
      });
      return list;
    });
    part(paths.length > 1 ? 'Menu paths' : 'Menu path', 'sl-x-paths', ...paths);
  }

  part('Where it shows', 'sl-x-shown', el('p', undefined, entry.shownAt));
  if (opts.showSources !== false) root.append(renderSources(doc, entry, level + 1));
  if (opts.deskNotes?.length) root.append(renderDeskNotes(doc, opts.deskNotes, level + 1));

  const footer = el('footer', 'sl-x-foot');
  const idLabel = supportIdLabel(entry);
  if (idLabel) {
    const support = el('p', 'sl-x-support', 'Support will ask for: ');
    const value = pageText(ctx.supportIdValue);
    support.append(el('strong', undefined, value ? `${idLabel}: ${value}` : idLabel));
    footer.append(support);
  }
  appendActions(doc, footer, opts, () => ticketText(entry, ctx, opts.deskNotes));
  root.append(footer);
  return root;
}

/** The header of every explanation: the status as shown (its title), its weight, and where it belongs. */
export function renderHeader(
  doc: Document,
  level: number,
  titleId: string,
  label: string,
  severity: Entry['severity'],
  place: string,
): HTMLElement {
  const header = node(doc, 'header', 'sl-x-head');
  const title = node(doc, `h${level}` as 'h2', 'sl-x-title');
  appendBreakable(doc, title, label);
  title.id = titleId;
  const badge = node(doc, 'span', 'sl-x-badge', SEVERITY_TEXT[severity]);
  badge.dataset.severity = severity;
  header.append(title, badge, node(doc, 'p', 'sl-x-place', place));
  return header;
}

/** The footer's buttons of every explanation: Add a desk note where offered, and Copy for ticket. */
export function appendActions(doc: Document, footer: HTMLElement, opts: ExplanationOptions, text: () => string): void {
  const copy = node(doc, 'button', 'sl-x-copy', 'Copy for ticket');
  copy.type = 'button';
  const live = node(doc, 'span', 'sl-x-live');
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  if (opts.onAddNote) footer.append(renderAddNoteButton(doc, opts.onAddNote));
  footer.append(copy, live);
  wireCopy(doc, copy, live, footer, text, opts.onCopied);
}

/** Copy for ticket: copies `text()` and says so, in the button and a live region. */
function wireCopy(
  doc: Document,
  copy: HTMLButtonElement,
  live: HTMLElement,
  footer: HTMLElement,
  text: () => string,
  onCopied?: () => void,
): void {
  let reset: number | undefined;
  copy.addEventListener('click', async () => {
    const ok = await copyText(doc, text(), footer);
    const win = doc.defaultView;
    if (reset !== undefined) win?.clearTimeout(reset);
    copy.textContent = ok ? 'Copied ✓' : 'Copy for ticket';
    copy.dataset.state = ok ? 'copied' : 'failed';
    live.textContent = ok
      ? 'Copied the explanation for a support ticket.'
      : 'Could not copy. Select the text and copy it by hand.';
    if (ok) onCopied?.();
    reset = win?.setTimeout(() => {
      copy.textContent = 'Copy for ticket';
      delete copy.dataset.state;
      live.textContent = '';
    }, 2500);
  });
}

// ── Sources and general advice ───────────────────────────────────────────────────────────────────────
// Where the explanation comes from, and the advice of ours that no source supports, each in functions of its
// own. Every text goes in through textContent; a link is built only to an https address.

export const SOURCES_HEADING = 'Where this comes from';
export { GENERAL_ADVICE_LABEL };

/** Shown under "What to do" when the sources give no step and our general advice follows. */
export const NO_VENDOR_STEP = 'The vendor’s documentation gives no step for this status; see the general advice.';

function noActionText(entry: Entry): string {
  return entry.noAction ?? (entry.generalAdvice ? NO_VENDOR_STEP : 'Nothing to do.');
}

/** The vendor's page a source links to: a documentation page, or the public page a seed was taken from. */
export function sourceUrl(source: Source): string | undefined {
  const url = source.kind === 'doc' ? source.url : SEED_DOCUMENTS[source.file]?.url;
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** The document a source is part of: its title as it gives it. */
export function sourceTitle(source: Source): string {
  return source.kind === 'doc' ? source.title : (SEED_DOCUMENTS[source.file]?.title ?? source.file);
}

/** Whose document it is: "IBM DPOD documentation", "mxHERO Help Center". */
export function sourcePublisher(source: Source): string {
  return source.kind === 'doc' ? source.publisher : (SEED_DOCUMENTS[source.file]?.publisher ?? '');
}

/** One source as plain text: "IBM DPOD documentation: Backup Plan — https://…", a seed's row named after ", row". */
export function sourceText(source: Source): string {
  const publisher = sourcePublisher(source);
  const row = source.kind === 'seed' ? `, row ${source.row}` : '';
  const url = sourceUrl(source);
  return `${publisher ? `${publisher}: ` : ''}${sourceTitle(source)}${row}${url ? ` — ${url}` : ''}`;
}

/** The ticket's lines for the general advice and the sources, after a blank line each. */
export function sourceTicketLines(entry: Entry): string[] {
  const lines: string[] = [];
  if (entry.generalAdvice?.length) {
    lines.push('', `${GENERAL_ADVICE_LABEL}:`, ...entry.generalAdvice.map((a) => `- ${a}`));
  }
  lines.push('', 'Sources:', ...entry.sources.map((s) => `- ${sourceText(s)}`));
  return lines;
}

/** An element of the explanation, its text put in as text. */
export function node<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className?: string, text?: string) {
  const made = doc.createElement(tag);
  if (className) made.className = className;
  if (text !== undefined) made.textContent = text;
  return made;
}

function partHeading(doc: Document, level: number, text: string): HTMLElement {
  return node(doc, `h${Math.min(6, Math.max(2, level))}` as 'h3', 'sl-x-h', text);
}

/** General advice, apart from the vendor's steps and labelled as not theirs; null when the entry has none. */
export function renderGeneralAdvice(doc: Document, entry: Entry, headingLevel = 4): HTMLElement | null {
  if (!entry.generalAdvice?.length) return null;
  const section = node(doc, 'section', 'sl-x-part sl-x-advice');
  section.setAttribute('aria-label', GENERAL_ADVICE_LABEL);
  const list = node(doc, 'ul', 'sl-x-advice-list');
  for (const advice of entry.generalAdvice) list.append(node(doc, 'li', undefined, advice));
  section.append(partHeading(doc, headingLevel, GENERAL_ADVICE_LABEL), list);
  return section;
}

/** A link to a vendor's page: the user's own navigation, in a new tab, without the console's address as referrer. */
function sourceLink(doc: Document, url: string, text: string): HTMLAnchorElement {
  const link = node(doc, 'a', 'sl-x-src-link', text);
  link.href = url;
  link.target = '_blank';
  link.rel = 'noopener noreferrer';
  link.setAttribute('referrerpolicy', 'no-referrer');
  return link;
}

/** Where the explanation comes from: each source, linked to the vendor's page where there is one. */
export function renderSources(doc: Document, entry: Entry, headingLevel = 4): HTMLElement {
  const section = node(doc, 'section', 'sl-x-part sl-x-sources');
  const list = node(doc, 'ul', 'sl-x-src-list');
  for (const source of entry.sources) {
    const item = node(doc, 'li', 'sl-x-src');
    item.dataset.kind = source.kind;
    const url = sourceUrl(source);
    const title = sourceTitle(source);
    const publisher = sourcePublisher(source);
    if (publisher) item.append(node(doc, 'span', 'sl-x-src-publisher', `${publisher}: `));
    item.append(url ? sourceLink(doc, url, title) : node(doc, 'span', 'sl-x-src-title', title));
    if (source.kind === 'seed') {
      const row = node(doc, 'span', 'sl-x-src-row');
      appendBreakable(doc, row, source.row);
      item.append(', row ', row);
    }
    list.append(item);
  }
  section.append(partHeading(doc, headingLevel, SOURCES_HEADING), list);
  return section;
}

/**
 * Copies text: the async clipboard API first; where a page or browser refuses it (insecure origin,
 * permission policy, no focus), a hidden textarea and execCommand('copy'), still honoured on a click.
 */
async function copyText(doc: Document, text: string, host: HTMLElement): Promise<boolean> {
  const clipboard = doc.defaultView?.navigator.clipboard;
  if (clipboard?.writeText) {
    try {
      await clipboard.writeText(text);
      return true;
    } catch {
      // Refused: fall through to the legacy path.
    }
  }
  // The focused element of the shadow root or document the component lives in, to give focus back.
  const scope = host.getRootNode() as Document | ShadowRoot;
  const active = scope.activeElement as HTMLElement | null;
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.setAttribute('aria-hidden', 'true');
  area.tabIndex = -1;
  area.className = 'sl-x-clip';
  // Inside the component, so it works within a shadow root and inherits its off-screen style.
  host.append(area);
  area.focus({ preventScroll: true });
  area.select();
  let ok = false;
  try {
    ok = doc.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  active?.focus({ preventScroll: true });
  return ok;
}

// ── Styles ────────────────────────────────────────────────────────────────────────────────────────

type Palette = Record<string, string>;

// Text colours meet 4.5:1 on their background in both schemes (badges included).
const LIGHT: Palette = {
  '--sl-bg': '#ffffff',
  '--sl-fg': '#1b1f24',
  '--sl-muted': '#57606a',
  '--sl-border': '#d0d7de',
  '--sl-subtle': '#f6f8fa',
  '--sl-accent': '#0a5bd3',
  '--sl-accent-fg': '#ffffff',
  '--sl-success-bg': '#dafbe1',
  '--sl-success-fg': '#116329',
  '--sl-progress-bg': '#ddf4ff',
  '--sl-progress-fg': '#0550ae',
  '--sl-info-bg': '#eef1f4',
  '--sl-info-fg': '#424a53',
  '--sl-warning-bg': '#fff1c5',
  '--sl-warning-fg': '#7d4e00',
  '--sl-error-bg': '#ffebe9',
  '--sl-error-fg': '#a40e26',
};

const DARK: Palette = {
  '--sl-bg': '#161b22',
  '--sl-fg': '#e6edf3',
  '--sl-muted': '#9da7b3',
  '--sl-border': '#3d444d',
  '--sl-subtle': '#1f252d',
  '--sl-accent': '#4493f8',
  '--sl-accent-fg': '#0d1117',
  '--sl-success-bg': '#12361f',
  '--sl-success-fg': '#6fdd8b',
  '--sl-progress-bg': '#0c2d51',
  '--sl-progress-fg': '#79c0ff',
  '--sl-info-bg': '#2a3039',
  '--sl-info-fg': '#c9d1d9',
  '--sl-warning-bg': '#3b2a00',
  '--sl-warning-fg': '#f2cc60',
  '--sl-error-bg': '#4a1118',
  '--sl-error-fg': '#ff9492',
};

const vars = (p: Palette) =>
  Object.entries(p)
    .map(([k, v]) => `${k}:${v};`)
    .join('');

const R = `.${ROOT_CLASS}`;
/** Selectors for an explicit scheme: on an ancestor, on the shadow host, or on the root itself. */
const scheme = (s: 'light' | 'dark') =>
  [`[data-scheme="${s}"] ${R}`, `:host([data-scheme="${s}"]) ${R}`, `${R}[data-scheme="${s}"]`].join(',');

/**
 * All styles, scoped under `.sl-explanation`. Sizes in px: the host page may force its own font
 * sizes (`* { font-size: 8px !important }`) and rem would follow the page's root. The title has no
 * focus ring: it is focused by script to be read out, it is not a control.
 */
export const EXPLANATION_CSS = `
${R}{${vars(LIGHT)}color-scheme:light;}
@media (prefers-color-scheme: dark){${R}{${vars(DARK)}color-scheme:dark;}}
${scheme('light')}{${vars(LIGHT)}color-scheme:light;}
${scheme('dark')}{${vars(DARK)}color-scheme:dark;}
${R}{box-sizing:border-box;display:block;margin:0;padding:12px 14px;max-width:100%;
background:var(--sl-bg);color:var(--sl-fg);
font:400 13px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;
text-align:left;text-transform:none;text-indent:0;letter-spacing:normal;word-spacing:normal;
white-space:normal;font-style:normal;visibility:visible;overflow-wrap:anywhere;}
${R} *{box-sizing:border-box;font-family:inherit;line-height:inherit;color:inherit;font-size:13px;letter-spacing:normal;}
${R} :is(h1,h2,h3,h4,h5,h6,p,ol,ul,dl,dd,dt,li,section,header,footer){margin:0;padding:0;border:0;background:none;}
${R} .sl-x-head{display:grid;grid-template-columns:1fr auto;gap:2px 10px;align-items:start;
padding-bottom:8px;margin-bottom:8px;border-bottom:1px solid var(--sl-border);}
${R} .sl-x-title{font-size:16px;font-weight:650;line-height:1.3;}
${R} .sl-x-title:focus{outline:none;}
${R} .sl-x-badge{display:inline-flex;align-items:center;gap:5px;padding:2px 8px;border-radius:999px;
font-size:12px;font-weight:600;line-height:18px;white-space:nowrap;
background:var(--sl-info-bg);color:var(--sl-info-fg);}
${R} .sl-x-badge::before{content:"";width:7px;height:7px;border-radius:50%;background:currentColor;}
${R} .sl-x-badge[data-severity="success"]{background:var(--sl-success-bg);color:var(--sl-success-fg);}
${R} .sl-x-badge[data-severity="progress"]{background:var(--sl-progress-bg);color:var(--sl-progress-fg);}
${R} .sl-x-badge[data-severity="warning"]{background:var(--sl-warning-bg);color:var(--sl-warning-fg);}
${R} .sl-x-badge[data-severity="error"]{background:var(--sl-error-bg);color:var(--sl-error-fg);}
${R} .sl-x-place{grid-column:1 / -1;font-size:12px;color:var(--sl-muted);}
${R} .sl-x-meta{grid-column:1 / -1;display:flex;flex-wrap:wrap;gap:4px 12px;margin-top:4px;}
${R} .sl-x-meta-item{display:flex;gap:4px;font-size:12px;}
${R} .sl-x-meta dt{font-size:12px;color:var(--sl-muted);}
${R} .sl-x-meta dd{font-size:12px;font-weight:600;font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;}
${R} .sl-x-meta dd[data-level="ERROR"]{color:var(--sl-error-fg);}
${R} .sl-x-meta dd[data-level="WARN"]{color:var(--sl-warning-fg);}
${R} .sl-x-also{grid-column:1 / -1;font-size:12px;color:var(--sl-muted);}
${R} code,${R} .sl-x-also code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:11px;
background:var(--sl-subtle);border:1px solid var(--sl-border);border-radius:4px;padding:0 3px;color:var(--sl-fg);}
${R} .sl-x-part{margin-top:8px;}
${R} .sl-x-h{font-size:11px;font-weight:700;text-transform:uppercase;letter-spacing:0.5px;color:var(--sl-muted);margin-bottom:2px;}
${R} .sl-x-steps{padding-left:20px;}
${R} .sl-x-steps li{margin:2px 0;padding-left:2px;}
${R} .sl-x-steps li::marker{color:var(--sl-muted);font-weight:600;}
${R} .sl-x-noaction{color:var(--sl-fg);}
${R} .sl-x-scenarios{list-style:none;display:grid;gap:6px;}
${R} .sl-x-scenario{padding:6px 8px;border:1px solid var(--sl-border);border-radius:6px;background:var(--sl-subtle);}
${R} .sl-x-situation{font-weight:600;}
${R} .sl-x-button{margin-top:2px;font-size:12px;color:var(--sl-muted);}
${R} .sl-x-key{display:inline-block;padding:0 6px;border:1px solid var(--sl-border);border-bottom-width:2px;border-radius:4px;
background:var(--sl-bg);color:var(--sl-fg);font-size:12px;font-weight:600;}
${R} .sl-x-facts{list-style:none;display:flex;flex-wrap:wrap;gap:6px;margin-top:10px;}
${R} .sl-x-fact{padding:2px 8px;border-radius:6px;background:var(--sl-subtle);border:1px solid var(--sl-border);font-size:12px;}
${R} .sl-x-fact strong{font-size:12px;font-weight:700;}
${R} .sl-x-path{list-style:none;display:flex;flex-wrap:wrap;align-items:center;gap:2px 0;margin-top:2px;}
${R} .sl-x-path li{display:inline-flex;align-items:center;}
${R} .sl-x-sep{padding:0 6px;color:var(--sl-muted);}
${R} .sl-x-step{padding:1px 6px;border-radius:4px;background:var(--sl-subtle);border:1px solid var(--sl-border);font-size:12px;}
${R} .sl-x-foot{display:flex;flex-wrap:wrap;align-items:center;gap:6px 10px;margin-top:10px;padding-top:8px;border-top:1px solid var(--sl-border);}
${R} .sl-x-support{flex:1 1 180px;font-size:12px;color:var(--sl-muted);}
${R} .sl-x-support strong{font-size:12px;color:var(--sl-fg);font-weight:600;}
${R} .sl-x-copy{appearance:none;margin:0;margin-left:auto;padding:4px 12px;min-height:28px;border-radius:6px;cursor:pointer;
border:1px solid var(--sl-accent);background:var(--sl-accent);color:var(--sl-accent-fg);font-size:12px;font-weight:600;line-height:18px;}
${R} .sl-x-copy:hover{filter:brightness(1.08);}
${R} .sl-x-copy:focus-visible{outline:2px solid var(--sl-accent);outline-offset:2px;}
${R} .sl-x-copy[data-state="copied"]{background:var(--sl-success-bg);border-color:var(--sl-success-fg);color:var(--sl-success-fg);}
${R} .sl-x-live{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap;}
${R} .sl-x-clip{position:fixed;top:0;left:-9999px;width:1px;height:1px;opacity:0;}
${R} .sl-x-advice{padding:6px 8px;border:1px dashed var(--sl-border);border-radius:6px;background:var(--sl-subtle);}
${R} .sl-x-advice-list{padding-left:18px;}
${R} .sl-x-advice-list li{margin:2px 0;}
${R} .sl-x-src-list{list-style:none;display:grid;gap:2px;}
${R} .sl-x-src{font-size:12px;color:var(--sl-muted);}
${R} .sl-x-src-title{font-size:12px;color:var(--sl-fg);}
${R} .sl-x-src-link{font-size:12px;color:var(--sl-accent);text-decoration:underline;}
${R} .sl-x-src-link:focus-visible{outline:2px solid var(--sl-accent);outline-offset:1px;}
${R} .sl-x-src-row{font-size:12px;}
@media (forced-colors: active){${R} .sl-x-badge,${R} .sl-x-step,${R} .sl-x-fact{border:1px solid CanvasText;}}
${deskCss(R)}`;
