/**
 * Reads the expected results that a fixture page carries in data attributes, and checks them in the browser
 * against what a person sees of Status Lens (the card, ../support/card.ts) and what the popup is told (the page
 * report).
 *
 * The convention (README, "Fixture apps"):
 * - `<html data-expect-console="dropsuite|dpod|mxhero|none">`: the console the page is;
 * - `data-expect-status="<label as shown>"` + `data-expect-section="<section id>"`: the element's whole text
 *   (beside its links and buttons) is a status of that section;
 * - `data-expect-support-id="<value>"` beside it: the card shows that ID support asks for, read from the row; empty:
 *   the row shows none, and the card shows no other row's;
 * - `data-expect-codes="CODE_A CODE_B"`: the element's text holds these codes, in this order, inside sentences;
 * - `data-expect-none`: resting the pointer on the element opens nothing;
 * - `<html data-expect-never="text">`: text the app shows only when it broke (its error boundary's message).
 * Elements inside open shadow roots count too. Apps set `data-app-done` on `[data-app]` once they are stable.
 */
import type { Page, Worker } from 'playwright-core';
import { type Card, type CardInspection, type Point, summary } from '../support/card';
import { cardProblems } from '../support/expect-card';

export { cardProblems, placeOf } from '../support/expect-card';

export type Kind = 'status' | 'codes' | 'none';

export interface PageReportLike {
  product: string | null;
  findings: { label: string; section: string | null; entryId: string | null; severity: string | null; count: number }[];
}

interface ChromeLike {
  tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: object): Promise<unknown> };
}

/** What the content script reports of a tab, asked as the popup asks it; null while nothing answers. */
export async function reportOf(worker: Worker, page: Page): Promise<PageReportLike | null> {
  const url = page.url();
  return (await worker
    .evaluate(async (target) => {
      const chrome = (globalThis as unknown as { chrome: ChromeLike }).chrome;
      const [tab] = await chrome.tabs.query({ url: target.split('#')[0] });
      if (tab?.id === undefined) return null;
      try {
        return (await chrome.tabs.sendMessage(tab.id, { type: 'get-page-report' })) ?? null;
      } catch {
        return null; // no content script (yet) in that tab
      }
    }, url)
    .catch(() => null)) as PageReportLike | null;
}

/** The console a fixture says it is, as the report names it: null for "none". */
export async function expectedConsole(page: Page): Promise<string | null> {
  const value = await page.evaluate(() => document.documentElement.dataset.expectConsole ?? '');
  if (!value) throw new Error(`${page.url()} has no data-expect-console`);
  return value === 'none' ? null : value;
}

/** Waits until the fixture app (if the page is one) says it has rendered and is stable. */
export async function appDone(page: Page, timeout = 20_000): Promise<void> {
  if (await page.locator('[data-app]').count()) await page.waitForSelector('[data-app-done]', { timeout });
}

/** Waits until the content script answers for the page with the expected console (null: answers, none). */
export async function waitForReport(
  worker: Worker,
  page: Page,
  product: string | null,
  timeout = 10_000,
): Promise<PageReportLike> {
  const deadline = Date.now() + timeout;
  let last: PageReportLike | null = null;
  while (Date.now() < deadline) {
    last = await reportOf(worker, page);
    if (last && last.product === product) return last;
    await nextFrame(page);
  }
  throw new Error(`no report with product ${product} for ${page.url()}; last answer: ${JSON.stringify(last)}`);
}

export function nextFrame(page: Page): Promise<void> {
  return page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => done())));
}

export interface Target {
  kind: Kind;
  index: number;
  /** The status label (status), the codes in order (codes), or the element's text (none). */
  label: string;
  section: string | null;
  /** The ID support asks for that the card must show (data-expect-support-id): '' for none; null when not said. */
  id: string | null;
  codes: string[];
  /** Where to rest the pointer: the centre of the label's text, or one point per code. */
  points: { text: string; x: number; y: number }[];
  /** Set when the element is in a tab panel that is not shown: the id of that panel. */
  hiddenPanel: string | null;
  /** A short description for failure messages. */
  where: string;
}

/** How many elements of each kind the page holds now (open shadow roots included). */
export function countTargets(page: Page): Promise<Record<Kind, number>> {
  return page.evaluate(() => {
    const all = (selector: string): Element[] => {
      const out: Element[] = [];
      const visit = (root: Document | ShadowRoot) => {
        out.push(...root.querySelectorAll(selector));
        for (const el of root.querySelectorAll('*')) {
          if (el.shadowRoot && el.localName !== 'status-lens-overlay') visit(el.shadowRoot);
        }
      };
      visit(document);
      return out;
    };
    return {
      status: all('[data-expect-status]').length,
      codes: all('[data-expect-codes]').length,
      none: all('[data-expect-none]').length,
    };
  });
}

