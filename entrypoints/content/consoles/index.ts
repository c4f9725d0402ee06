import { dpod } from './dpod';
import { dropsuite } from './dropsuite';
import { mxhero } from './mxhero';
import type { ConsoleModule } from './types';

/** Every console Status Lens knows, tried in this order. A fourth console is one more module here. */
export const CONSOLES: readonly ConsoleModule[] = [dropsuite, dpod, mxhero];

export function consoleOf(product: string): ConsoleModule | undefined {
  return CONSOLES.find((c) => c.product === product);
}

export type { CodeMatcher, ConsoleModule, LabelKind } from './types';
