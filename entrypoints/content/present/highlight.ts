/**
 * The cue on a code explained inside a text: the CSS Custom Highlight API paints its Range, so the page's
 * nodes stay as they are. Only the status being explained is painted, never the whole page.
 */
const NAME = 'status-lens-active';
const RULE = `::highlight(${NAME}){background-color:rgba(255,196,0,.45);color:inherit;text-decoration:underline dotted 1px;}`;

export class ActiveHighlight {
  private sheet: CSSStyleSheet | null = null;

  constructor(private readonly doc: Document) {}

  show(range: Range | null): void {
    const registry = this.registry();
    if (!registry) return;
    if (!range) {
      registry.delete(NAME);
      return;
    }
    this.adoptRule();
    registry.set(NAME, new Highlight(range));
  }

  stop(): void {
    this.registry()?.delete(NAME);
    const sheet = this.sheet;
    if (!sheet) return;
    try {
      this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== sheet);
    } catch {
      // The document went away with its sheets.
    }
    this.sheet = null;
  }

  private registry(): HighlightRegistry | null {
    const css = this.doc.defaultView?.CSS;
    return typeof Highlight === 'function' && css && 'highlights' in css ? css.highlights : null;
  }

  /** The ::highlight() rule must apply in the page's own tree: an adopted sheet adds no node to it. */
  private adoptRule(): void {
    if (this.sheet) return;
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(RULE);
      this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, sheet];
      this.sheet = sheet;
    } catch {
      // A browser that refuses a sheet from an extension's world: the tooltip alone shows the code.
    }
  }
}
