import { cloudflareTest } from '@cloudflare/vitest-pool-workers';
import { defineConfig } from 'vitest/config';

// Four kinds of tests: pure modules in plain Node (`*.unit.test.ts`, and the feed-client checks),
// the whole worker inside workerd with real Miniflare KV (`*.integration.test.ts`), pages in
// headless Chromium served by the real worker under `wrangler dev` (`*.browser.test.ts`), and the
// dev scripts as a user runs them (`*.dev.test.ts`).
export default defineConfig({
  test: {
    // Suites needing a program this machine lacks skip (outside CI); the last reporter says which.
    reporters: ['default', './test/support/missing-programs-reporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/**/*.unit.test.ts', 'test/**/*.clients.test.ts'],
          testTimeout: 60_000,
        },
      },
      {
        plugins: [
          cloudflareTest({
            wrangler: { configPath: './wrangler.toml' },
            miniflare: {
              // The daily list is off unless a test turns it on: most tests serve one page to every
              // fetch, and mean the trending page by it.
              bindings: { SOURCE_URL: 'https://upstream.test/papers/trending', DAILY_URL: '', RETENTION_DAYS: '14' },
            },
          }),
        ],
        test: {
          name: 'worker',
          include: ['test/**/*.integration.test.ts'],
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'browser',
          environment: 'node',
          include: ['test/**/*.browser.test.ts'],
          globalSetup: ['test/browser/global-setup.ts'],
          // One worker and one Chromium at a time: they share two cores with everything else.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'dev',
          environment: 'node',
          include: ['test/**/*.dev.test.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
