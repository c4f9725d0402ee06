import type { PageSigns } from '../../../components/page/signs';
import type { ConsolePage } from '../../../components/page/types';

/**
 * mxHERO Mail2Cloud's dashboard: recognised by its product name; its Notifications list shows per
 * item the code, module, type and level. Codes count wherever they stand, as whole tokens.
 */

const CODE_SHAPE = /[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+/g;
const CODE_LIKE = /^[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+$/;

const NAMED = /\bmxHERO\b|\bMail2Cloud\b/i;

function recognise(signs: PageSigns): boolean {
  return NAMED.test(signs.title) || signs.namesSay(NAMED);
}

export const page: ConsolePage = {
  recognise,
  named: NAMED,
  codeShape: CODE_SHAPE,
  unknownLike: CODE_LIKE,
  webComponents: true,
};
