import type { ConsolePage } from '../components/page/types';
import type { ConsoleInfo, EntryInput } from './schema';

/**
 * One console, described once: what it is (names, sections, built-in hosts, query words), what its statuses
 * mean (its catalog entries) and how its pages look. Each console's folder under ./consoles/ exports one as its
 * default; everything that lists consoles — the catalog, the switches, the options page, the manifest's
 * matches, search — is derived from the registry of them (./consoles/index.ts).
 */
export interface ConsoleDefinition extends ConsoleInfo {
  /** The console's catalog entries, made when first asked: a page is one console, the others are never built. */
  entries(): EntryInput[];
  /** How the console's pages look: recognition, which texts are its statuses, where their sections stand. */
  page: ConsolePage;
}

/** Describes a console (checked whole by the unit tests, catalog/validate.ts). */
export function defineConsole(definition: ConsoleDefinition): ConsoleDefinition {
  return definition;
}
