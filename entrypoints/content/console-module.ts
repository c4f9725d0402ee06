import type { Entry, ProductId } from '../../../catalog/schema';
import type { PageSigns } from './signs';

/**
 * How a label that is the whole text of an element counts on a recognised page: a distinctive label
 * ("Need Reauthentication", a code) counts wherever it stands; a common word ("Failed") only where a
 * status stands (a cell, a pill or badge, a status field, an item of a job list).
 */
export type LabelKind = 'distinctive' | 'common';

/** Codes that count as whole tokens wherever they stand, in sentences, `<pre>` and `<code>` too. */
export interface CodeMatcher {
  /** A global pattern of the codes' shape: cheap to run over every text, filtered by `known` after. */
  shape: RegExp;
  /** The codes the catalog knows, exactly as the console prints them. */
  known: ReadonlySet<string>;
}

/**
 * Everything Status Lens knows about one console: how to recognise its pages, which texts are its
 * statuses, and where their context sits. The overlay's stages (find, resolve, present) are shared;
 * a fourth console is one new module registered in ./index.ts and its catalog file.
 */
export interface ConsoleModule {
  product: ProductId;
  /**
   * Whether this page is this console, judged from the page itself (`signs.doc`); what several consoles read,
   * through `signs`, which reads it once. Cheap: runs whenever the page settles, at most once a second.
   */
  recognise(signs: PageSigns): boolean;
  /**
   * The product's name, for a console whose pages carry it: a title naming it is enough, asked of every
   * console before any searches the page.
   */
  named?: RegExp;
  /** Whether a label, the whole text of an element, is a status here, and how it counts; null when it is not. */
  labelKind(label: string): LabelKind | null;
  /** Codes found as tokens inside text. Absent for a console whose statuses are whole elements only. */
  codes?: CodeMatcher;
  /**
   * A value the catalog does not know that looks like this console's status (a code of a newer version),
   * counted as unknown where a status stands.
   */
  unknownLike?: RegExp;
  /**
   * Whether the console is built of web components: their open shadow roots are looked for in the whole
   * document (elsewhere, only in what the page adds, which is cheaper on a long page).
   */
  webComponents?: boolean;
  /** Whether any short text of a table's Status column is a status here, known or not (Dropsuite's labels). */
  unknownInStatusColumn?: boolean;
  /** The one section of a console that has only one: no status's section need be read from the page. */
  onlySection?: string;
  /**
   * The section of the product a place of the page belongs to (a section id of catalog/products.ts), read
   * now: a tab switch changes it. Null when the page does not tell. Statuses of one table or panel share it.
   */
  sectionOf(element: Element): string | null;
  /** The section a label names wherever it stands (Dropsuite's "Need Reauthentication" is the dashboard's). */
  sectionOfLabel?(label: string): string | null;
  /** The value of the ID support asks for in that section, from the status's own row when it shows it. */
  supportIdOf(element: Element, section: string | null): string | null;
  /** The catalog entry for a label in a section; undefined for a label the catalog does not know. */
  resolve(label: string, section: string | null): Entry | undefined;
}
