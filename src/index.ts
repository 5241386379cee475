/**
 * The worker: `fetch` only reads and renders; `scheduled` only refreshes the snapshot.
 */
import { readConfig, type Env } from './env';
import { app } from './http/app';
import { refresh } from './jobs/refresh';
import { kvStore } from './store';

export default {
  fetch: app.fetch,
  scheduled(_controller, env, ctx) {
    ctx.waitUntil(refresh({ store: kvStore(env.PAPERS), config: readConfig(env) }));
  },
} satisfies ExportedHandler<Env>;
