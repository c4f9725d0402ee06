/**
 * A console's definition made ready for its pages: which texts are its statuses (its labels, its codes), how
 * each counts, and the catalog entry of a label in a section. Built once per console, when its page is first
 * judged; the catalog entries behind it only when first asked.
 */
import type { ConsoleDefinition } from '../../catalog/define';
import type { EntryIndex } from '../../catalog/entry-index';
import type { Entry } from '../../catalog/schema';
import { foldLabel } from '../../catalog/text';
import type { PageSigns } from '../../components/page/signs';
import type { CodeMatcher } from './find/codes';

/**
 * How a label that is the whole text of an element counts on a recognised page: a distinctive label
 * ("Need Reauthentication", a code) counts wherever it stands; a common word ("Failed") only where a
 * status stands (a cell, a pill or badge, a status field, an item of a job list).
 */
export type LabelKind = 'distinctive' | 'common';

export interface ConsoleModule {
  product: string;
  definition: ConsoleDefinition;
  recognise(signs: PageSigns): boolean;
  named?: RegExp;
  /** Whether a label, the whole text of an element, is a status here, and how it counts; null when it is not. */
  labelKind(label: string): LabelKind | null;
  codes?: CodeMatcher;
  unknownLike?: RegExp;
  webComponents?: boolean;
  unknownInStatusColumn?: boolean;
  /** The one section of a console that has only one: no status's section need be read from the page. */
  onlySection?: string;
  /** The section a place of the page belongs to, read now; null when the page does not tell. */
  sectionOf(element: Element): string | null;
  sectionOfLabel?(label: string): string | null;
  /** The catalog entry for a label in a section; undefined for a label the catalog does not know. */
  resolve(label: string, section: string | null): Entry | undefined;
  /** The console's entries. */
  catalog: EntryIndex;
}

/** A console made ready for its pages, with its catalog entries (as the background sent them). */
export function consoleModule(definition: ConsoleDefinition, catalog: EntryIndex): ConsoleModule {
  const { id, page, sections } = definition;
  const common = new Set((page.commonLabels ?? []).map(foldLabel));
  const only = sections.length === 1 ? sections[0]?.id : undefined;
  let known: ReadonlySet<string> | undefined;
  const shape = page.codeShape;
  const codes: CodeMatcher | undefined = shape && {
    shape,
    // Made when first asked: a page that shows no code never builds the set.
    get known() {
      known ??= new Set(catalog.entries.flatMap((e) => e.labels));
      return known;
    },
  };
  return {
    product: id,
    definition,
    recognise: (signs) => page.recognise(signs),
    named: page.named,
    labelKind(label) {
      if (!catalog.forLabel(label).length) return null;
      return common.has(foldLabel(label)) ? 'common' : 'distinctive';
    },
    codes,
    unknownLike: page.unknownLike,
    webComponents: page.webComponents,
    unknownInStatusColumn: page.unknownInStatusColumn,
    onlySection: only,
    sectionOf: (element) => only ?? page.sectionOf?.(element) ?? null,
    sectionOfLabel: page.sectionOfLabel,
    // Without a section from the page, the label still explains itself when only one section uses it.
    resolve: (label, section) => catalog.lookup(only ?? section ?? undefined, label),
    catalog,
  };
}
