/**
 * Recognise: which console this document is. A host the user (or the organisation's policy) declared as a
 * console is that console, whatever the page shows — recognition may confirm it, never veto it; elsewhere
 * each console module judges the page itself.
 */

import { CONSOLES, consoleById } from '../../../catalog/consoles';
import type { ConsoleDefinition } from '../../../catalog/define';
import type { ProductId } from '../../../catalog/schema';
import { PageSigns } from '../../../components/page/signs';
import type { DeclaredHost } from '../../../components/settings/content';
import { hostEntryForUrl } from '../../../components/settings/host-match';
import type { ProductSwitches } from '../../../components/settings/schema';
import { safely } from '../safely';

export function recognise(
  doc: Document,
  switches: ProductSwitches,
  declared: ProductId | null,
): ConsoleDefinition | null {
  if (declared) return switches[declared] !== false ? (consoleById(declared) ?? null) : null;
  const on = CONSOLES.filter((c) => switches[c.id] !== false);
  // A title that names a product settles it before any console searches the page (a long log, a big table).
  const signs = new PageSigns(doc);
  const title = signs.title;
  return (
    on.find((c) => c.page.named?.test(title)) ?? on.find((c) => safely(() => c.page.recognise(signs), false)) ?? null
  );
}

/** Whether the page is still the console recognised on it (the same route, re-rendered). */
export function confirms(definition: ConsoleDefinition, doc: Document): boolean {
  return safely(() => definition.page.recognise(new PageSigns(doc)), false);
}

/** The console a URL's host was declared as: by the most specific declared pattern that matches it (host-match.ts). */
export function declaredConsole(hosts: readonly DeclaredHost[], url: string): ProductId | null {
  return hostEntryForUrl(url, hosts)?.product ?? null;
}
