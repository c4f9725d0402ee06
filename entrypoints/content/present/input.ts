/**
 * The user's hand on the page: pointer, focus and keys turned into what the card does. Only real input counts
 * (`event.isTrusted`): an event the page dispatches opens, moves and presses nothing. The pointer goes through the
 * hover intent (./intent); focus on a status opens its card at once (the keyboard means it); Enter moves into the
 * card, Escape closes it and gives the focus back. Listeners end with the session's signal.
 */
import type { ConsoleModule } from '../console-module';
import { locate, type Point } from '../find/locate';
import { nodeOf } from '../find/order';
import { type StatusHit, statusAt } from '../find/status';
import { HoverIntent } from './intent';
import type { Presenter } from './presenter';
import { sameHit } from './presenter';
import { inRect } from './safe-path';

/** Longest wait for an animation frame before the pointer is looked at anyway. */
const FALLBACK_MS = 100;

/** What the session may ask of the input once it listens. */
export interface Input {
  /** A keyboard command opened a card: it stays until the pointer moves. */
  pin(): void;
}

/**
 * Whether `b` is `a` drawn again: a console that replaces its rows on every poll puts a new element with the same
 * label under a resting pointer, which is still the status the pointer rests on.
 */
function rerendered(a: StatusHit, b: StatusHit): boolean {
  return a.label === b.label && !nodeOf(a).isConnected;
}