/**
 * Scrolls the index-th element of a kind into view and returns where its text is on screen: for a status
 * the centre of its text's first line box, for codes the centre of each code's own Range (found in the
 * element's text in the order the attribute gives, as whole tokens).
 */
export function locateTarget(page: Page, kind: Kind, index: number): Promise<Target> {
  return page.evaluate(
    async ([kind, index]) => {
      const attr = { status: 'data-expect-status', codes: 'data-expect-codes', none: 'data-expect-none' }[kind];
      const all: Element[] = [];
      const visit = (root: Document | ShadowRoot) => {
        all.push(...root.querySelectorAll(`[${attr}]`));
        for (const el of root.querySelectorAll('*')) {
          if (el.shadowRoot && el.localName !== 'status-lens-overlay') visit(el.shadowRoot);
        }
      };
      visit(document);
      const el = all[index];
      if (!el) throw new Error(`no ${attr} #${index} (there are ${all.length})`);
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
      const where = `${kind} #${index} <${el.localName}${el.id ? `#${el.id}` : ''}> "${text.slice(0, 60)}"`;
      const panel = el.closest('[role="tabpanel"]');
      const base = {
        kind,
        index,
        label: kind === 'status' ? (el.getAttribute(attr) ?? '') : text,
        section: el.getAttribute('data-expect-section'),
        id: el.getAttribute('data-expect-support-id'),
        codes: kind === 'codes' ? (el.getAttribute(attr) ?? '').split(/\s+/).filter(Boolean) : [],
        where,
      };
      if (!(el as HTMLElement).checkVisibility?.() && panel?.id) {
        return { ...base, points: [], hiddenPanel: panel.id };
      }
      // 'nearest' leaves an element already in view where it is (a virtualised grid does not re-render then).
      el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      const frame = () => new Promise<void>((done) => requestAnimationFrame(() => done()));
      await frame(); // a virtualised list repositions its rows on the scroll event
      const root = el.getRootNode() as Document | ShadowRoot;
      const centre = (rects: DOMRectList | DOMRect[], what: string) => {
        const rect = [...rects].find((r) => r.width > 0 && r.height > 0);
        if (!rect) throw new Error(`${where}: ${what} has no box on screen`);
        const x = rect.left + rect.width / 2;
        const y = rect.top + rect.height / 2;
        if (x < 0 || y < 0 || x > innerWidth || y > innerHeight) throw new Error(`${where}: ${what} is off screen`);
        // The pointer must land on the element itself, not on something covering it (the overlay's host aside).
        const top = root.elementFromPoint(x, y);
        if (top && top !== el && !el.contains(top) && top.localName !== 'status-lens-overlay') {
          throw new Error(`${where}: ${what} is covered by <${top.localName} class="${top.className}">`);
        }
        return { text: what, x, y };
      };
      // The text nodes of the element, in order, with their offsets in the element's whole text.
      const nodes: { node: Text; start: number }[] = [];
      let whole = '';
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        nodes.push({ node: n as Text, start: whole.length });
        whole += (n as Text).data;
      }
      const rangeOf = (from: number, to: number) => {
        const range = document.createRange();
        const at = (offset: number, end: boolean) => {
          const hit = nodes.find((x) =>
            end
              ? offset > x.start && offset <= x.start + x.node.length
              : offset >= x.start && offset < x.start + x.node.length,
          );
          if (!hit) throw new Error(`${where}: offset ${offset} outside the text`);
          return [hit.node, offset - hit.start] as const;
        };
        range.setStart(...at(from, false));
        range.setEnd(...at(to, true));
        return range;
      };
      const measure = () => {
        if (kind === 'codes') {
          const points: { text: string; x: number; y: number }[] = [];
          let from = 0;
          for (const code of base.codes) {
            let at = whole.indexOf(code, from);
            const isWord = (c: string | undefined) => c !== undefined && /[A-Za-z0-9_]/.test(c);
            while (at >= 0 && (isWord(whole[at - 1]) || isWord(whole[at + code.length]))) {
              at = whole.indexOf(code, at + 1);
            }
            if (at < 0) throw new Error(`${where}: code ${code} not found in order in "${whole}"`);
            points.push(centre(rangeOf(at, at + code.length).getClientRects(), code));
            from = at + code.length;
          }
          return { ...base, points, hiddenPanel: null };
        }
        // A status beside a link in its element ("Retrying" over "View log"): its label's own text.
        const own = whole.indexOf(base.label);
        if (own >= 0 && base.label.trim() && whole.trim() !== base.label) {
          return {
            ...base,
            points: [centre(rangeOf(own, own + base.label.length).getClientRects(), base.label)],
            hiddenPanel: null,
          };
        }
        const first = whole.search(/\S/);
        const last = whole.length - (whole.length - whole.trimEnd().length);
        const point =
          first >= 0
            ? centre(rangeOf(first, last).getClientRects(), base.label)
            : centre([el.getBoundingClientRect()], base.label);
        return { ...base, points: [point], hiddenPanel: null };
      };
      try {
        return measure();
      } catch (error) {
        // Covered (a sticky header over a scrolled list) or off screen: centre it and measure once more.
        if (!/covered|off screen/.test(String(error))) throw error;
        el.scrollIntoView({ block: 'center', inline: 'nearest' });
        await frame();
        await frame();
        return measure();
      }
    },
    [kind, index] as const,
  );
}

