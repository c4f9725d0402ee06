/** Codes count as whole tokens: never a piece of a longer identifier. */
import { describe, expect, it } from 'vitest';
import { codesIn, tokenAround } from '../../../../entrypoints/content/find/codes';
import { moduleOf } from '../support/consoles';

describe('codes as whole tokens', () => {
  const dpod = moduleOf('dpod').codes;
  if (!dpod) throw new Error('DPOD has no codes');

  it.each([
    ['task ended with EXECUTION_STARTED, see the log', ['EXECUTION_STARTED']],
    ['plan result SUCCESS.', ['SUCCESS']],
    ['SUCCESSFUL_TASKS=1 and EXECUTION_ID_4471', []],
    ['idg-EXECUTION_STARTED2 is an identifier', []],
    [
      'SENT_TO_MDB then EXECUTION_PRE_CHECKS_NFS_OUT_OF_SPACE',
      ['SENT_TO_MDB', 'EXECUTION_PRE_CHECKS_NFS_OUT_OF_SPACE'],
    ],
  ])('%s', (text, codes) => {
    expect(codesIn(text, dpod).map((c) => c.code)).toEqual(codes);
  });

  it('says where each stands', () => {
    const text = 'SUCCESS, then SUCCESS';
    expect(codesIn(text, dpod)).toEqual([
      { code: 'SUCCESS', start: 0, end: 7 },
      { code: 'SUCCESS', start: 14, end: 21 },
    ]);
  });

  it('finds the token around any offset inside it, and none in white space', () => {
    const text = 'ended with SUCCESS, see';
    const at = text.indexOf('SUCCESS');
    for (const offset of [at, at + 3, at + 7]) expect(tokenAround(text, offset)).toEqual({ start: at, end: at + 7 });
    expect(tokenAround('a  b', 2)).toBeNull();
  });
});
