import type { Entry, ProductId } from '../../../catalog/schema';

/** An element on the page that shows a status, with the status text as the page shows it. */
export interface StatusCandidate {
  element: HTMLElement;
  label: string;
}

/**
 * A column of a table whose every cell shows a status (Dropsuite's Status column). Job tables run to
 * thousands of rows, so the overlay reads such a column row by row itself, cell by cell only where needed.
 */
export interface StatusColumn {
  table: Element;
  /** Index of the column among the cells of a row. */
  index: number;
}

export interface ScanResult {
  /** Status elements one by one: pills, badges, codes in cells and sentences. */
  statuses: StatusCandidate[];
  /** Status columns of the tables in or around the scanned subtree. */
  columns: StatusColumn[];
  /** The rest of the subtree, for a later task: a module may stop after a few milliseconds on a long page. */
  rest?: () => ScanResult;
}

/**
 * Everything Status Lens knows about one console: how to recognise its pages, where its status
 * labels and their context sit. A new console is one new module registered in ./index.ts.
 */
export interface ConsoleModule {
  product: ProductId;
  /** Whether this page is this console, judged from the page itself. Cheap: runs on every route change. */
  recognise(doc: Document): boolean;
  /**
   * The statuses inside `root` (the document element, or a subtree just added). May wrap a code that stands
   * inside a sentence in a span of its own, so it can take focus.
   */
  findStatuses(root: Element): ScanResult;
  /**
   * The section of the product a status stands in (a section id of catalog/products.ts), read now: a tab
   * switch changes it. Null when the page does not tell.
   */
  sectionOf(element: Element, label: string): string | null;
  /** The value of the ID support asks for in that section, from the status's own row when it shows it. */
  supportIdOf(element: Element, section: string | null): string | null;
  /** The catalog entry for a label in a section; undefined for a label the catalog does not know. */
  resolve(label: string, section: string | null): Entry | undefined;
}
