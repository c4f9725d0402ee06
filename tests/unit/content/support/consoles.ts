import { entriesOf } from '../../../../catalog';
import { consoleById } from '../../../../catalog/consoles';
import { EntryIndex } from '../../../../catalog/entry-index';
import { type ConsoleModule, consoleModule } from '../../../../entrypoints/content/console-module';

/** A console's module, as the content script builds it once the page is recognised and the catalog came. */
export function moduleOf(id: string): ConsoleModule {
  const definition = consoleById(id);
  if (!definition) throw new Error(`no console ${id}`);
  return consoleModule(definition, new EntryIndex(entriesOf(id)));
}
