/**
 * The worker: `fetch` only reads and renders; `scheduled` only refreshes the snapshot.
 */
import type { Env } from './env';
import { app } from './http/app';
import { primeOnce } from './http/prime';
import { refreshFromEnv } from './jobs/refresh';

// While the isolate starts, outside any request's CPU time (see http/prime.ts).
void primeOnce(app);

export default {
  fetch: app.fetch,
  // Everything, reading the configuration included, happens inside the run, which records its
  // own failures: a bad var shows up in /health instead of as an uncaught exception.
  scheduled(_controller, env, ctx) {
    ctx.waitUntil(refreshFromEnv(env, 'cron'));
  },
} satisfies ExportedHandler<Env>;
