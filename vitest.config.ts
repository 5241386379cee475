import { cloudflareTest } from '@cloudflare/vitest-pool-workers';
import { defineConfig } from 'vitest/config';

// Two kinds of tests: pure modules in plain Node (`*.unit.test.ts`, and the feed-client checks),
// the whole worker inside workerd with real Miniflare KV (`*.integration.test.ts`).
export default defineConfig({
  test: {
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
              bindings: { SOURCE_URL: 'https://upstream.test/papers/trending', RETENTION_DAYS: '14' },
            },
          }),
        ],
        test: {
          name: 'worker',
          include: ['test/**/*.integration.test.ts'],
          testTimeout: 60_000,
        },
      },
    ],
  },
});
