/**
 * The hover card as a person meets it, for the browser tests of both browsers (Playwright's Chromium page,
 * puppeteer's Firefox page). The card lives in a CLOSED shadow root, so no locator sees it: what it shows is
 * asked of the content script (an e2e build answers `{ type: 'inspect-card' }` from an extension context with
 * a `CardInspection`), and it is used with the real mouse and keyboard only (the product ignores untrusted
 * input). Every wait polls that inspection: a readiness signal, never a fixed sleep.
 */
import type { CardInspection } from '../../entrypoints/content/present/card';

export type { CardInspection };

export interface Point {
  x: number;
  y: number;
}

/** The part of a Playwright or puppeteer page the card is used with: the user's hand. */
export interface Hand {
  mouse: {
    move(x: number, y: number, options?: { steps?: number }): Promise<void>;
    down(): Promise<void>;
    up(): Promise<void>;
  };
  keyboard: { press(key: string): Promise<void> };
}

export interface CardDriver {
  hand: Hand;
  /** What the card shows now; null when it is closed. */
  inspect(): Promise<CardInspection | null>;
  /** The page's viewport: a spot in its corner has nothing under it. */
  viewport(): Promise<{ width: number; height: number }>;
}

/** How long a card may take to open or close once the pointer rests: the open delay and generous room on 2 cores. */
const WAIT = 4000;
/** Between two looks at the card: about a frame. */
const POLL = 16;

const fold = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Whether the card is the one of `label`: a card with buttons is a dialog named by its status; a one-line card
 * (a tooltip) says the status in its text when it has no name of its own.
 */
export function explains(card: CardInspection | null, label: string): card is CardInspection {
  if (!card) return false;
  if (fold(card.name) === fold(label)) return true;
  return !card.name && card.role === 'tooltip' && fold(card.text).includes(fold(label));
}

/** Whether two boxes overlap (by more than a pixel: neighbours may share an edge). */
export function overlaps(
  a: { x: number; y: number; width: number; height: number },
  b: { x: number; y: number; width: number; height: number },
): boolean {
  return a.x + 1 < b.x + b.width && b.x + 1 < a.x + a.width && a.y + 1 < b.y + b.height && b.y + 1 < a.y + a.height;
}

export const centre = (r: { x: number; y: number; width: number; height: number }): Point => ({
  x: r.x + r.width / 2,
  y: r.y + r.height / 2,
});

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

export class Card {
  /** Where this object last put the pointer. */
  private at: Point = { x: 0, y: 0 };

  constructor(private readonly driver: CardDriver) {}

  get pointer(): Point {
    return this.at;
  }

  inspect(): Promise<CardInspection | null> {
    return this.driver.inspect();
  }

  /** Polls the card until `test` holds; the card (or null) it held for. Throws with what was seen last. */
  async waitFor(
    test: (card: CardInspection | null) => boolean,
    what: string,
    timeout = WAIT,
  ): Promise<CardInspection | null> {
    const deadline = Date.now() + timeout;
    let card: CardInspection | null = null;
    for (;;) {
      card = await this.inspect();
      if (test(card)) return card;
      if (Date.now() > deadline) break;
      await pause(POLL);
    }
    throw new Error(`card: expected ${what}; last seen: ${summary(card)}`);
  }

  /** Waits for the card of `label` (any card when no label is given). */
  async waitOpen(label?: string, timeout = WAIT): Promise<CardInspection> {
    const card = await this.waitFor(
      (c) => (label === undefined ? c !== null : explains(c, label)),
      label === undefined ? 'an open card' : `the card of "${label}"`,
      timeout,
    );
    return card as CardInspection;
  }

  async waitClosed(timeout = WAIT): Promise<void> {
    await this.waitFor((c) => c === null, 'no card', timeout);
  }

  /**
   * The longest time between two pointer moves of the last `moveTo` (ms). A busy machine can stall a move: a
   * pointer that stood still that long on a status was resting there, whatever the test meant.
   */
  slowestStep = 0;

