/**
 * `GET /health`: whether the feeds are fresh, for uptime monitors. 200 while the snapshot was
 * confirmed by a scrape within the stale threshold (even if the very last attempt failed: the
 * feeds are still good), 503 when there is no snapshot or the last success is too old.
 */
import { Hono } from 'hono';
import type { RunStatus } from '../../domain/types';
import { checkConfig } from '../../check-config';
import { ConfigError, CRON_INTERVAL_MINUTES, type Env } from '../../env';
import { kvStore, readIndexCached, StoreUnavailableError } from '../../store';

/** `ok`: fresh. `failing`: fresh, but recent attempts failed. `stale`: too old. `empty`: no papers. */
export type HealthState = 'ok' | 'stale' | 'failing' | 'empty';

/** The /health body. Times are ISO 8601; ages are whole seconds. */
export interface HealthReport {
  status: HealthState;
  last_attempt_at: string | null;
  last_success_at: string | null;
  last_error: { message: string; at: string } | null;
  consecutive_failures: number;
  papers: number;
  /** When the papers last changed. */
  snapshot_updated_at: string | null;
  /** Seconds since a scrape last confirmed the snapshot. */
  snapshot_age_seconds: number | null;
  stale_after_minutes: number;
  retry_after_until?: string;
  warning?: string;
}

/** What the health check needs of the stored papers. */
export interface HealthSnapshot {
  checkedAt: string;
  updatedAt: string;
  papers: number;
}

/** What the health check looks at. */
export interface HealthInput {
  status: RunStatus | null;
  snapshot: HealthSnapshot | null;
  now: number;
  staleAfterMinutes: number;
}

/**
 * Judges health. Successful runs that change nothing write nothing to KV, so the last success is
 * the later of the status record and the snapshot's `checkedAt` (rewritten at least hourly).
 */
export function assessHealth({ status, snapshot, now, staleAfterMinutes }: HealthInput): HealthReport {
  const lastSuccess = latest(status?.lastSuccessAt ?? null, snapshot?.checkedAt ?? null);
  const lastAttempt = latest(status?.lastAttemptAt ?? null, snapshot?.checkedAt ?? null);
  const age = lastSuccess === null ? null : Math.max(0, Math.floor((now - Date.parse(lastSuccess)) / 1000));
  const failing = (status?.consecutiveFailures ?? 0) > 0 && (lastSuccess === null || (status?.lastAttemptAt ?? '') > lastSuccess);
  const state: HealthState =
    !snapshot || snapshot.papers === 0 ? 'empty' : age === null || age > staleAfterMinutes * 60 ? 'stale' : failing ? 'failing' : 'ok';
  const retryAfter = status?.retryAfterUntil && Date.parse(status.retryAfterUntil) > now ? status.retryAfterUntil : undefined;
  const warning = failing ? undefined : status?.lastRun.warning;
  return {
    status: state,
    last_attempt_at: lastAttempt,
    last_success_at: lastSuccess,
    last_error: status?.lastError ?? null,
    consecutive_failures: failing ? (status?.consecutiveFailures ?? 0) : 0,
    papers: snapshot?.papers ?? 0,
    snapshot_updated_at: snapshot?.updatedAt ?? null,
    snapshot_age_seconds: age,
    stale_after_minutes: staleAfterMinutes,
    ...(retryAfter ? { retry_after_until: retryAfter } : {}),
    ...(warning ? { warning } : {}),
  };
}

/** HTTP status for a health state: only a missing or too old snapshot is an outage. */
export function healthHttpStatus(state: HealthState): 200 | 503 {
  return state === 'empty' || state === 'stale' ? 503 : 200;
}

const DEFAULT_STALE_AFTER_MINUTES = 3 * CRON_INTERVAL_MINUTES;

/** The `/health` route. */
export const healthRoutes = new Hono<{ Bindings: Env }>();

healthRoutes.get('/health', async (c) => {
  const now = Date.now();
  const headers = { 'cache-control': 'no-store' };
  let staleAfterMinutes = DEFAULT_STALE_AFTER_MINUTES;
  try {
    staleAfterMinutes = checkConfig(c.env).staleAfterMinutes;
    const [status, index] = await Promise.all([kvStore(c.env.PAPERS).readStatus(), readIndexCached(c.env.PAPERS, now)]);
    const snapshot = index && { checkedAt: index.head.checkedAt, updatedAt: index.head.updatedAt, papers: index.head.counts.any.papers };
    const report = assessHealth({ status, snapshot, now, staleAfterMinutes });
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

function latest(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a > b ? a : b;
}
