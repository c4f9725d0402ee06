import { lookup } from '../../../catalog';
import { codeMatcher } from './codes';
import { textOf } from './dom';
import type { ConsoleModule } from './types';

/**
 * IBM DataPower Operations Dashboard, installed on the customer's own host: recognised by its product
 * name in the title or toolbar. Its codes are distinctive, so they count wherever they stand — a table
 * cell, a chip, a sentence of an execution log, a `<pre>` — as whole tokens.
 */

const CODES = codeMatcher('dpod', /[A-Z][A-Z0-9_]{3,}/g);
const CODE_LIKE = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;

const NAMED = /\bDataPower Operations Dashboard\b|\bDPOD\b/i;

function recognise(doc: Document): boolean {
  if (NAMED.test(doc.title)) return true;
  const names = [
    ...textOf(
      doc,
      ['header', 'mat-toolbar', '[class*="toolbar" i]', '[class*="brand" i]', '[class*="logo" i]', 'h1'],
      10,
    ),
    ...[...doc.querySelectorAll('img[alt]')].slice(0, 10).map((i) => i.getAttribute('alt') ?? ''),
  ];
  return names.some((n) => NAMED.test(n));
}

export const dpod: ConsoleModule = {
  product: 'dpod',
  recognise,
  named: NAMED,
  labelKind: (label) => (CODES.known.has(label) ? 'distinctive' : null),
  codes: CODES,
  unknownLike: CODE_LIKE,
  onlySection: 'executions',
  sectionOf: () => 'executions',
  supportIdOf: () => null,
  resolve: (label) => lookup('dpod', 'executions', label),
};
