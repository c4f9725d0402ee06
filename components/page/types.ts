import type { PageSigns } from './signs';

/**
 * How a console's pages look, as its folder describes them (catalog/consoles/<id>/page.ts). The overlay's
 * stages (find, resolve, present) are shared; this says only what differs from one console to the next.
 */
export interface ConsolePage {
  /**
   * The product's name, for a console whose pages carry it: a title naming it settles recognition, asked of
   * every console before any searches the page.
   */
  named?: RegExp;
  /**
   * Whether this page is this console, judged from the page itself (`signs.doc`), through what `signs` reads
   * once for every console. Cheap: runs whenever the page settles, at most once a second.
   */
  recognise(signs: PageSigns): boolean;
  /**
   * Statuses that are codes, found as whole tokens wherever they stand (a sentence, `<pre>`, a cell): a global
   * pattern of their shape, cheap to run over any text; the catalog's codes are then looked up.
   */
  codeShape?: RegExp;
  /** A value the catalog does not know that looks like this console's status (a code of a newer version). */
  unknownLike?: RegExp;
  /**
   * Labels that are everyday words ("Completed", "Failed"), which a page also uses for other things: they count
   * only where a status stands (a cell, a pill, a status field, an item of a job list). Every other label is
   * distinctive and counts as the whole text of any element of a recognised page.
   */
  commonLabels?: readonly string[];
  /** Whether any short text of a table's Status column is a status here, known or not. */
  unknownInStatusColumn?: boolean;
  /**
   * Whether the console is built of web components: their open shadow roots are looked for in the whole
   * document (elsewhere, only in what the page adds).
   */
  webComponents?: boolean;
  /**
   * The section a place of the page belongs to, read now (a tab switch changes it); null when the page does not
   * tell. Absent for a console of one section.
   */
  sectionOf?(element: Element): string | null;
  /** The section a label names wherever it stands (Dropsuite's "Need Reauthentication" is the dashboard's). */
  sectionOfLabel?(label: string): string | null;
}
