import { lookup } from '../../../catalog';
import { codeMatcher } from './codes';
import type { PageSigns } from './signs';
import type { ConsoleModule } from './types';

/**
 * IBM DataPower Operations Dashboard, installed on the customer's own host: recognised by its product
 * name in the title or toolbar. Its codes are distinctive, so they count wherever they stand — a table
 * cell, a chip, a sentence of an execution log, a `<pre>` — as whole tokens.
 */

const CODES = codeMatcher('dpod', /[A-Z][A-Z0-9_]{3,}/g);
const CODE_LIKE = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;

const NAMED = /\bDataPower Operations Dashboard\b|\bDPOD\b/i;

function recognise(signs: PageSigns): boolean {
  return NAMED.test(signs.title) || signs.namesSay(NAMED);
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
