import type { ConsoleDefinition } from '../define';

/**
 * Every console Status Lens knows: each folder here that has a `console.ts` (its `defineConsole(...)` as the
 * default export). A fourth console is a fourth folder; nothing else lists them.
 */
const modules = import.meta.glob<ConsoleDefinition>('./*/console.ts', { eager: true, import: 'default' });

/** The consoles, by id: the order every list of them follows. */
export const CONSOLES: readonly ConsoleDefinition[] = Object.values(modules).sort((a, b) => a.id.localeCompare(b.id));

/** A console's definition by id; undefined for an id no folder defines. */
export function consoleById(id: string): ConsoleDefinition | undefined {
  return CONSOLES.find((c) => c.id === id);
}
