import { expect, it } from 'vitest';
import { BUILT_IN_PATTERNS } from '../../../components/settings/hosts';
import content from '../../../entrypoints/content/index';

// The options page refuses hosts the content script already runs on; the two lists must not drift apart.
it('BUILT_IN_PATTERNS are the content script’s own matches', () => {
  expect([...BUILT_IN_PATTERNS].sort()).toEqual([...((content.matches as string[] | undefined) ?? [])].sort());
});
