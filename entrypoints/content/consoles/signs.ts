import { wholeText } from './dom';

/**
 * What recognition reads of a page for one decision, each read once however many consoles ask: the texts of
 * the elements a selector matches (headers, toolbars, headings, logos) and the images' alt texts. Most pages a
 * console's host serves are of no console, and each asks every console in turn.
 */
export class PageSigns {
  private readonly found = new Map<string, readonly Element[]>();
  private readonly texts = new Map<Element, string>();

  constructor(readonly doc: Document) {}

  get title(): string {
    return this.doc.title;
  }

  /** The texts of the first `limit` elements `selector` matches in the document, white space folded. */
  textsOf(selector: string, limit = 10): string[] {
    return this.elementsOf(selector, limit).map((element) => {
      let text = this.texts.get(element);
      if (text === undefined) {
        text = wholeText(element);
        this.texts.set(element, text);
      }
      return text;
    });
  }

  /** Whether the texts of the first `limit` elements of any of `selectors` say what `pattern` looks for. */
  anySays(selectors: readonly string[], pattern: RegExp, limit = 10): boolean {
    return selectors.some((selector) => this.textsOf(selector, limit).some((text) => pattern.test(text)));
  }

  /** Whether the alt text of one of the first `limit` images says what `pattern` looks for (a logo's). */
  imageSays(pattern: RegExp, limit = 10): boolean {
    return this.elementsOf('img[alt]', limit).some((image) => pattern.test(image.getAttribute('alt') ?? ''));
  }

  private elementsOf(selector: string, limit: number): readonly Element[] {
    let elements = this.found.get(selector);
    if (!elements) {
      elements = [...this.doc.querySelectorAll(selector)];
      this.found.set(selector, elements);
    }
    return elements.slice(0, limit);
  }
}