  /** Moves the pointer as a hand does: `steps` pointer moves along the way from where it was (1: a jump). */
  async moveTo(point: Point, steps = 5): Promise<void> {
    const from = this.at;
    let last = performance.now();
    this.slowestStep = 0;
    for (let i = 1; i <= steps; i++) {
      const x = from.x + ((point.x - from.x) * i) / steps;
      const y = from.y + ((point.y - from.y) * i) / steps;
      await this.driver.hand.mouse.move(x, y);
      const now = performance.now();
      if (i > 1) this.slowestStep = Math.max(this.slowestStep, now - last);
      last = now;
    }
    this.at = point;
  }

  /** Moves the pointer to a status and rests there until its card shows; the card. */
  async restOn(point: Point, label: string, options: { steps?: number; timeout?: number } = {}) {
    await this.moveTo(point, options.steps ?? 5);
    return this.waitOpen(label, options.timeout);
  }

  /** A spot with nothing under it: the viewport's bottom-right corner. */
  async restSpot(): Promise<Point> {
    const { width, height } = await this.driver.viewport();
    return { x: width - 3, y: height - 3 };
  }

  /** Pointer away, Escape, and the card closed: the next card read is fresh. */
  async leave(): Promise<void> {
    await this.moveTo(await this.restSpot(), 1);
    await this.driver.hand.keyboard.press('Escape');
    await this.waitClosed();
  }

  /**
   * That resting at `point` explains nothing. A card is open first — the one open now, else that of a status of
   * `from` (the first whose card leaves `point` uncovered) — then the pointer moves to `point` and rests: a status
   * there would take over after the switch delay; nothing there lets the card close. Returns null when it
   * closed, else what the card showed instead.
   */
  async nothingAt(point: Point, from: { point: Point; label: string }[], steps = 5): Promise<string | null> {
    const open = await this.inspect();
    if (open && !inside(point, open.rect)) return this.closesAt(point, open, steps);
    for (const anchor of from) {
      await this.leave();
      const card = await this.restOn(anchor.point, anchor.label, { steps });
      if (!inside(point, card.rect)) return this.closesAt(point, card, steps);
    }
    throw new Error(`no status to start from whose card leaves (${point.x}, ${point.y}) uncovered`);
  }

  private async closesAt(point: Point, open: CardInspection, steps: number): Promise<string | null> {
    await this.moveTo(point, steps);
    const was = summary(open);
    const after = await this.waitFor((c) => c === null || summary(c) !== was, 'the card to close');
    return after ? `the card of "${after.name}": ${after.text.slice(0, 120)}` : null;
  }

  /** Whether the open card (if any) covers `point`: a pointer going there would enter it. */
  async covers(point: Point): Promise<boolean> {
    const open = await this.inspect();
    return !!open && inside(point, open.rect);
  }

  /** The open card's button named `name` (exactly, case aside). */
  async button(name: string): Promise<CardInspection['buttons'][number]> {
    const card = await this.waitFor(
      (c) => !!c?.buttons.some((b) => fold(b.name) === fold(name)),
      `a card with a "${name}" button`,
    );
    const found = card?.buttons.find((b) => fold(b.name) === fold(name));
    if (!found) throw new Error(`no "${name}" button`);
    return found;
  }

  /**
   * Clicks the open card's button `name` with the real mouse: the pointer travels from where it is into the
   * card (the safe path), the card takes the pointer once it is in, then the button is pressed.
   */
  async click(name: string, steps = 8): Promise<CardInspection> {
    const target = centre((await this.button(name)).rect);
    await this.moveTo(target, steps);
    const card = await this.waitFor((c) => !!c?.interactive, 'the card to take the pointer once inside it');
    // The card may have moved as the pointer came (placed again): press where the button is now.
    const now = card?.buttons.find((b) => fold(b.name) === fold(name));
    if (!now) throw new Error(`the "${name}" button went away`);
    const at = centre(now.rect);
    if (Math.abs(at.x - target.x) > 1 || Math.abs(at.y - target.y) > 1) await this.moveTo(at, 2);
    await this.driver.hand.mouse.down();
    await this.driver.hand.mouse.up();
    return card as CardInspection;
  }