export function listenToInput(doc: Document, module: ConsoleModule, presenter: Presenter, signal: AbortSignal): Input {
  const view = doc.defaultView as Window & typeof globalThis;
  const card = presenter.card;
  let frame = 0;
  let fallback: number | undefined;
  let last: Point | null = null;
  /** Shown by a keyboard command: the pointer's resting place says nothing about it until the pointer moves. */
  let pinned = false;

  const focusHeld = () => {
    const anchor = card.anchor;
    return (anchor instanceof HTMLElement && doc.activeElement === anchor) || !!card.focused || pinned;
  };

  const intent = new HoverIntent(view, {
    locate: (point) => locate(doc, module, point),
    shown: () => presenter.shown,
    same: (a, b) => sameHit(a, b) || rerendered(a, b),
    open: (hit) => {
      presenter.show(hit);
    },
    prepare: (hit) => presenter.prepareCard(hit),
    discard: () => presenter.discard(),
    close: () => presenter.hide(),
    geometry: () => presenter.geometry(),
    setInteractive: (on) => card.setInteractive(on),
    held: focusHeld,
  });

  /**
   * Whether the pointer is over the card: only a card that took the pointer can be (until then it lets it through
   * to the page). The event's path says so (an event inside a closed shadow root is retargeted to its host); where
   * a browser leaves an extension's shadow root out of it (Firefox), the card's own rectangle does.
   */
  const overCard = (point: Point) => {
    if (!card.host || !card.interactive) return false;
    if (point.path.includes(card.host)) return true;
    const rect = card.rect();
    return !!rect && inRect([point.x, point.y], rect);
  };

  const handle = () => {
    frame = 0;
    const point = last;
    if (!point || pinned || signal.aborted) return;
    if (overCard(point)) intent.overCard();
    else intent.at(point);
  };

  /**
   * Where the pointer is, looked at once a frame at most, after the browser has drawn it: the page's own
   * reaction to the pointer (its hover styles, its own tooltip) is laid out by then, so finding the text under
   * the pointer does not make the browser lay the page out a second time.
   */
  const later = () => {
    if (frame) return;
    frame = view.requestAnimationFrame(() => {
      view.clearTimeout(fallback);
      view.setTimeout(handle);
    });
    // A document the browser does not draw for now (a frame out of view) runs no animation frames: not long after.
    fallback = view.setTimeout(() => {
      view.cancelAnimationFrame(frame);
      handle();
    }, FALLBACK_MS);
  };

  const onOver = (event: PointerEvent) => {
    if (!event.isTrusted || event.pointerType === 'touch') return;
    last = { x: event.clientX, y: event.clientY, path: event.composedPath() };
    later();
  };

  const onMove = (event: PointerEvent) => {
    if (!event.isTrusted || event.pointerType === 'touch') return;
    if (event.movementX || event.movementY) pinned = false;
    last = { x: event.clientX, y: event.clientY, path: event.composedPath() };
    later();
  };

  const onOut = (event: PointerEvent) => {
    if (event.isTrusted && !event.relatedTarget) intent.left();
  };

  const onFocusIn = (event: FocusEvent) => {
    // A focus the page's script gives (`el.focus()`) is trusted too: it may open a card, which it cannot read.
    if (!event.isTrusted) return;
    const path = event.composedPath();
    if (card.host && path.includes(card.host)) return;
    const target = path.find((t): t is Element => t instanceof Element) ?? null;
    const hit = target ? statusAt(module, target, null) : null;
    if (hit?.kind === 'element' && hit.element === target) {
      intent.opened();
      if (!presenter.isShown(hit)) presenter.show(hit);
    }
  };

  const onFocusOut = (event: FocusEvent) => {
    if (!event.isTrusted) return;
    const anchor = card.anchor;
    if (!(anchor instanceof HTMLElement) || event.target !== anchor) return;
    const to = event.relatedTarget as Node | null;
    if (to && card.contains(to)) return;
    if (!pinned) presenter.hide();
  };

  /**
   * The keyboard and the card's buttons: Enter on a focused status moves into its card; Escape, or Tab past the
   * card's last button (Shift+Tab before its first), goes back to the status.
   */
  const onKeyDown = (event: KeyboardEvent) => {
    if (!event.isTrusted || !presenter.shown) return;
    const anchor = card.anchor;
    const inside = !!card.host && event.composedPath().includes(card.host);
    if (event.key === 'Escape') {
      intent.reset();
      if (inside && anchor instanceof HTMLElement) anchor.focus({ preventScroll: true });
      pinned = false;
      presenter.hide();
      return;
    }
    if (event.key === 'Enter' && !inside && anchor instanceof HTMLElement && doc.activeElement === anchor) {
      if (card.focusFirst()) event.preventDefault();
    } else if (event.key === 'Tab' && inside && anchor instanceof HTMLElement) {
      const buttons = card.buttons();
      const at = buttons.indexOf(card.focused as HTMLElement);
      const next = at + (event.shiftKey ? -1 : 1);
      event.preventDefault();
      if (next < 0 || next >= buttons.length) anchor.focus({ preventScroll: true });
      else buttons[next]?.focus();
    }
  };

  const passive = { signal, capture: true, passive: true } as const;
  doc.addEventListener('pointerover', onOver, passive);
  doc.addEventListener('pointermove', onMove, passive);
  doc.addEventListener('pointerout', onOut, passive);
  doc.addEventListener('focusin', onFocusIn, passive);
  doc.addEventListener('focusout', onFocusOut, passive);
  doc.addEventListener('keydown', onKeyDown, { signal, capture: true });
  signal.addEventListener('abort', () => {
    intent.stop();
    if (frame) view.cancelAnimationFrame(frame);
    view.clearTimeout(fallback);
  });
  return {
    pin: () => {
      pinned = true;
      intent.opened();
    },
  };
}

/** The user's hand reaching for the page. */
const REACH_EVENTS = ['pointermove', 'keydown'] as const;

/**
 * Calls `then` once, at the user's first real pointer movement or key press on the page. A touch has no hover to
 * prepare for; an event the page dispatches is not the user's hand and leaves the listener waiting.
 */
export function onFirstReach(doc: Document, signal: AbortSignal, then: () => void): void {
  const listening = new AbortController();
  signal.addEventListener('abort', () => listening.abort(), { once: true });
  const reach = (event: Event) => {
    if (!event.isTrusted || (event as PointerEvent).pointerType === 'touch') return;
    listening.abort();
    then();
  };
  for (const type of REACH_EVENTS) {
    doc.addEventListener(type, reach, { signal: listening.signal, capture: true, passive: true });
  }
}
