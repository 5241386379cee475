/**
 * One scrape run: fetch → parse → normalize → merge → store. Whatever fails (configuration,
 * upstream, parser, KV), the last good snapshot stays as it was; the failure is logged and
 * recorded in the run status, and the run resolves with its report: it never throws.
 */
import type { RunReport, RunStatus, RunTrigger, Snapshot } from '../domain/types';
import { checkConfig } from '../check-config';
import type { Config, Env } from '../env';
import { fetchPageWithRetry, UpstreamError, type RetryPolicy } from '../scrape/fetch-page';
import { scrapePage } from '../scrape/scrape-page';
import { mergeSnapshot, type MergeResult } from '../snapshot/merge';
import { kvStore, type PaperStore } from '../store';
import { unionSnapshots } from './reconcile';
import { nextStatus } from './run-status';

/** What a run needs from the outside world. */
export interface RefreshDeps {
  store: PaperStore;
  /** The configuration, or how to read it: a bad var then fails the run instead of the caller. */
  config: Config | (() => Config);
  fetcher?: typeof fetch;
  /** Clock, injectable for tests. */
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  retry?: RetryPolicy;
  trigger?: RunTrigger;
}

// Without a content change, rewrite the snapshot at most this often, so /health can tell a quiet
// upstream from a dead cron. Must stay below the stale threshold (default 90 minutes).
const HEARTBEAT_MS = 60 * 60_000;
// However long upstream asks us to stay away, a bad header must not silence the feeds for days.
const MAX_RETRY_AFTER_MS = 6 * 3_600_000;

/** Runs one scrape against the worker's own bindings (cron and admin refresh). */
export function refreshFromEnv(env: Env, trigger: RunTrigger): Promise<RunReport> {
  return refresh({ store: kvStore(env.PAPERS), config: () => checkConfig(env), trigger });
}

/** Runs one scrape and returns its report; never throws. */
export async function refresh(deps: RefreshDeps): Promise<RunReport> {
  const now = deps.now ?? Date.now;
  const started = now();
  const report: RunReport = {
    outcome: 'failed',
    startedAt: new Date(started).toISOString(),
    durationMs: 0,
    ...(deps.trigger ? { trigger: deps.trigger } : {}),
    attempts: 0,
    scraped: 0,
    papers: 0,
    added: 0,
    updated: 0,
    expired: 0,
    dropped: 0,
    wrote: false,
  };
  const details: Record<string, unknown> = {};
  let status: RunStatus | null = null;
  try {
    status = await deps.store.readStatus();
    const config = typeof deps.config === 'function' ? deps.config() : deps.config;
    const waitUntil = status?.retryAfterUntil;
    if (waitUntil !== undefined && Date.parse(waitUntil) > started) {
      Object.assign(report, { outcome: 'skipped', retryAfterUntil: waitUntil });
    } else {
      await scrapeAndStore(deps, config, report, details, now);
    }
  } catch (error) {
    report.outcome = 'failed';
    report.error = describe(error);
    if (error instanceof UpstreamError && error.retryAfterMs !== undefined && (error.status === 429 || error.status === 503)) {
      report.retryAfterUntil = new Date(now() + Math.min(error.retryAfterMs, MAX_RETRY_AFTER_MS)).toISOString();
    }
  }
  report.durationMs = Math.max(0, now() - started);
  log('scrape', { ...report, ...details });
  const next = nextStatus(status, report);
  if (next) {
    try {
      await deps.store.writeStatus(next);
    } catch (error) {
      log('status_write_failed', { error: describe(error) });
    }
  }
  return report;
}

async function scrapeAndStore(
  deps: RefreshDeps,
  config: Config,
  report: RunReport,
  details: Record<string, unknown>,
  now: () => number,
): Promise<void> {
  const html = await fetchPageWithRetry(config.sourceUrl, {
    ...(deps.fetcher ? { fetcher: deps.fetcher } : {}),
    ...(deps.retry ? { policy: deps.retry } : {}),
    ...(deps.sleep ? { sleep: deps.sleep } : {}),
    now,
    onAttempt: (attempt) => (report.attempts = attempt),
  });
  const page = scrapePage(html);
  Object.assign(report, { source: page.source, scraped: page.papers.length, dropped: page.dropped.length });
  if (page.dropped.length > 0) details['droppedReasons'] = page.dropped.slice(0, 5).map((drop) => drop.reason.slice(0, 120));
  const warnings: string[] = [];
  if (page.fallbackReason) warnings.push(`read from the paper cards: ${page.fallbackReason}`);

  const previous = await deps.store.readSnapshot();
  const drop = suspiciousDrop(previous, page.papers.length);
  if (drop) warnings.push(drop);
  if (warnings.length > 0) report.warning = warnings.join('; ');
  const options = { now: report.startedAt, retentionDays: config.retentionDays, skipRetention: drop !== undefined };

  const scrapes = [{ list: 'trending' as const, papers: page.papers }];
  let merged: MergeResult = mergeSnapshot(previous, scrapes, options);
  let stored = previous;
  if (merged.changed || heartbeatDue(previous, Date.parse(report.startedAt))) {
    const latest = await deps.store.readSnapshot();
    if (latest && (latest.version !== previous?.version || latest.checkedAt !== previous?.checkedAt)) {
      // Someone else wrote since we read: fold this page into both, so neither run's papers are lost.
      details['reconciled'] = true;
      // The union is taken with this run's own merge, so a paper both runs found new keeps the
      // earlier of the two sightings.
      merged = mergeSnapshot(unionSnapshots(latest, merged.snapshot), scrapes, options);
      stored = latest;
    }
    if (merged.changed || heartbeatDue(stored, Date.parse(report.startedAt))) {
      await deps.store.writeSnapshot(merged.snapshot);
      report.wrote = true;
    }
  }
  Object.assign(report, {
    outcome: merged.changed ? 'changed' : 'unchanged',
    papers: merged.snapshot.papers.length,
    added: merged.added.length,
    updated: merged.updated.length,
    expired: merged.expired.length,
  });
}

// Far fewer papers than were trending a run ago is more likely a broken page than a real change:
// keep the run, but age nothing out on its word.
function suspiciousDrop(previous: Snapshot | null, scraped: number): string | undefined {
  const trending = previous?.papers.filter((paper) => paper.rank !== null).length ?? 0;
  if (scraped * 2 >= trending) return undefined;
  return `only ${scraped} papers on the page where ${trending} were trending; nothing aged out this run`;
}

function heartbeatDue(previous: Snapshot | null, now: number): boolean {
  return previous !== null && now - Date.parse(previous.checkedAt) >= HEARTBEAT_MS;
}

function describe(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.length > 500 ? `${text.slice(0, 499)}…` : text;
}

function log(event: string, fields: Record<string, unknown>): void {
  console.log(JSON.stringify({ event, ...fields }));
}