  /**
   * Records every card seen while `gesture` runs and until `until` holds for a card (or `timeout`): what a
   * person would have seen flash up on the way. The cards seen, in order, null for closed.
   */
  async watch(
    gesture: () => Promise<void>,
    until: (card: CardInspection | null) => boolean,
    timeout = WAIT,
  ): Promise<(CardInspection | null)[]> {
    const seen: (CardInspection | null)[] = [];
    let moving = true;
    const done = gesture().finally(() => {
      moving = false;
    });
    const deadline = () => Date.now() + timeout;
    let end = Number.POSITIVE_INFINITY;
    for (;;) {
      const card = await this.inspect();
      seen.push(card);
      if (!moving) {
        if (until(card)) break;
        if (end === Number.POSITIVE_INFINITY) end = deadline();
        if (Date.now() > end) break;
      }
      await pause(POLL / 2);
    }
    await done;
    return seen;
  }
}

function inside(point: Point, rect: { x: number; y: number; width: number; height: number }): boolean {
  return (
    point.x >= rect.x - 2 &&
    point.x <= rect.x + rect.width + 2 &&
    point.y >= rect.y - 2 &&
    point.y <= rect.y + rect.height + 2
  );
}

/** A card in a failure message. */
export function summary(card: CardInspection | null): string {
  if (!card) return 'no card';
  return `${card.role} "${card.name}" [${card.buttons.map((b) => b.name).join(', ')}]: ${card.text.replace(/\s+/g, ' ').slice(0, 160)}`;
}

/** The sessionStorage key a test tab is told apart by when several tabs show the same address. */
export const TAB_TOKEN = 'status-lens-test-tab';

/*
 * The two functions below run in an extension context (passed to Playwright's and puppeteer's evaluate, and
 * their inner functions on to scripting.executeScript): self-contained, and with no function bound to a name,
 * which a transpiler keeping names (tsx, for the demo) would wrap in a helper that does not exist there.
 */

/** The tab that shows `url` and holds `token` in its sessionStorage (asked only when several tabs show it). */
export async function findTab(args: { url: string; token: string; key: string }): Promise<number | null> {
  type Tab = { id?: number; url?: string };
  interface Api {
    tabs: { query(q: object): Promise<Tab[]> };
    scripting: {
      executeScript(o: {
        target: { tabId: number };
        func: (key: string) => string | null;
        args: [string];
      }): Promise<{ result?: unknown }[]>;
    };
  }
  const g = globalThis as unknown as { browser?: Api; chrome?: Api };
  const api = (g.browser ?? g.chrome) as Api;
  const tabs = (await api.tabs.query({})).filter(
    (t) => t.id !== undefined && t.url && t.url.split('#')[0] === args.url.split('#')[0],
  );
  if (tabs.length === 1) return tabs[0]?.id ?? null;
  const [read] = [(key: string) => sessionStorage.getItem(key)];
  for (const tab of tabs) {
    try {
      const [answer] = await api.scripting.executeScript({
        target: { tabId: tab.id as number },
        func: read as (key: string) => string | null,
        args: [args.key],
      });
      if (answer?.result === args.token) return tab.id as number;
    } catch {
      // A tab we may not script: not ours.
    }
  }
  return null;
}

/** The open card of a tab's top frame, or of any of its frames (`allFrames`), as the e2e build answers it. */
export async function askCard(args: { tabId: number; allFrames: boolean }): Promise<unknown> {
  interface Api {
    tabs: { sendMessage(id: number, m: object, o: { frameId: number }): Promise<unknown> };
    scripting: {
      executeScript(o: {
        target: { tabId: number; allFrames: boolean };
        func: () => number;
      }): Promise<{ frameId: number }[]>;
    };
  }
  const g = globalThis as unknown as { browser?: Api; chrome?: Api };
  const api = (g.browser ?? g.chrome) as Api;
  const [nothing] = [() => 0];
  const frames = args.allFrames
    ? (
        await api.scripting.executeScript({
          target: { tabId: args.tabId, allFrames: true },
          func: nothing as () => number,
        })
      ).map((r) => r.frameId)
    : [0];
  for (const frameId of frames) {
    try {
      const answer = await api.tabs.sendMessage(args.tabId, { type: 'inspect-card' }, { frameId });
      if (answer) return answer;
    } catch {
      // No content script in that frame (yet).
    }
  }
  return null;
}
