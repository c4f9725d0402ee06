import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

// Four projects, split by file suffix. Unit tests run in Node (jsdom where a file makes a page): `unit` without
// WXT's Vitest plugin, which loads WXT and its config and made the suite several times slower, and `unit-wxt`
// for the few files (`*.wxt.test.ts`) that use the extension's APIs — storage, runtime — through WXT's fake
// browser. `npm run test:unit` runs both. Then browser tests that drive Debian's Chromium with the built
// extension (Playwright), and the same extension's Firefox build in Debian's Firefox ESR (puppeteer-core over
// WebDriver BiDi).
export default defineConfig({
  test: {
    reporters: ['default', './tests/support/summary-reporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          exclude: ['tests/unit/**/*.wxt.test.{ts,tsx}'],
          environment: 'node',
          // The files share one module graph per worker (jsdom, zod and the catalog loaded once, not once a file):
          // a test that changes a global (fake timers, the DOM classes of its page) sets or restores it itself.
          pool: 'threads',
          isolate: false,
        },
      },
      {
        plugins: [WxtVitest()],
        // WXT's stand-in for `wxt/browser` takes its fake browser from `wxt/testing`, which also exports the plugin
        // and with it all of WXT and Vite, loaded into every test file: the fake browser alone is what it uses.
        resolve: { alias: [{ find: /^wxt\/testing$/, replacement: 'wxt/testing/fake-browser' }] },
        test: { name: 'unit-wxt', include: ['tests/unit/**/*.wxt.test.{ts,tsx}'], environment: 'node' },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/e2e/**/*.e2e.ts', 'tests/card/**/*.e2e.ts'],
          // Bundles tests/fixtures/apps/* (React, Lit, AG Grid, Bootstrap) with esbuild before the browser tests.
          globalSetup: ['tests/support/fixture-apps.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'firefox',
          include: ['tests/firefox/**/*.firefox.ts'],
          environment: 'node',
          // After the Chromium tests, not beside them: two browsers at once on two cores make hover timing flaky.
          sequence: { groupOrder: 1 },
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