/**
 * The statuses on screen now that a "nothing here" check can start from (their cards open first): those of the
 * page's expectations, nearest to `point` first.
 */
export function anchorsNear(page: Page, point: { x: number; y: number }): Promise<{ point: Point; label: string }[]> {
  return page.evaluate((p) => {
    const out: { point: { x: number; y: number }; label: string; distance: number }[] = [];
    const visit = (root: Document | ShadowRoot) => {
      const consider = (el: Element, range: Range, label: string) => {
        const rect = [...range.getClientRects()].find((r) => r.width > 0 && r.height > 0);
        if (!rect) return;
        const x = rect.left + rect.width / 2;
        const y = rect.top + rect.height / 2;
        if (x < 0 || y < 0 || x > innerWidth || y > innerHeight) return;
        const top = (el.getRootNode() as Document | ShadowRoot).elementFromPoint(x, y);
        if (top && top !== el && !el.contains(top)) return;
        out.push({ point: { x, y }, label, distance: Math.hypot(x - p.x, y - p.y) });
      };
      for (const el of root.querySelectorAll('[data-expect-status], [data-expect-codes]')) {
        if (!(el as HTMLElement).checkVisibility?.()) continue;
        const status = el.getAttribute('data-expect-status');
        if (status !== null) {
          const range = document.createRange();
          range.selectNodeContents(el);
          consider(el, range, status);
          continue;
        }
        // A code in a sentence: its first code, as a whole token in one text node.
        const code = (el.getAttribute('data-expect-codes') ?? '').split(/\s+/)[0];
        if (!code) continue;
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const match = new RegExp(`(?<![A-Za-z0-9_])${code}(?![A-Za-z0-9_])`).exec((n as Text).data);
          if (!match) continue;
          const range = document.createRange();
          range.setStart(n, match.index);
          range.setEnd(n, match.index + code.length);
          consider(el, range, code);
          break;
        }
      }
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot && el.localName !== 'status-lens-overlay') visit(el.shadowRoot);
      }
    };
    visit(document);
    return out
      .filter((a) => a.distance > 4)
      .sort((a, b) => a.distance - b.distance)
      .slice(0, 4)
      .map(({ point, label }) => ({ point, label }));
  }, point);
}

/** Pointer moves on the way from one expectation to the next: the pointer tests walk as a hand, this goes fast. */
const STEPS = 2;

/**
 * Rests the pointer on every expectation of the page and returns what went wrong (empty when all held): every
 * status and code opens its card (../support/expect-card.ts `cardProblems`), every none-element nothing. The
 * pointer goes from one to the next as a hand does, the card open on the way (a status switches it, nothing
 * closes it), with the none-elements between the statuses. `onCard` sees each card opened.
 */
