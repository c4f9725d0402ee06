import { consoleById } from '../../../../catalog/consoles';
import { type ConsoleModule, consoleModule } from '../../../../entrypoints/content/console-module';

/** A console's module, as the content script builds it once the page is recognised as that console. */
export function moduleOf(id: string): ConsoleModule {
  const definition = consoleById(id);
  if (!definition) throw new Error(`no console ${id}`);
  return consoleModule(definition);
}
