/**
 * The run status kept for /health, and when it is worth a KV write. A clean success after a clean
 * success writes nothing (the snapshot's `checkedAt` already says it), so an ordinary run costs
 * at most one KV write however many lists it reads; a failure writes the status exactly once.
 */
import type { ListName, ListRunReport, ListStatus, RunReport, RunStatus } from '../domain/types';

/**
 * The stored history of `list`. A status written before lists were recorded holds the trending
 * page's history in its own fields.
 */
export function listStatusOf(status: RunStatus | null, list: ListName): ListStatus | undefined {
  if (!status) return undefined;
  if (status.lists) return status.lists[list];
  if (list !== 'trending') return undefined;
  return {
    lastAttemptAt: status.lastAttemptAt,
    lastSuccessAt: status.lastSuccessAt,
    lastError: status.lastError,
    consecutiveFailures: status.consecutiveFailures,
    ...(status.retryAfterUntil ? { retryAfterUntil: status.retryAfterUntil } : {}),
  };
}

/**
 * The status to store after `report`, or `null` when the stored one still tells the truth.
 * `confirmedAt` is the stored snapshot's `checkedAt` as the run found it, when it read it: a list
 * healthy until now was read successfully then, though no status write said so.
 */
export function nextStatus(previous: RunStatus | null, report: RunReport, confirmedAt?: string): RunStatus | null {
  if (report.outcome === 'skipped') return null;
  const lists = nextLists(previous, report, confirmedAt);
  if (report.outcome === 'failed') {
    return {
      lastAttemptAt: report.startedAt,
      lastSuccessAt: previous?.lastSuccessAt ?? null,
      lastError: { message: report.error ?? 'unknown error', at: report.startedAt },
      consecutiveFailures: (previous?.consecutiveFailures ?? 0) + 1,
      lastRun: report,
      ...(report.retryAfterUntil ? { retryAfterUntil: report.retryAfterUntil } : {}),
      ...(lists ? { lists } : {}),
    };
  }
  // After a failure, a warning or a Retry-After (of the run, or of a list read fine this run), the
  // stored status is out of date until rewritten. A list still waiting out its Retry-After is not:
  // its record stays as it is, and rewriting it every run would waste KV writes for hours.
  const recovered = Object.entries(report.lists ?? {}).some(([list, part]) => part.outcome === 'ok' && troubled(listStatusOf(previous, list as ListName)));
  const stale =
    previous !== null &&
    (previous.consecutiveFailures > 0 ||
      previous.lastRun.warning !== undefined ||
      previous.lastRun.error !== undefined ||
      previous.retryAfterUntil !== undefined ||
      recovered);
  if (report.warning === undefined && report.error === undefined && !stale) return null;
  return {
    lastAttemptAt: report.startedAt,
    lastSuccessAt: report.startedAt,
    // A list that failed while the run stored the other is the latest failure.
    lastError: report.error ? { message: report.error, at: report.startedAt } : (previous?.lastError ?? null),
    consecutiveFailures: 0,
    lastRun: report,
    ...(report.retryAfterUntil ? { retryAfterUntil: report.retryAfterUntil } : {}),
    ...(lists ? { lists } : {}),
  };
}

function troubled(status: ListStatus | undefined): boolean {
  return status !== undefined && (status.consecutiveFailures > 0 || status.warning !== undefined || status.retryAfterUntil !== undefined);
}

// Each list read this run gets its history moved on; a skipped list keeps its own, and so does a
// list that was read in a run that then failed to store it (that failure is the run's).
function nextLists(previous: RunStatus | null, report: RunReport, confirmedAt: string | undefined): RunStatus['lists'] {
  if (!report.lists) return previous?.lists;
  const lists: Partial<Record<ListName, ListStatus>> = {};
  for (const [list, part] of Object.entries(report.lists) as [ListName, ListRunReport][]) {
    const before = listStatusOf(previous, list);
    const next = part.outcome === 'ok' && report.outcome === 'failed' ? before : nextList(before, part, report.startedAt, confirmedAt);
    if (next) lists[list] = next;
  }
  return lists;
}

function nextList(before: ListStatus | undefined, part: ListRunReport, at: string, confirmedAt: string | undefined): ListStatus | undefined {
  if (part.outcome === 'skipped') return before;
  if (part.outcome === 'failed') {
    const healthy = (before?.consecutiveFailures ?? 0) === 0;
    const known = before?.lastSuccessAt ?? null;
    return {
      lastAttemptAt: at,
      lastSuccessAt: healthy && confirmedAt !== undefined && (known === null || confirmedAt > known) ? confirmedAt : known,
      lastError: { message: part.error ?? 'unknown error', at },
      consecutiveFailures: (before?.consecutiveFailures ?? 0) + 1,
      ...(part.retryAfterUntil ? { retryAfterUntil: part.retryAfterUntil } : {}),
    };
  }
  return {
    lastAttemptAt: at,
    lastSuccessAt: at,
    lastError: before?.lastError ?? null,
    consecutiveFailures: 0,
    ...(part.warning ? { warning: part.warning } : {}),
  };
}
