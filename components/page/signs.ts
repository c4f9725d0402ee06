import { wholeText } from './dom';

/**
 * Elements looked at from the top of the document. A page names itself where it starts (its header, toolbar,
 * brand, first heading); a walk that stops here costs what a few hundred rows do, where a search of the whole
 * document for each kind of sign cost a quarter of a millisecond each on a 5,000-row page.
 */
const MAX_ELEMENTS = 3000;
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
    const walker = this.doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
    for (let n = 0, node = walker.nextNode(); node && n < MAX_ELEMENTS; node = walker.nextNode(), n++) {
      const el = node as Element;
      const tag = el.localName;
      const className = el.getAttribute('class') ?? '';
      if (tag === 'img') {
        const alt = el.getAttribute('alt');
        if (alt && this.alts.length < MAX_SIGNS) this.alts.push(alt);
        continue;
      }
      if ((NAME_TAGS.has(tag) || NAME_CLASS.test(className)) && this.names.length < MAX_SIGNS) this.names.push(el);
      const heading =
        HEADING_TAGS.has(tag) ||
        el.getAttribute('role') === 'heading' ||
        (TITLE_CLASS.test(className) && !!el.parentElement?.closest('header'));
      if (heading && this.headings.length < MAX_SIGNS) this.headings.push(el);
    }
  }
}
