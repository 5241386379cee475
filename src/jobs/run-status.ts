/**
 * The run status kept for /health, and when it is worth a KV write. A clean success after a clean
 * success writes nothing (the snapshot's `checkedAt` already says it), so an ordinary run costs
 * at most one KV write; a failure writes the status exactly once.
 */
import type { RunReport, RunStatus } from '../domain/types';

/** The status to store after `report`, or `null` when the stored one still tells the truth. */
export function nextStatus(previous: RunStatus | null, report: RunReport): RunStatus | null {
  if (report.outcome === 'skipped') return null;
  if (report.outcome === 'failed') {
    return {
      lastAttemptAt: report.startedAt,
      lastSuccessAt: previous?.lastSuccessAt ?? null,
      lastError: { message: report.error ?? 'unknown error', at: report.startedAt },
      consecutiveFailures: (previous?.consecutiveFailures ?? 0) + 1,
      lastRun: report,
      ...(report.retryAfterUntil ? { retryAfterUntil: report.retryAfterUntil } : {}),
    };
  }
  // After a failure, a warning or a Retry-After, the stored status is out of date until rewritten.
  const stale =
    previous !== null &&
    (previous.consecutiveFailures > 0 || previous.lastRun.warning !== undefined || previous.retryAfterUntil !== undefined);
  if (report.warning === undefined && !stale) return null;
  return {
    lastAttemptAt: report.startedAt,
    lastSuccessAt: report.startedAt,
    lastError: previous?.lastError ?? null,
    consecutiveFailures: 0,
    lastRun: report,
  };
}
