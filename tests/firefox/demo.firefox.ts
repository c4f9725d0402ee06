/** The README's first command: `npm run demo` shows the built extension's card on every demo console. */
import { describe, it } from 'vitest';
import { expectDemoShowsEveryTour } from '../demo/run';

describe('npm run demo in Firefox ESR', () => {
  it('rests on a status of each demo console and saves its card', () => expectDemoShowsEveryTour('firefox'), 180_000);
});
