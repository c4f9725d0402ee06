/**
 * The content script's two files. The browser injects a small loader (entrypoints/content-loader.ts), which imports
 * the content script WXT builds from entrypoints/content/index.ts as a module: a module is compiled off the main
 * thread as it streams in, and from a code cache on later visits, where an injected script is compiled on the
 * page's main thread on every load.
 */

/** What the manifest and the run-time registrations inject. */
export const CONTENT_LOADER_FILE = 'content-loader.js';
/** What the loader imports; web-accessible, behind a URL that changes each session (`use_dynamic_url`). */
export const CONTENT_MODULE_FILE = 'content-scripts/content.js';
/** The module's first line: a V8 compile hint to compile all of it as it streams in (see wxt.config.ts). */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';
