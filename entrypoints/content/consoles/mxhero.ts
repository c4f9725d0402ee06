import { CATALOG, lookup } from '../../../catalog';
import { findCodeTokens, queryAll, textOf, tokenPattern, tokenScanResult, wholeText } from './dom';
import type { ConsoleModule, ScanResult } from './types';

/**
 * mxHERO Mail2Cloud's dashboard: recognised by its product name; its Notifications list shows per
 * item the code, module, type and level. Codes count wherever they stand, as whole tokens.
 */

const CODES = CATALOG.filter((e) => e.product === 'mxhero').flatMap((e) => e.labels);
const PATTERN = tokenPattern(CODES);
const CODE_LIKE = /^[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+$/;

function recognise(doc: Document): boolean {
  const names = [
    doc.title,
    ...textOf(doc, ['header', 'nav', '[class*="brand" i]', '[class*="logo" i]', 'h1'], 10),
    ...[...doc.querySelectorAll('img[alt]')].slice(0, 10).map((i) => i.getAttribute('alt') ?? ''),
  ];
  return names.some((n) => /\bmxHERO\b|\bMail2Cloud\b/i.test(n));
}

function findStatuses(root: Element): ScanResult {
  const scan = tokenScanResult(findCodeTokens(root, PATTERN));
  // Code fields of notifications that the catalog does not know: listed as unknown. Known codes are the walk's.
  const fields = queryAll(root, ['[class*="code" i]', '[data-field="code"]', 'td[headers*="code" i]']);
  for (const field of fields) {
    const text = wholeText(field);
    if (field instanceof HTMLElement && CODE_LIKE.test(text) && !PATTERN.test(text)) {
      scan.statuses.push({ element: field, label: text });
    }
  }
  return scan;
}

export const mxhero: ConsoleModule = {
  product: 'mxhero',
  recognise,
  findStatuses,
  sectionOf: () => 'notifications',
  supportIdOf: () => null,
  resolve: (label) => lookup('mxhero', 'notifications', label),
};
