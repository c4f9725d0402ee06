import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

// Two projects, split by file suffix: fast unit tests in Node (jsdom where a file asks for it),
// and browser tests that drive Debian's Chromium with the built extension.
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
          include: ['tests/e2e/**/*.e2e.ts'],
          // Bundles tests/fixtures/apps/* (React, Lit, AG Grid, Bootstrap) with esbuild before the browser tests.
          globalSetup: ['tests/support/fixture-apps.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
