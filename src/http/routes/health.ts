/**
 * `GET /health`: whether the feeds are fresh, for uptime monitors. 200 while the snapshot was
 * confirmed by a scrape within the stale threshold (even if the very last attempt failed: the
 * feeds are still good), 503 when there is no snapshot or the last success is too old. The
 * judgement itself is in jobs/health.ts.
 */
import { Hono } from 'hono';
import { checkConfig } from '../../check-config';
import { ConfigError, CRON_INTERVAL_MINUTES, followedLists, type Env } from '../../env';
import { assessHealth, healthHttpStatus, healthSnapshotOf } from '../../jobs/health';
import { kvStore, readIndexCached, StoreUnavailableError } from '../../store';

const DEFAULT_STALE_AFTER_MINUTES = 3 * CRON_INTERVAL_MINUTES;

/** The `/health` route. */
export const healthRoutes = new Hono<{ Bindings: Env }>();

healthRoutes.get('/health', async (c) => {
  const now = Date.now();
  const headers = { 'cache-control': 'no-store' };
  let staleAfterMinutes = DEFAULT_STALE_AFTER_MINUTES;
  try {
    const config = checkConfig(c.env);
    staleAfterMinutes = config.staleAfterMinutes;
    const lists = followedLists(config).map((source) => source.list);
    const [status, index] = await Promise.all([kvStore(c.env.PAPERS).readStatus(), readIndexCached(c.env.PAPERS, now)]);
    const snapshot = index && healthSnapshotOf(index.head);
    const report = assessHealth({ status, snapshot, now, staleAfterMinutes, lists });
    return c.json(report, healthHttpStatus(report.status), headers);
  } catch (error) {
    // A bad var or unreadable KV: the feeds cannot be vouched for, so say why instead of guessing.
    const message =
      error instanceof ConfigError
        ? `${error.name}: ${error.message}`
        : error instanceof StoreUnavailableError
          ? error.message
          : `reading the run status from KV failed: ${String(error)}`;
    const report = assessHealth({ status: null, snapshot: null, now, staleAfterMinutes });
    return c.json({ ...report, status: 'failing', last_error: { message: message.slice(0, 500), at: new Date(now).toISOString() } }, 503, headers);
  }
});
