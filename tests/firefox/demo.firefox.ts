/** The README's first command: `npm run demo` shows the built extension's tooltip on every demo console. */
import { describe, it } from 'vitest';
import { expectDemoShowsEveryTour } from '../demo/run';

describe('npm run demo in Firefox ESR', () => {
  it('hovers a status on each demo console and saves its tooltip', () => expectDemoShowsEveryTour('firefox'), 180_000);
});
