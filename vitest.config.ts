import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

// Three projects, split by file suffix: fast unit tests in Node (jsdom where a file asks for it),
// browser tests that drive Debian's Chromium with the built extension (Playwright), and the same
// extension's Firefox build in Debian's Firefox ESR (puppeteer-core over WebDriver BiDi).
export default defineConfig({
  test: {
    reporters: ['default', './tests/support/summary-reporter.ts'],
    projects: [
      {
        plugins: [WxtVitest()],
        test: { name: 'unit', include: ['tests/unit/**/*.test.{ts,tsx}'], environment: 'node' },
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
