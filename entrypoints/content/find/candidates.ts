/**
 * Find, for the whole page: the texts that may hold a status, asked of the browser's own XPath engine in
 * one call, so the page's other texts (most of them) are never visited by script. Then each candidate is
 * judged by the rules of ./status.
 */
import { foldLabel } from '../../../catalog/text';
import { codesIn } from '../consoles/codes';
import {
  composedParent,
  HOST_TAG,
  isNotAStatus,
  MAX_LABEL,
  statusColumnIndex,
  TABLES,
  wholeText,
} from '../consoles/dom';
import type { ConsoleModule } from '../consoles/types';
import { elementStatus, type StatusHit } from './status';

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const EXPRESSIONS = new WeakMap<ConsoleModule, string>();

/**
 * The XPath that selects a console's candidate texts: a text whose whole value is a label or one of its
 * words (a label split over elements), or that holds a code's telling part (an underscore, or the code).
 */
export function candidateXPath(module: ConsoleModule, labels: Iterable<string>): string {
  let expression = EXPRESSIONS.get(module);
  if (expression) return expression;
  const tests: string[] = [];
  const words = new Set<string>();
  // A console of codes finds them by their telling part; words are for consoles of words.
  for (const label of module.codes ? [] : labels) {
    const folded = foldLabel(label);
    if (folded.includes("'") || folded.includes('|')) continue;
    words.add(folded);
    for (const word of folded.split(' ')) if (word.length > 2) words.add(word);
  }
  if (words.size) {
    tests.push(
      `contains('|${[...words].join('|')}|', concat('|', translate(normalize-space(.), '${UPPER}', '${UPPER.toLowerCase()}'), '|'))`,
    );
  }
  if (module.codes || module.unknownLike) {
    tests.push("contains(., '_')");
    for (const code of module.codes?.known ?? [])
      if (!code.includes('_') && !code.includes("'")) tests.push(`contains(., '${code}')`);
  }
  expression = `.//text()[${tests.join(' or ') || 'false()'}]`;
  EXPRESSIONS.set(module, expression);
  return expression;
}

/** The candidate texts under `root` (an element, a document or an open shadow root), in document order. */
export function candidateTexts(module: ConsoleModule, labels: Iterable<string>, root: Node): Text[] {
  if (root.nodeType === Node.TEXT_NODE) return [root as Text];
  const out: Text[] = [];
  // XPath takes no shadow root as its context: its children, one by one.
  const contexts = root.nodeType === Node.DOCUMENT_FRAGMENT_NODE ? [...root.childNodes] : [root];
  for (const context of contexts) {
    if (context.nodeType === Node.TEXT_NODE) {
      out.push(context as Text);
      continue;
    }
    if (context.nodeType !== Node.ELEMENT_NODE && context.nodeType !== Node.DOCUMENT_NODE) continue;
    const doc = context.ownerDocument ?? (context as Document);
    const result = doc.evaluate(
      candidateXPath(module, labels),
      context,
      null,
      7 /* ORDERED_NODE_SNAPSHOT_TYPE */,
      null,
    );
    for (let i = 0; i < result.snapshotLength; i++) out.push(result.snapshotItem(i) as Text);
  }
  return out;
}

/**
 * Texts of Status columns that are none of the label words: statuses the catalog does not know (a label of
 * a newer console version). One XPath per table, for its column alone.
 */
export function statusColumnTexts(module: ConsoleModule, root: Node): Text[] {
  if (!module.unknownInStatusColumn || (root.nodeType !== Node.ELEMENT_NODE && root.nodeType !== Node.DOCUMENT_NODE))
    return [];
  const scope = root as Element | Document;
  const doc = scope.ownerDocument ?? (scope as Document);
  const element = scope.nodeType === Node.DOCUMENT_NODE ? (scope as Document).documentElement : (scope as Element);
  const enclosing = element.closest(TABLES);
  const tables = enclosing ? [enclosing] : [...scope.querySelectorAll(TABLES)];
  const out: Text[] = [];
  for (const table of tables) {
    const index = statusColumnIndex(table);
    if (index < 0) continue;
    const cell = table.localName === 'table' ? `td[${index + 1}]` : `*[@role='cell' or @role='gridcell'][${index + 1}]`;
    const row = table.localName === 'table' ? 'tr' : "*[@role='row']";
    const result = doc.evaluate(`.//${row}/${cell}//text()[normalize-space(.)]`, table, null, 7, null);
    for (let i = 0; i < result.snapshotLength; i++) {
      const text = result.snapshotItem(i) as Text;
      if (element.contains(text)) out.push(text);
    }
  }
  return out;
}

/** Custom elements under `root` with an open shadow root, whose texts the document's XPath cannot see. */
export function openShadowRoots(root: Node): ShadowRoot[] {
  const out: ShadowRoot[] = [];
  const contexts = root.nodeType === Node.DOCUMENT_FRAGMENT_NODE ? [...root.childNodes] : [root];
  for (const context of contexts) {
    if (context.nodeType !== Node.ELEMENT_NODE && context.nodeType !== Node.DOCUMENT_NODE) continue;
    const doc = context.ownerDocument ?? (context as Document);
    const self = context.nodeType === Node.ELEMENT_NODE ? (context as Element) : null;
    if (self?.shadowRoot && self.localName !== HOST_TAG) out.push(self.shadowRoot);
    const result = doc.evaluate(".//*[contains(local-name(), '-')]", context, null, 7, null);
    for (let i = 0; i < result.snapshotLength; i++) {
      const element = result.snapshotItem(i) as Element;
      // Our own host is not the page's.
      if (element.shadowRoot && element.localName !== HOST_TAG) out.push(element.shadowRoot);
    }
  }
  return out;
}

/** Remembers, for one pass, which elements stand where no status is: texts share their ancestors. */
export class ExclusionMemo {
  private readonly memo = new Map<Element, boolean>();

  excluded(element: Element | null): boolean {
    if (!element) return false;
    const known = this.memo.get(element);
    if (known !== undefined) return known;
    const value = isNotAStatus(element) || this.excluded(composedParent(element));
    this.memo.set(element, value);
    return value;
  }
}

/** The statuses a candidate text shows: its codes, or the element around it that is a status as a whole. */
export function statusesOfText(module: ConsoleModule, node: Text, memo: ExclusionMemo): StatusHit[] {
  const parent = composedParent(node);
  if (!parent || memo.excluded(parent)) return [];
  const codes = module.codes;
  if (codes) {
    const found = codesIn(node.data, codes);
    if (found.length) {
      if (found.length === 1 && parent instanceof HTMLElement && wholeText(parent) === found[0]?.code) {
        return [{ kind: 'element', element: parent, label: found[0].code }];
      }
      return found.map(({ code, start, end }) => ({ kind: 'text', node, start, end, label: code }));
    }
  }
  for (let el: Element | null = parent, i = 0; el && i < 4; el = composedParent(el), i++) {
    if ((el.textContent?.length ?? 0) > MAX_LABEL * 2) break;
    const hit = elementStatus(module, el);
    if (hit) return [hit];
  }
  return [];
}
