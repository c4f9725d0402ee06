import type { ConsoleDefinition } from '../define';

/**
 * Every console Status Lens knows: each folder here that has a `console.ts` (its `defineConsole(...)` as the
 * default export). A fourth console is a fourth folder; nothing else lists them.
 */
const modules = import.meta.glob<ConsoleDefinition>('./*/console.ts', { eager: true, import: 'default' });

/**
 * The consoles, by id: the order every list of them follows. Ids are lower-case ASCII, so code-unit order is theirs;
 * `localeCompare` would load the ICU collator as the content script starts, about 10 ms on every page it runs in.
 */
export const CONSOLES: readonly ConsoleDefinition[] = Object.values(modules).sort((a, b) =>
  a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
);

/** A console's definition by id; undefined for an id no folder defines. */
export function consoleById(id: string): ConsoleDefinition | undefined {
  return CONSOLES.find((c) => c.id === id);
}
