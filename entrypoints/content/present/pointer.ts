/**
 * The pointer and focus, turned into "show this status" and "hide": the status under the pointer is found
 * on the spot (the element under it, the caret's text), after a short rest so a pointer crossing a table
 * does not flash tooltips. Listeners end with the session's signal.
 */
import type { ConsoleModule } from '../consoles/types';
import { caretAt, pointInRange } from '../find/at-point';
import { rangeOf, type StatusHit, statusAt } from '../find/status';
import type { Presenter } from './presenter';

/** How long the pointer rests on another status, a tooltip being open, before that one's shows. */
const SWITCH_DELAY = 60;
/**
 * A tooltip shows at once on the first status the pointer enters. Left again within this time for anything but
 * the tooltip, it was a pointer crossing the page, not one resting: the tooltip goes at once, without the grace
 * time that lets a resting pointer move into it.
 */
const CROSSING = 150;
/** Grace time to move the pointer from the status into the tooltip (WCAG 1.4.13, hoverable). */
export const HIDE_DELAY = 300;

export function listenToPointer(doc: Document, module: ConsoleModule, presenter: Presenter, signal: AbortSignal): void {
  const view = doc.defaultView as Window & typeof globalThis;
  let showTimer: number | undefined;
  let hideTimer: number | undefined;
  let frame = 0;
  let shownAt = Number.NEGATIVE_INFINITY;
  let last: { x: number; y: number; path: EventTarget[] } | null = null;
  const tooltip = presenter.tooltip;

  const inTooltip = (path: readonly EventTarget[]) => !!tooltip.host && path.includes(tooltip.host);
  /**
   * Whether the pointer is over the tooltip. The event's path says so; where a browser leaves an extension's
   * shadow root out of it (Firefox), the element at the point does: the tooltip's host stands for its content.
   */
  const overTooltip = (point: { x: number; y: number; path: readonly EventTarget[] } | null) =>
    !!point && (inTooltip(point.path) || (!!tooltip.host && doc.elementFromPoint(point.x, point.y) === tooltip.host));
  const cancelHide = () => view.clearTimeout(hideTimer);
  const hideSoon = () => {
    view.clearTimeout(showTimer);
    if (!tooltip.isOpen || hideTimer !== undefined || tooltip.pinned) return;
    const anchor = tooltip.currentAnchor;
    // A status that has the keyboard's focus keeps its tooltip until focus moves, and so does the tooltip.
    if (anchor instanceof HTMLElement && doc.activeElement === anchor) return;
    if (tooltip.host && doc.activeElement === tooltip.host) return;
    if (performance.now() - shownAt < CROSSING && !overTooltip(last)) {
      presenter.hide();
      return;
    }
    hideTimer = view.setTimeout(() => {
      hideTimer = undefined;
      // The pointer went into the tooltip after all (a browser may not say so in the events: Firefox gives some
      // pointer events into an extension's shadow root no related target).
      if (overTooltip(last)) return;
      presenter.hide();
    }, HIDE_DELAY);
  };

  const consider = (hit: StatusHit | null) => {
    if (!hit) {
      hideSoon();
      return;
    }
    view.clearTimeout(hideTimer);
    hideTimer = undefined;
    if (presenter.isShown(hit)) return;
    view.clearTimeout(showTimer);
    if (!tooltip.isOpen) {
      presenter.show(hit);
      shownAt = performance.now();
    } else showTimer = view.setTimeout(() => presenter.show(hit), SWITCH_DELAY);
  };

  /** The status at the last point: an element around the target first, else the code at the caret. */
  const locate = () => {
    frame = 0;
    const point = last;
    if (!point) return;
    if (overTooltip(point)) {
      view.clearTimeout(hideTimer);
      hideTimer = undefined;
      return;
    }
    const target = point.path.find((t): t is Element => t instanceof Element) ?? null;
    const caret = module.codes ? caretAt(doc, point.x, point.y, point.path) : null;
    let hit = statusAt(module, target, caret);
    if (hit?.kind === 'text') {
      const range = rangeOf(hit);
      if (!range || !pointInRange(range, point.x, point.y)) hit = null;
    }
    consider(hit);
  };

  const onOver = (event: PointerEvent) => {
    // A still pointer over a page that scrolled under it: not the reader pointing anywhere.
    if (tooltip.pinned) return;
    const path = event.composedPath();
    last = { x: event.clientX, y: event.clientY, path };
    if (overTooltip(last)) {
      cancelHide();
      hideTimer = undefined;
      return;
    }
    // Entering an element: the status there is found at once, in this event.
    if (frame) view.cancelAnimationFrame(frame);
    locate();
  };

  const onMove = (event: PointerEvent) => {
    if (event.movementX || event.movementY) tooltip.pinned = false;
    // Codes inside texts are found where the pointer rests, once a frame at most.
    last = { x: event.clientX, y: event.clientY, path: event.composedPath() };
    if (!frame) frame = view.requestAnimationFrame(locate);
  };

  const onLeaveDocument = (event: PointerEvent) => {
    if (!event.relatedTarget) hideSoon();
  };

  const onFocusIn = (event: FocusEvent) => {
    const target = event.composedPath().find((t): t is Element => t instanceof Element) ?? null;
    if (inTooltip(event.composedPath())) return;
    const hit = statusAt(module, target, null);
    if (hit?.kind === 'element' && hit.element === target) {
      view.clearTimeout(hideTimer);
      hideTimer = undefined;
      presenter.show(hit);
    }
  };

  const onFocusOut = (event: FocusEvent) => {
    const anchor = tooltip.currentAnchor;
    if (!(anchor instanceof HTMLElement) || event.target !== anchor) return;
    const to = event.relatedTarget as Node | null;
    if (to && tooltip.contains(to)) return;
    presenter.hide();
  };

  /**
   * The keyboard and the tooltip's buttons: Enter on a focused status moves into its tooltip (Copy for ticket,
   * Add a desk note); Escape, or Shift+Tab from its first button, goes back to the status.
   */
  const onKeyDown = (event: KeyboardEvent) => {
    if (!tooltip.isOpen) return;
    const anchor = tooltip.currentAnchor;
    const inside = inTooltip(event.composedPath());
    if (event.key === 'Escape') {
      view.clearTimeout(showTimer);
      if (inside && anchor instanceof HTMLElement) anchor.focus({ preventScroll: true });
      presenter.hide();
      return;
    }
    const buttons = tooltip.buttons();
    if (event.key === 'Enter' && !inside && anchor instanceof HTMLElement && doc.activeElement === anchor) {
      if (!buttons[0]) return;
      event.preventDefault();
      buttons[0].focus();
    } else if (event.key === 'Tab' && inside && anchor instanceof HTMLElement) {
      const at = buttons.indexOf(event.composedPath()[0] as HTMLElement);
      const next = at + (event.shiftKey ? -1 : 1);
      event.preventDefault();
      if (next < 0 || next >= buttons.length) anchor.focus({ preventScroll: true });
      else buttons[next]?.focus();
    }
  };

  /** Ctrl+C on a focused status with nothing selected copies its explanation, for a ticket. */
  const onCopy = (event: ClipboardEvent) => {
    const anchor = tooltip.currentAnchor;
    const selection = doc.getSelection();
    if (!(anchor instanceof HTMLElement) || doc.activeElement !== anchor || (selection && !selection.isCollapsed))
      return;
    event.clipboardData?.setData('text/plain', tooltip.plainText);
    event.preventDefault();
  };

  const passive = { signal, capture: true, passive: true } as const;
  doc.addEventListener('pointerover', onOver, passive);
  doc.addEventListener('pointermove', onMove, passive);
  doc.addEventListener('pointerout', onLeaveDocument, passive);
  doc.addEventListener('focusin', onFocusIn, passive);
  doc.addEventListener('focusout', onFocusOut, passive);
  doc.addEventListener('keydown', onKeyDown, { signal, capture: true });
  doc.addEventListener('copy', onCopy, { signal, capture: true });
  signal.addEventListener('abort', () => {
    view.clearTimeout(showTimer);
    view.clearTimeout(hideTimer);
    if (frame) view.cancelAnimationFrame(frame);
  });
}
