/**
 * Health judgement: from the run status and the snapshot to what /health says, list by list and
 * overall. Pure, so every state can be tested without KV or a clock.
 */
import type { ListName, ListStatus, RunStatus } from '../domain/types';
import type { IndexHead } from '../store';
import { listStatusOf } from './run-status';

/** `ok`: fresh. `failing`: fresh, but recent attempts failed. `stale`: too old. `empty`: no papers. */
export type HealthState = 'ok' | 'stale' | 'failing' | 'empty';

/** One followed list in the /health body. */
export interface ListHealth {
  status: Exclude<HealthState, 'empty'>;
  last_attempt_at: string | null;
  last_success_at: string | null;
  last_error: { message: string; at: string } | null;
  consecutive_failures: number;
  /** Papers the list's feeds (`source=…`) hold. */
  papers: number;
  retry_after_until?: string;
  warning?: string;
}

/** The /health body. Times are ISO 8601; ages are whole seconds. */
export interface HealthReport {
  /** The worst of the lists' states (`empty` before the first papers). */
  status: HealthState;
  last_attempt_at: string | null;
  /** When every followed list was last read successfully: the oldest of the lists' last successes. */
  last_success_at: string | null;
  last_error: { message: string; at: string } | null;
  consecutive_failures: number;
  papers: number;
  /** When the papers last changed. */
  snapshot_updated_at: string | null;
  /** Seconds since `last_success_at`. */
  snapshot_age_seconds: number | null;
  stale_after_minutes: number;
  retry_after_until?: string;
  warning?: string;
  /** Each followed list, trending first. */
  lists: Partial<Record<ListName, ListHealth>>;
}

/** What the health check needs of the stored papers: their times and how many each list holds. */
export interface HealthSnapshot {
  checkedAt: string;
  updatedAt: string;
  /** Papers kept, on any list. */
  papers: number;
  /** Papers each list's feeds hold: every paper seen on it and not yet aged out. */
  perList: Partial<Record<ListName, number>>;
}

/** The health check's view of a stored index head: its times and its papers per list. */
export function healthSnapshotOf(head: IndexHead): HealthSnapshot {
  const { counts } = head;
  return { checkedAt: head.checkedAt, updatedAt: head.updatedAt, papers: counts.any.papers, perList: { trending: counts.trending.papers, daily: counts.daily.papers } };
}

/** What the health check looks at. */
export interface HealthInput {
  status: RunStatus | null;
  snapshot: HealthSnapshot | null;
  now: number;
  staleAfterMinutes: number;
  /** The lists the configuration follows (default: trending only). */
  lists?: readonly ListName[];
}

const SEVERITY: Record<ListHealth['status'], number> = { ok: 0, failing: 1, stale: 2 };

/**
 * Judges health, list by list and overall. Successful runs that change nothing write nothing to
 * KV, so a list's last success is the later of its status record and the snapshot's `checkedAt`
 * (rewritten at least hourly) — except while the list is failing, when the snapshot speaks only
 * for the other list.
 */
export function assessHealth({ status, snapshot, now, staleAfterMinutes, lists = ['trending'] }: HealthInput): HealthReport {
  const checkedAt = snapshot?.checkedAt ?? null;
  const perList: Partial<Record<ListName, ListHealth>> = {};
  for (const list of lists) perList[list] = assessList(listStatusOf(status, list), list, snapshot, now, staleAfterMinutes);
  const parts = Object.values(perList);
  const successes = parts.map((part) => part.last_success_at);
  const lastSuccess = successes.includes(null) ? null : successes.reduce<string | null>((min, at) => (min === null || (at ?? '') < min ? at : min), null);
  const age = ageSeconds(lastSuccess, now);
  // A run can fail after reading every list (KV, say): that is the run's failure, not a list's.
  const runFailing = (status?.consecutiveFailures ?? 0) > 0 && (lastSuccess === null || (status?.lastAttemptAt ?? '') > lastSuccess);
  const worst = parts.reduce<ListHealth['status']>((state, part) => (SEVERITY[part.status] > SEVERITY[state] ? part.status : state), 'ok');
  const state: HealthState = !snapshot || snapshot.papers === 0 ? 'empty' : worst === 'ok' && runFailing ? 'failing' : worst;
  const failures = Math.max(runFailing ? (status?.consecutiveFailures ?? 0) : 0, ...parts.map((part) => part.consecutive_failures));
  const retryAfter = status?.retryAfterUntil && Date.parse(status.retryAfterUntil) > now ? status.retryAfterUntil : undefined;
  const warning = failures > 0 ? undefined : status?.lastRun.warning;
  return {
    status: state,
    last_attempt_at: latest(status?.lastAttemptAt ?? null, checkedAt),
    last_success_at: lastSuccess,
    last_error: status?.lastError ?? null,
    consecutive_failures: failures,
    papers: snapshot?.papers ?? 0,
    snapshot_updated_at: snapshot?.updatedAt ?? null,
    snapshot_age_seconds: age,
    stale_after_minutes: staleAfterMinutes,
    ...(retryAfter ? { retry_after_until: retryAfter } : {}),
    ...(warning ? { warning } : {}),
    lists: perList,
  };
}

function assessList(status: ListStatus | undefined, list: ListName, snapshot: HealthSnapshot | null, now: number, staleAfterMinutes: number): ListHealth {
  const checkedAt = snapshot?.checkedAt ?? null;
  const failing = (status?.consecutiveFailures ?? 0) > 0;
  const lastSuccess = latest(status?.lastSuccessAt ?? null, !failing || vouches(checkedAt, status) ? checkedAt : null);
  const age = ageSeconds(lastSuccess, now);
  const stillFailing = failing && (lastSuccess === null || (status?.lastAttemptAt ?? '') > lastSuccess);
  const retryAfter = status?.retryAfterUntil && Date.parse(status.retryAfterUntil) > now ? status.retryAfterUntil : undefined;
  return {
    status: age === null || age > staleAfterMinutes * 60 ? 'stale' : stillFailing ? 'failing' : 'ok',
    last_attempt_at: latest(status?.lastAttemptAt ?? null, checkedAt),
    last_success_at: lastSuccess,
    last_error: status?.lastError ?? null,
    consecutive_failures: stillFailing ? (status?.consecutiveFailures ?? 0) : 0,
    papers: snapshot?.perList[list] ?? 0,
    ...(retryAfter ? { retry_after_until: retryAfter } : {}),
    ...(!stillFailing && status?.warning ? { warning: status.warning } : {}),
  };
}

// Whether the snapshot's `checkedAt` was a success of a list that is failing: only when a run
// wrote it after the list's last failed attempt and did read the list (every failure writes the
// status, so that run succeeded; a list waiting out a Retry-After is not read). The successes
// before the failures are in the list's own `lastSuccessAt`.
function vouches(checkedAt: string | null, status: ListStatus | undefined): boolean {
  if (checkedAt === null || status === undefined) return false;
  return checkedAt > status.lastAttemptAt && (status.retryAfterUntil === undefined || checkedAt >= status.retryAfterUntil);
}

function ageSeconds(at: string | null, now: number): number | null {
  return at === null ? null : Math.max(0, Math.floor((now - Date.parse(at)) / 1000));
}

/** HTTP status for a health state: only a missing or too old snapshot is an outage. */
export function healthHttpStatus(state: HealthState): 200 | 503 {
  return state === 'empty' || state === 'stale' ? 503 : 200;
}

function latest(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a > b ? a : b;
}
