import type { PageSigns } from '../../../components/page/signs';
import type { ConsolePage } from '../../../components/page/types';

/**
 * IBM DataPower Operations Dashboard, installed on the customer's own host: recognised by its product
 * name in the title or toolbar. Its codes are distinctive, so they count wherever they stand — a table
 * cell, a chip, a sentence of an execution log, a `<pre>` — as whole tokens.
 */

const CODE_SHAPE = /[A-Z][A-Z0-9_]{3,}/g;
const CODE_LIKE = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;

const NAMED = /\bDataPower Operations Dashboard\b|\bDPOD\b/i;

function recognise(signs: PageSigns): boolean {
  return NAMED.test(signs.title) || signs.namesSay(NAMED);
}

export const page: ConsolePage = {
  recognise,
  named: NAMED,
  codeShape: CODE_SHAPE,
  unknownLike: CODE_LIKE,
};
