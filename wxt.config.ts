import { defineConfig } from 'wxt';
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

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
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
      'Explains the statuses of email backup and integration consoles where they appear: meaning, next step, and the ID support asks for.',
    // activeTab: the popup, opened from the toolbar, may read the tab's address to offer "Use Status Lens here";
    // it adds nothing to what the browser asks at install.
    permissions: ['storage', 'scripting', 'activeTab'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
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
      if (wxt.config.mode !== 'e2e') return;
      for (const script of manifest.content_scripts ?? []) {
        script.matches = [...(script.matches ?? []), ...LOOPBACK];
      }
      manifest.host_permissions = [...(manifest.host_permissions ?? []), ...LOOPBACK, ...E2E_GRANTED_HOSTS];
      if (wxt.config.browser !== 'firefox') manifest.key = E2E_MANIFEST_KEY;
    },
  },
});
