/**
 * Recognise: which console this document is. A host the user (or the organisation's policy) declared as a
 * console is that console, whatever the page shows — recognition may confirm it, never veto it; elsewhere
 * each console module judges the page itself.
 */

import { CONSOLES, consoleById } from '../../../catalog/consoles';
import type { ProductId } from '../../../catalog/schema';
import { PageSigns } from '../../../components/page/signs';
import type { DeclaredHost } from '../../../components/settings/content';
import { hostEntryForUrl } from '../../../components/settings/host-match';
import type { ProductSwitches } from '../../../components/settings/schema';
import { type ConsoleModule, consoleModule } from '../console-module';
import { safely } from '../safely';

export function recognise(doc: Document, switches: ProductSwitches, declared: ProductId | null): ConsoleModule | null {
  if (declared) {
    const definition = switches[declared] !== false ? consoleById(declared) : undefined;
    return definition ? consoleModule(definition) : null;
  }
  const on = CONSOLES.filter((c) => switches[c.id] !== false).map(consoleModule);
  // A title that names a product settles it before any console searches the page (a long log, a big table).
  const signs = new PageSigns(doc);
  const title = signs.title;
  return on.find((c) => c.named?.test(title)) ?? on.find((c) => safely(() => c.recognise(signs), false)) ?? null;
}

/** Whether the page is still the console recognised on it (the same route, re-rendered). */
export function confirms(module: ConsoleModule, doc: Document): boolean {
  return safely(() => module.recognise(new PageSigns(doc)), false);
}

/** The console a URL's host was declared as: by the most specific declared pattern that matches it (host-match.ts). */
export function declaredConsole(hosts: readonly DeclaredHost[], url: string): ProductId | null {
  return hostEntryForUrl(url, hosts)?.product ?? null;
}