export async function checkHovers(
  page: Page,
  card: Card,
  product: string | null,
  kinds: Kind[] = ['status', 'codes', 'none'],
  onCard?: (card: CardInspection, target: Target) => void,
) {
  const problems: string[] = [];
  const counts = await countTargets(page);
  const ids = await page.evaluate(() =>
    [...document.querySelectorAll('[data-expect-support-id]')].map(
      (el) => el.getAttribute('data-expect-support-id') ?? '',
    ),
  );
  const of = (kind: Kind) =>
    kinds.includes(kind) ? Array.from({ length: counts[kind] }, (_, index) => ({ kind, index })) : [];
  const shown = [...of('status'), ...of('codes')];
  const none = of('none');
  // Each none-element right after a status: its card is the one the pointer leaves for it.
  const order: { kind: Kind; index: number }[] = [];
  while (shown.length || none.length) {
    const next = shown.shift();
    if (next) order.push(next);
    const after = none.shift();
    if (after) order.push(after);
  }
  await card.leave();
  for (const { kind, index } of order) {
    let target: Target;
    try {
      target = await locateTarget(page, kind, index);
      if (target.hiddenPanel) {
        await card.leave();
        await page.locator(`[role="tab"][aria-controls="${target.hiddenPanel}"]`).click();
        target = await locateTarget(page, kind, index);
      }
    } catch (error) {
      problems.push(
        String(error)
          .replace(/^Error: page.evaluate: Error: /, '')
          .split('\n')[0] ?? '',
      );
      continue;
    }
    if (target.hiddenPanel) {
      problems.push(`${target.where}: its tab panel does not show`);
      continue;
    }
    for (const point of target.points) {
      const where = `${target.where} at "${point.text}"`;
      if (kind === 'none' || product === null) {
        // A page of no vendor has no card to open at all (the test checks it has no overlay element): the
        // pointer goes over it all the same.
        if (product === null) {
          await card.moveTo(point, 2);
          continue;
        }
        try {
          const got = await card.nothingAt(point, await anchorsNear(page, point), STEPS);
          if (got !== null) problems.push(`${where}: expected nothing, got ${got}`);
        } catch (error) {
          problems.push(`${where}: ${String(error).split('\n')[0]}`);
        }
        continue;
      }
      const label = kind === 'status' ? target.label : point.text;
      try {
        // A card over the point would take the pointer: it is closed first.
        if (await card.covers(point)) await card.leave();
        const opened = await card.restOn(point, label, { steps: STEPS });
        onCard?.(opened, target);
        const found = cardProblems(opened, {
          product,
          label,
          section: kind === 'status' ? target.section : null,
          id: target.id,
          otherIds: ids,
        });
        if (found.length) problems.push(`${where}: ${found.join('; ')} — ${summary(opened)}`);
      } catch (error) {
        problems.push(`${where}: ${String(error).split('\n')[0]}`);
      }
    }
  }
  await card.leave();
  return { problems, counts };
}

/** Every status and code the page expects, as the report should count them (label, section). */
export function expectedFindings(page: Page): Promise<{ label: string; section: string | null }[]> {
  return page.evaluate(() => {
    const out: { label: string; section: string | null }[] = [];
    const visit = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('[data-expect-status], [data-expect-codes]')) {
        const status = el.getAttribute('data-expect-status');
        if (status !== null) out.push({ label: status, section: el.getAttribute('data-expect-section') });
        for (const code of (el.getAttribute('data-expect-codes') ?? '').split(/\s+/).filter(Boolean)) {
          out.push({ label: code, section: null });
        }
      }
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot && el.localName !== 'status-lens-overlay') visit(el.shadowRoot);
      }
    };
    visit(document);
    return out.filter((e, i) => out.findIndex((o) => o.label === e.label && o.section === e.section) === i);
  });
}

/** The expected findings the report lacks (label folded to lower case; section compared when both tell it). */
export function missingFindings(
  report: PageReportLike,
  expected: { label: string; section: string | null }[],
): string[] {
  const fold = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
  return expected
    .filter(
      (e) =>
        !report.findings.some(
          (f) => fold(f.label) === fold(e.label) && (!e.section || !f.section || f.section === e.section),
        ),
    )
    .map((e) => `${e.label}${e.section ? ` (${e.section})` : ''}`);
}

/**
 * The elements whose text differs from what the app last rendered into them (window.__rendered), and the
 * keys the app rendered that have no element. Empty when the DOM shows exactly what the app rendered.
 */
export function renderedMismatches(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const rendered = (window as unknown as { __rendered?: Record<string, string> }).__rendered;
    if (!rendered) return [];
    const elements = new Map<string, Element>();
    const visit = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('[data-render-key]')) {
        elements.set(el.getAttribute('data-render-key') ?? '', el);
      }
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot && el.localName !== 'status-lens-overlay') visit(el.shadowRoot);
      }
    };
    visit(document);
    const out: string[] = [];
    for (const [key, text] of Object.entries(rendered)) {
      const el = elements.get(key);
      if (!el) out.push(`${key}: rendered "${text}", no element shows it`);
      else if (el.textContent !== text) out.push(`${key}: rendered "${text}", shown "${el.textContent}"`);
    }
    return out;
  });
}

/** Errors the app's own error boundary caught, and whether its failure text was ever shown. */
export function appHealth(page: Page): Promise<{ errors: string[]; neverShown: string | null }> {
  return page.evaluate(() => {
    const w = window as unknown as { __appErrors?: string[]; __neverShown?: string | null };
    return { errors: w.__appErrors ?? [], neverShown: w.__neverShown ?? null };
  });
}

/**
 * Init script: watches the page from its first script for the text of `<html data-expect-never>` (an error
 * boundary's message) and records in window.__neverShown when it appears, even for a moment.
 */
export function watchNeverText(): void {
  const w = window as unknown as { __neverShown?: string | null };
  w.__neverShown = null;
  const check = () => {
    const never = document.documentElement?.dataset.expectNever;
    if (never && document.body?.textContent?.includes(never)) w.__neverShown = never;
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true });
}
