/**
 * The card's styles: two palettes and the layout, scoped under ROOT_CLASS. Sizes in px: inside a page's shadow
 * root, rem would follow the console's root font size. The scheme follows `data-scheme` (set by whoever shows
 * the card, from the console's own background), on the card, an ancestor or the shadow host; without one, the
 * system's. The card is a flex column: head and foot stay put, the body scrolls when a max-height caps the card.
 */
import { ROOT_CLASS } from './render';

export type Palette = Readonly<Record<string, string>>;

// Every text colour meets 4.5:1 on the background it is used on, in both schemes (tests/unit/explanation).
export const LIGHT: Palette = {
  '--sl-bg': '#ffffff',
  '--sl-fg': '#1f2328',
  '--sl-muted': '#59636e',
  '--sl-border': '#d1d9e0',
  '--sl-border-strong': '#b7c0c9',
  '--sl-subtle': '#f6f8fa',
  '--sl-hover': '#eef1f4',
  '--sl-accent': '#0a5ccf',
  '--sl-accent-hover': '#084fb2',
  '--sl-accent-fg': '#ffffff',
  '--sl-desk-bg': '#eef5ff',
  '--sl-desk-by': '#0a4fb0',
  '--sl-shadow': '0 1px 2px rgba(31,35,40,.08), 0 10px 28px rgba(31,35,40,.16)',
  '--sl-success-bg': '#dafbe1',
  '--sl-success-fg': '#116329',
  '--sl-progress-bg': '#ddf4ff',
  '--sl-progress-fg': '#0550ae',
  '--sl-info-bg': '#eaeef2',
  '--sl-info-fg': '#424a53',
  '--sl-warning-bg': '#fff1c5',
  '--sl-warning-fg': '#744500',
  '--sl-error-bg': '#ffebe9',
  '--sl-error-fg': '#a40e26',
  '--sl-unknown-bg': '#f5f0ff',
  '--sl-unknown-fg': '#6639ba',
};

export const DARK: Palette = {
  '--sl-bg': '#1c2128',
  '--sl-fg': '#e6edf3',
  '--sl-muted': '#9ea7b3',
  '--sl-border': '#3d444d',
  '--sl-border-strong': '#545d68',
  '--sl-subtle': '#22272e',
  '--sl-hover': '#2d333b',
  '--sl-accent': '#4c94f8',
  '--sl-accent-hover': '#6aa7fa',
  '--sl-accent-fg': '#0d1117',
  '--sl-desk-bg': '#1a2a40',
  '--sl-desk-by': '#8cc1ff',
  '--sl-shadow': '0 1px 2px rgba(0,0,0,.3), 0 12px 32px rgba(0,0,0,.45)',
  '--sl-success-bg': '#12361f',
  '--sl-success-fg': '#6fdd8b',
  '--sl-progress-bg': '#0c2d51',
  '--sl-progress-fg': '#79c0ff',
  '--sl-info-bg': '#2d333b',
  '--sl-info-fg': '#c9d1d9',
  '--sl-warning-bg': '#3b2a00',
  '--sl-warning-fg': '#f2cc60',
  '--sl-error-bg': '#4a1118',
  '--sl-error-fg': '#ff9b95',
  '--sl-unknown-bg': '#2b2150',
  '--sl-unknown-fg': '#d2b8ff',
};

const vars = (p: Palette) =>
  Object.entries(p)
    .map(([k, v]) => `${k}:${v};`)
    .join('');

const R = `.${ROOT_CLASS}`;
/** Selectors of an explicit scheme: on the card itself, on an ancestor, or on the shadow host. */
const scheme = (s: 'light' | 'dark') =>
  [`${R}[data-scheme="${s}"]`, `[data-scheme="${s}"] ${R}`, `:host([data-scheme="${s}"]) ${R}`].join(',');
