import { lookup } from '../../../catalog';
import { codeMatcher } from './codes';
import type { PageSigns } from './signs';
import type { ConsoleModule } from './types';

/**
 * mxHERO Mail2Cloud's dashboard: recognised by its product name; its Notifications list shows per
 * item the code, module, type and level. Codes count wherever they stand, as whole tokens.
 */

const CODES = codeMatcher('mxhero', /[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+/g);
const CODE_LIKE = /^[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+$/;

const NAMED = /\bmxHERO\b|\bMail2Cloud\b/i;

function recognise(signs: PageSigns): boolean {
  return NAMED.test(signs.title) || signs.namesSay(NAMED);
}

export const mxhero: ConsoleModule = {
  product: 'mxhero',
  recognise,
  named: NAMED,
  labelKind: (label) => (CODES.known.has(label) ? 'distinctive' : null),
  codes: CODES,
  unknownLike: CODE_LIKE,
  webComponents: true,
  onlySection: 'notifications',
  sectionOf: () => 'notifications',
  supportIdOf: () => null,
  resolve: (label) => lookup('mxhero', 'notifications', label),
};
