/**
 * The overlay's own styles. They live in the shadow root; the host is reset with !important
 * because, for important declarations, the shadow tree's rules beat the page's (`* { … !important }`).
 * The host's reset is in force from the moment the host is on the page; the rest comes with the first show.
 */
export const HOST_CSS = `:host{all:initial !important;display:block !important;position:fixed !important;inset:auto !important;
width:0 !important;height:0 !important;overflow:visible !important;visibility:visible !important;
opacity:1 !important;z-index:2147483647 !important;pointer-events:none !important;contain:none !important;}`;

/**
 * The panel: in the top layer, sized by its content up to 360 px wide. It lets the pointer through to the page
 * (`pointer-events: none`) until the pointer arrives along the safe path or the keyboard enters it
 * (`.interactive`): a status the card happens to cover stays reachable.
 */
export const OVERLAY_CSS = `
.panel{all:initial;pointer-events:none;position:fixed;inset:auto;left:0;top:0;margin:0;padding:0;box-sizing:border-box;
width:max-content;max-width:min(360px, calc(100vw - 16px));overflow:hidden;
border:1px solid var(--sl-panel-border);border-radius:10px;background:var(--sl-panel-bg);
box-shadow:0 10px 30px rgba(0,0,0,.22),0 2px 6px rgba(0,0,0,.12);font-size:13px;
--sl-panel-bg:#fff;--sl-panel-border:#c9ced6;color-scheme:light;}
.panel.interactive{pointer-events:auto;}
.panel.held{visibility:hidden;pointer-events:none;}
.panel[data-scheme="dark"]{--sl-panel-bg:#1d2127;--sl-panel-border:#48505c;color-scheme:dark;}
.panel:popover-open{display:block;}
.panel:not(:popover-open){display:none;}
.mark{all:initial;position:fixed;pointer-events:none;box-sizing:border-box;border-radius:2px;
background:rgba(255,196,0,.35);box-shadow:inset 0 -2px 0 rgba(191,128,0,.9);}
.mark[hidden]{display:none;}
.live{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap;}
`;

/** Constructed style sheets are not blocked by a page's `style-src 'self'`; a style element may be. */
export function adoptStyles(shadow: ShadowRoot, css: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
  } catch {
    const style = shadow.ownerDocument.createElement('style');
    style.textContent = css;
    shadow.append(style);
  }
}
