import { wholeText } from './dom';

/**
 * Elements looked at from the top of the document. A page names itself where it starts (its header, toolbar,
 * brand, first heading), not inside a table or far down a long list: the walk passes over a table's content and
 * reads the first children of an element only. Every page the content script runs on is walked once, most of
 * them of no console: on a 5,000-row page this read 20 elements, where 3,000 from the top cost about 5 ms.
 */
const MAX_ELEMENTS = 3000;
/** How many children of one element are read: a navigation's links, not a log's 5,000 lines. */
const MAX_CHILDREN = 60;
/** Elements whose content names no page: tables, and what holds no element text. */
const OPAQUE = new Set(['table', 'svg', 'select', 'template', 'script', 'style', 'noscript', 'pre']);
/** How many of each kind of sign are read. */
const MAX_SIGNS = 50;

const NAME_TAGS = new Set(['header', 'nav', 'mat-toolbar', 'h1']);
const NAME_CLASS = /toolbar|brand|logo/i;
const HEADING_TAGS = new Set(['h1', 'h2', 'h3']);
/** A page title in the header (`header .page-title`) is a heading too. */
const TITLE_CLASS = /title/i;

/**
 * What recognition reads of a page for one decision, read once however many consoles ask, in one walk from
 * the top of the document: where a page names its product (header, navigation, toolbar, brand, logo, main
 * heading, an image's alt text) and its headings. Most pages a console's host serves are of no console, and
 * each asks every console in turn.
 */
export class PageSigns {
  private walked = false;
  private readonly names: Element[] = [];
  private readonly alts: string[] = [];
  private readonly headings: Element[] = [];
  private readonly texts = new Map<Element, string>();

  constructor(readonly doc: Document) {}

  get title(): string {
    return this.doc.title;
  }

  /** Whether the page's name signs (header, navigation, toolbar, brand, logo, main heading, logo's alt) say `pattern`. */
  namesSay(pattern: RegExp): boolean {
    this.walk();
    return this.names.some((el) => pattern.test(this.textOf(el))) || this.alts.some((alt) => pattern.test(alt));
  }

  /** Whether one of the page's headings (h1–h3, ARIA headings, a header's title) says `pattern`. */
  headingsSay(pattern: RegExp): boolean {
    this.walk();
    return this.headings.some((el) => pattern.test(this.textOf(el)));
  }

  private textOf(element: Element): string {
    let text = this.texts.get(element);
    if (text === undefined) {
      text = wholeText(element);
      this.texts.set(element, text);
    }
    return text;
  }

  private walk(): void {
    if (this.walked) return;
    this.walked = true;
    const root = this.doc.documentElement;
    if (!root) return;
    // Depth-first from the top, by hand: a table's rows and a list's long run of items are passed over whole.
    // How many children have been read at each level below the root:
    const read: number[] = [];
    let el: Element | null = root;
    for (let n = 0; el && n < MAX_ELEMENTS; n++) {
      this.read(el);
      const child: Element | null = OPAQUE.has(el.localName) ? null : el.firstElementChild;
      if (child) {
        read.push(1);
        el = child;
        continue;
      }
      let at: Element | null = el;
      el = null;
      while (at && at !== root && read.length) {
        const count = read[read.length - 1] ?? 0;
        const next: Element | null = at.nextElementSibling;
        if (next && count < MAX_CHILDREN) {
          read[read.length - 1] = count + 1;
          el = next;
          break;
        }
        read.pop();
        at = at.parentElement;
      }
    }
  }

  private read(el: Element): void {
    const tag = el.localName;
    const className = el.getAttribute('class') ?? '';
    if (tag === 'img') {
      const alt = el.getAttribute('alt');
      if (alt && this.alts.length < MAX_SIGNS) this.alts.push(alt);
      return;
    }
    if ((NAME_TAGS.has(tag) || NAME_CLASS.test(className)) && this.names.length < MAX_SIGNS) this.names.push(el);
    const heading =
      HEADING_TAGS.has(tag) ||
      el.getAttribute('role') === 'heading' ||
      (TITLE_CLASS.test(className) && !!el.parentElement?.closest('header'));
    if (heading && this.headings.length < MAX_SIGNS) this.headings.push(el);
  }
}
