/**
 * Copies text on the user's click: the async clipboard API first; where a page or browser refuses it (insecure
 * origin, permission policy, no focus), a hidden textarea and execCommand('copy'), still honoured on a click.
 * The card's default for its copy buttons when whoever shows it gives no CardActions (the popup does so).
 */
export async function copyText(doc: Document, text: string, near: HTMLElement): Promise<boolean> {
  const clipboard = doc.defaultView?.navigator.clipboard;
  if (clipboard?.writeText) {
    try {
      await clipboard.writeText(text);
      return true;
    } catch {
      // Refused: fall through to the legacy path.
    }
  }
  // The focused element of the shadow root or document the card lives in, to give focus back.
  const scope = near.getRootNode() as Document | ShadowRoot;
  const active = scope.activeElement as HTMLElement | null;
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.setAttribute('aria-hidden', 'true');
  area.tabIndex = -1;
  area.className = 'sl-x-clip';
  // Beside the button, so it works within a shadow root and takes the card's off-screen style.
  near.append(area);
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
