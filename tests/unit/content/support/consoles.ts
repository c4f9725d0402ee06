import { entriesOf } from '../../../../catalog';
import { consoleById } from '../../../../catalog/consoles';
import { EntryIndex } from '../../../../catalog/entry-index';
import { PRODUCT_IDS } from '../../../../catalog/enums';
import type { ProductSwitches } from '../../../../components/settings/schema';
import { type ConsoleModule, consoleModule } from '../../../../entrypoints/content/console-module';

/** A console's module, as the content script builds it once the page is recognised and the catalog came. */
export function moduleOf(id: string): ConsoleModule {
  const definition = consoleById(id);
  if (!definition) throw new Error(`no console ${id}`);
  return consoleModule(definition, new EntryIndex(entriesOf(id)));
}

/** Every console switched on, as on a fresh install: each console the registry holds. */
export const ALL_ON: Readonly<ProductSwitches> = Object.fromEntries(PRODUCT_IDS.map((id) => [id, true]));