const MONO = 'ui-monospace,SFMono-Regular,"SF Mono",Menlo,Consolas,"Liberation Mono",monospace';
// Collapsed: a full card with "More" closed.
const COLLAPSED = `${R}[data-kind="full"]:not([data-expanded="true"])`;

/**
 * Few faces on purpose: 13 px text, 12 px small and strong, 15 px title, one monospace. Each size and weight of a
 * font the browser first lays out costs it a new font object; on a console page the first card paid ~10 ms for
 * a dozen of them.
 */
export const CARD_CSS = `
${R}{${vars(LIGHT)}color-scheme:light;}
@media (prefers-color-scheme: dark){${R}:not([data-scheme]){${vars(DARK)}color-scheme:dark;}}
${scheme('light')}{${vars(LIGHT)}color-scheme:light;}
${scheme('dark')}{${vars(DARK)}color-scheme:dark;}
${R}{box-sizing:border-box;display:flex;flex-direction:column;width:360px;max-width:100%;margin:0;padding:0;
background:var(--sl-bg);color:var(--sl-fg);border:1px solid var(--sl-border);border-radius:12px;box-shadow:var(--sl-shadow);
overflow:hidden;font:400 13px/19px system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;
text-align:left;text-transform:none;text-indent:0;letter-spacing:normal;word-spacing:normal;white-space:normal;
font-style:normal;visibility:visible;overflow-wrap:break-word;-webkit-font-smoothing:antialiased;}
${R}[data-where="popup"]{width:auto;border:0;border-radius:0;box-shadow:none;}
${R} *{box-sizing:border-box;margin:0;padding:0;border:0;background:none;font:inherit;color:inherit;letter-spacing:inherit;}
${R} [hidden]{display:none !important;}
${R} .sl-c-head{flex:none;display:grid;grid-template-columns:minmax(0,1fr) auto;gap:3px 12px;align-items:start;padding:14px 16px 0;}
${R}[data-expanded="true"] .sl-c-head{padding-bottom:10px;border-bottom:1px solid var(--sl-border);}
${R} .sl-x-title{font-size:15px;font-weight:600;line-height:20px;overflow-wrap:anywhere;}
${R} .sl-x-title:focus{outline:none;}
${R} .sl-x-badge{display:inline-flex;align-items:center;gap:4px;height:20px;padding:0 8px 0 6px;border-radius:999px;
font-size:12px;font-weight:600;line-height:20px;white-space:nowrap;background:var(--sl-info-bg);color:var(--sl-info-fg);}
${['success', 'progress', 'warning', 'error', 'unknown']
  .map((s) => `${R} .sl-x-badge[data-severity="${s}"]{background:var(--sl-${s}-bg);color:var(--sl-${s}-fg);}`)
  .join('\n')}
${R} svg{flex:none;fill:none;stroke:currentColor;stroke-width:1.7;stroke-linecap:round;stroke-linejoin:round;}
${R} .sl-x-badge-icon{width:13px;height:13px;}
${R} .sl-x-place{grid-column:1 / -1;font-size:12px;line-height:16px;color:var(--sl-muted);}
${R} .sl-c-body{flex:1 1 auto;min-height:0;overflow:auto;overscroll-behavior:contain;display:flex;flex-direction:column;
gap:10px;padding:10px 16px 14px;scrollbar-width:thin;scrollbar-color:var(--sl-border-strong) transparent;}
${R}[data-kind="quiet"] .sl-c-body{padding-top:6px;}
${R} .sl-x-desk{border-left:3px solid var(--sl-accent);background:var(--sl-desk-bg);border-radius:0 8px 8px 0;padding:7px 10px 8px;}
${R} .sl-x-desk-notes{list-style:none;display:flex;flex-direction:column;gap:6px;}
${R} .sl-x-desk-by{font-size:12px;line-height:16px;font-weight:600;color:var(--sl-desk-by);}
${R} .sl-x-desk-text{white-space:pre-line;overflow-wrap:anywhere;}
${R} .sl-x-said::before{content:attr(data-text);}
${R} .sl-x-desk-more{margin-top:4px;font-size:12px;line-height:16px;color:var(--sl-muted);}
${COLLAPSED} .sl-x-desk-text{display:-webkit-box;-webkit-box-orient:vertical;-webkit-line-clamp:3;overflow:hidden;}
${COLLAPSED} .sl-x-desk-note:nth-child(n+3){display:none;}
${R}[data-expanded="true"] .sl-x-desk-more{display:none;}
${R} .sl-c-cause{color:var(--sl-muted);}
${R} .sl-c-unknown{color:var(--sl-muted);}
${R} .sl-x-desk-mark{font-size:12px;line-height:16px;color:var(--sl-muted);margin-top:-4px;}
${R} .sl-c-next-label{color:var(--sl-muted);}
${R} .sl-c-next-note{display:block;margin-top:2px;font-size:12px;line-height:16px;color:var(--sl-muted);}
${R} .sl-x-support{display:grid;grid-template-columns:minmax(0,1fr) auto;align-items:center;gap:1px 10px;padding:6px 6px 7px 10px;
border:1px solid var(--sl-border);border-radius:8px;background:var(--sl-subtle);font-size:12px;line-height:17px;}
${R} .sl-x-support[data-value="missing"]{display:block;padding:8px 10px;}
${R} .sl-c-id-label{grid-column:1;font-size:12px;line-height:16px;font-weight:600;color:var(--sl-muted);}
${R} .sl-c-id-missing{color:var(--sl-muted);}
${R} .sl-c-id-value{grid-column:1;font-family:${MONO};font-size:12px;line-height:18px;font-weight:400;color:var(--sl-fg);overflow-wrap:anywhere;}
${R} .sl-c-copy-id{grid-column:2;grid-row:1 / span 2;}
${R} .sl-c-foot{flex:none;display:flex;flex-wrap:wrap;align-items:center;gap:8px;padding:10px 16px;
border-top:1px solid var(--sl-border);background:var(--sl-subtle);}
${R} .sl-c-keys{margin-left:auto;font-size:12px;line-height:16px;color:var(--sl-muted);}
${R} .sl-c-button{appearance:none;display:inline-flex;align-items:center;justify-content:center;gap:4px;height:30px;padding:0 12px;
border:1px solid var(--sl-border-strong);border-radius:6px;background:var(--sl-bg);color:var(--sl-fg);
font-size:12px;font-weight:600;line-height:16px;white-space:nowrap;cursor:pointer;}
${R} .sl-c-button:hover{background:var(--sl-hover);}
${R} .sl-c-button:focus-visible{outline:2px solid var(--sl-accent);outline-offset:2px;}
${R} .sl-c-primary{border-color:var(--sl-accent);background:var(--sl-accent);color:var(--sl-accent-fg);}
${R} .sl-c-primary:hover{border-color:var(--sl-accent-hover);background:var(--sl-accent-hover);}
${R} .sl-c-small{height:26px;padding:0 10px;font-size:12px;}
${R} .sl-c-button[data-state="copied"]{border-color:var(--sl-success-fg);background:var(--sl-success-bg);color:var(--sl-success-fg);}
${R} .sl-c-button[data-state="failed"]{border-color:var(--sl-error-fg);background:var(--sl-error-bg);color:var(--sl-error-fg);}
${R} .sl-c-chevron{width:14px;height:14px;margin-right:-4px;stroke-width:2;}
${R} .sl-c-toggle[aria-expanded="true"] .sl-c-chevron{transform:rotate(180deg);}
${R} .sl-x-live{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap;}
${R} .sl-x-clip{position:fixed;top:0;left:-9999px;width:1px;height:1px;opacity:0;}
${R} .sl-c-more{display:flex;flex-direction:column;gap:12px;padding-top:12px;border-top:1px solid var(--sl-border);}
${R}[data-kind="quiet"] .sl-c-more{padding-top:10px;}
${R} .sl-c-h{margin-bottom:4px;font-size:12px;line-height:16px;font-weight:600;letter-spacing:0.4px;text-transform:uppercase;color:var(--sl-muted);}
${R} .sl-x-steps{padding-left:20px;}
${R} .sl-x-steps li{margin:3px 0;padding-left:2px;}
${R} .sl-x-steps li::marker{color:var(--sl-muted);}
${R} .sl-x-path{list-style:none;display:flex;flex-wrap:wrap;align-items:center;gap:4px 0;margin-top:4px;}
${R} .sl-x-path li{display:inline-flex;align-items:center;}
${R} .sl-x-sep{padding:0 5px;color:var(--sl-muted);}
${R} .sl-x-step{padding:1px 6px;border:1px solid var(--sl-border);border-radius:4px;background:var(--sl-subtle);font-size:12px;line-height:17px;}
${R} .sl-x-scenarios{list-style:none;display:flex;flex-direction:column;gap:6px;}
${R} .sl-x-scenario{padding:7px 10px;border:1px solid var(--sl-border);border-radius:8px;background:var(--sl-subtle);}
${R} .sl-x-situation{font-weight:600;}
${R} .sl-x-scenario .sl-x-steps{margin-top:2px;}
${R} .sl-x-button{margin-top:2px;font-size:12px;color:var(--sl-muted);}
${R} .sl-x-key{display:inline-block;padding:0 6px;border:1px solid var(--sl-border-strong);border-bottom-width:2px;border-radius:4px;
background:var(--sl-bg);color:var(--sl-fg);font-weight:600;}
${R} .sl-x-facts,${R} .sl-x-row{list-style:none;display:flex;flex-wrap:wrap;gap:6px;}
${R} .sl-x-fact,${R} .sl-x-row li{padding:2px 8px;border:1px solid var(--sl-border);border-radius:6px;background:var(--sl-subtle);
font-size:12px;line-height:17px;overflow-wrap:anywhere;}
${R} .sl-x-fact strong{font-weight:600;}
${R} .sl-x-meta{display:flex;flex-wrap:wrap;gap:4px 14px;}
${R} .sl-x-meta-item{display:flex;gap:5px;font-size:12px;}
${R} .sl-x-meta dt{color:var(--sl-muted);}
${R} .sl-x-meta dd,${R} code{font-family:${MONO};font-size:12px;font-weight:400;}
${R} .sl-x-meta dd[data-level="ERROR"]{color:var(--sl-error-fg);}
${R} .sl-x-meta dd[data-level="WARN"]{color:var(--sl-warning-fg);}
${R} .sl-x-also code{padding:0 4px;border:1px solid var(--sl-border);border-radius:4px;background:var(--sl-subtle);overflow-wrap:anywhere;}
${R} .sl-x-advice{padding:8px 10px;border:1px dashed var(--sl-border-strong);border-radius:8px;}
${R} .sl-x-advice-list{padding-left:18px;}
${R} .sl-x-advice-list li{margin:2px 0;}
${R} .sl-x-src-list{list-style:none;display:flex;flex-direction:column;gap:3px;}
${R} .sl-x-src{font-size:12px;line-height:17px;color:var(--sl-muted);overflow-wrap:anywhere;}
${R} .sl-x-src-title{color:var(--sl-fg);}
${R} .sl-x-src-link{color:var(--sl-accent);text-decoration:underline;text-underline-offset:2px;}
${R} .sl-x-src-link:focus-visible{outline:2px solid var(--sl-accent);outline-offset:1px;border-radius:2px;}
${R} .sl-c-more-actions{display:flex;flex-wrap:wrap;gap:8px;}
@media (forced-colors: active){${R} .sl-x-badge,${R} .sl-x-step,${R} .sl-x-fact,${R} .sl-c-button{border:1px solid CanvasText;}}
`;
