import type { ConsolePage } from '../components/page/types';
import type { ConsoleInfo } from './schema';

/**
 * One console, described once, in its folder under ./consoles/: `console.ts` says what it is (names, sections,
 * built-in hosts, query words) and how its pages look (`page.ts`), as this definition; `entries.ts` what its
 * statuses mean (its catalog entries, read by ../index.ts). Everything that lists consoles — the catalog, the
 * switches, the options page, the manifest's matches, search — is derived from the registry of the folders
 * (./consoles/index.ts).
 */
export interface ConsoleDefinition extends ConsoleInfo {
  /** How the console's pages look: recognition, which texts are its statuses, where their sections stand. */
  page: ConsolePage;
}

/** Describes a console (checked whole by the unit tests, catalog/validate.ts). */
export function defineConsole(definition: ConsoleDefinition): ConsoleDefinition {
  return definition;
}
