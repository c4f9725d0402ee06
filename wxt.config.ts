import { defineConfig } from 'wxt';
import { COMPILE_HINT, CONTENT_LOADER_FILE, CONTENT_MODULE_FILE } from './components/content/files';
import { NOT_ACTIVE_TITLE } from './components/toolbar-titles';

// Pages served on loopback by the tests and the demo. Only the e2e build may run there:
// a production build reaches localhost only when the user adds it as a host.
const LOOPBACK = ['http://localhost/*', 'http://127.0.0.1/*'];
// Hosts the options tests add as consoles ("http://dpod.localhost:PORT"; Chromium resolves *.localhost to
// loopback). Granted at install, but NOT in the content scripts' matches: permissions.request for such a
// host resolves without a prompt (which Playwright cannot click) and the run-time registration does the rest.
// Being required, this grant cannot be given back: the tests check unregistration, not the permission.
const E2E_GRANTED_HOSTS = ['http://*.localhost/*'];
// A fixed public key gives the unpacked e2e build a fixed extension id, which a managed policy file must name
// (tests/e2e/policy.e2e.ts). Test use only: its private key was thrown away; production builds carry no key.
export const E2E_MANIFEST_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAuBwCjQbhcYb2QWC7mezsG5QZcK3pd27StkequXOU6UxRHzjMMTjR5EiZrOyAqGM9DdqZzrHuObzwy/PYV4HqjbUH9jDin5U85CSekqbWTImxdPLnLoycPGnZ/2yorCMxB3tlzILDZLuINxYtv5Q4Kmg7VeK21k6ATYe1C+jwJM3ULR2GVcKIZJ4sT3dVG3gNS+BOkRZPEQrY74MIp5cz9I0fxLRBSZuf9L5frKi/xgnQsmJLKxpm5KHaLvQHyQWren/FOPYshUVOkd41Rendy7c9jbuDJ2iPnur6parbjHtA+LmJ7sXmpzlDRscsSHbKSRAe+IZ2shyN0SrQGsCdnwIDAQAB';

/**
 * WXT's content-script wrapper makes its context (whose constructor posts a message to stop older instances)
 * while the bundle's top-level function is still on the stack. With an inspector attached (DevTools open, or any
 * automation) the browser captures the stack of every postMessage, and V8 parses that whole function again for
 * its source positions: about 9 ms of a 15 ms start-up on the bench. One `await` first starts the context from a
 * microtask of the same task instead, where the stack is only the wrapper. Nothing else changes: the script still
 * starts before the task ends.
 */
function startOutsideTopLevel() {
  const START = 'const result = (async () => {\n  try {';
  return {
    name: 'status-lens:start-outside-top-level',
    enforce: 'pre' as const,
    transform(code: string, id: string) {
      if (!id.includes('virtual:wxt-content-script-isolated-world-entrypoint')) return null;
      // A WXT whose wrapper reads otherwise fails the build here rather than silently losing the change.
      if (!code.includes(START)) throw new Error(`WXT's content-script wrapper changed: ${id}`);
      return code.replace(START, 'const result = (async () => {\n  await null;\n  try {');
    },
  };
}

/**
 * Asks V8 to compile every function of the content script as it streams in (a V8 compile hint). The module is
 * compiled off the main thread, and from a code cache on later visits; without the hint the functions first
 * called by the load job (most of them) were compiled lazily on the page's main thread, on every load.
 * Added after minifying, which would drop the comment; it must be the file's first line.
 */
function compileContentEagerly() {
  return {
    name: 'status-lens:compile-content-eagerly',
    generateBundle(_options: unknown, bundle: Record<string, { type: string; fileName: string; code?: string }>) {
      const chunk = bundle[CONTENT_MODULE_FILE];
      if (chunk?.type === 'chunk' && chunk.code !== undefined) chunk.code = `${COMPILE_HINT}\n${chunk.code}`;
    },
  };
}

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
  vite: () => ({ plugins: [startOutsideTopLevel(), compileContentEagerly()] }),
  // Manifest V3 for Firefox too (WXT's default there is MV2): one manifest shape for both stores, and
  // MV2 has no optional_host_permissions, which the runtime-added console hosts rely on.
  manifestVersion: 3,
  zip: {
    // The Firefox sources package holds what a reviewer needs to rebuild: no tests, no artifacts.
    excludeSources: ['tests/**', 'test-results/**', 'coverage/**', 'stats.html', '**/*.log', 'vitest.config.ts'],
  },
  manifest: ({ browser }) => ({
    name: 'Status Lens',
    description:
      'Explains Dropsuite, IBM DPOD and mxHERO Mail2Cloud statuses where they appear: meaning, cause, fix and what support asks for.',
    // activeTab: the popup, opened from the toolbar, may read the tab's address to offer "Use Status Lens here";
    // it adds nothing to what the browser asks at install.
    permissions: ['storage', 'scripting', 'activeTab'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // The content script, which the loader imports on any console host, the user's included. Chrome serves it only
    // behind a URL that changes each session, so no page can probe for the extension; Firefox's extension URLs
    // are random per install already, and it does not know use_dynamic_url.
    web_accessible_resources: [
      {
        resources: [CONTENT_MODULE_FILE],
        matches: ['<all_urls>'],
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    // Keys that neither browser nor the consoles use; each can be changed in the browser's shortcut settings.
    commands: {
      'next-status': {
        suggested_key: { default: 'Alt+Shift+Period' },
        description: 'Go to the next status on the page',
      },
      'previous-status': {
        suggested_key: { default: 'Alt+Shift+Comma' },
        description: 'Go to the previous status on the page',
      },
      'next-failure': { suggested_key: { default: 'Alt+Shift+E' }, description: 'Go to the next failure on the page' },
    },
    ...(browser === 'firefox'
      ? {
          // Firefox reads policy from policies.json ("3rdparty") without a declared schema; the extension checks it.
          browser_specific_settings: {
            gecko: {
              id: 'status-lens@example.org',
              // data_collection_permissions needs Firefox 140 (an ESR) and Firefox for Android 142.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {
          // What an administrator may preset through enterprise policy (README, "For administrators").
          storage: { managed_schema: 'managed-schema.json' },
        }),
  }),
  hooks: {
    'build:manifestGenerated': (wxt, manifest) => {
      // Until a tab's frames report, Status Lens does not run there (the background titles each tab it runs in).
      // Set here: WXT takes the default title from the popup page's <title> otherwise.
      if (manifest.action) manifest.action.default_title = NOT_ACTIVE_TITLE;
      // The manifest injects the loader, which imports the content script as a module (components/content/files.ts).
      for (const script of manifest.content_scripts ?? []) {
        script.js = script.js?.map((file) => (file === CONTENT_MODULE_FILE ? CONTENT_LOADER_FILE : file));
      }
      if (wxt.config.mode !== 'e2e') return;
      for (const script of manifest.content_scripts ?? []) {
        script.matches = [...(script.matches ?? []), ...LOOPBACK];
      }
      manifest.host_permissions = [...(manifest.host_permissions ?? []), ...LOOPBACK, ...E2E_GRANTED_HOSTS];
      if (wxt.config.browser !== 'firefox') manifest.key = E2E_MANIFEST_KEY;
    },
  },
});
