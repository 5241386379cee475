/**
 * One scrape run: fetch → parse → normalize → merge → store. Whatever fails, the last good
 * snapshot stays as it was; the failure is logged and recorded in the run status.
 */
import type { Config } from '../env';
import type { RunReport, RunStatus, Snapshot } from '../domain/types';
import { mergeSnapshot } from '../snapshot/merge';
import { fetchPage } from '../scrape/fetch-page';
import { scrapePage } from '../scrape/scrape-page';
import type { PaperStore } from '../store';

/** What a run needs from the outside world. */
export interface RefreshDeps {
  store: PaperStore;
  config: Config;
  fetcher?: typeof fetch;
  /** Clock, injectable for tests. */
  now?: () => number;
}

// Without a content change, rewrite the snapshot at most this often, so /health can tell a quiet
// upstream from a dead cron. Must stay below the stale threshold (default 90 minutes).
const HEARTBEAT_MS = 60 * 60_000;

/** Runs one scrape and returns its report; never throws. */
export async function refresh(deps: RefreshDeps): Promise<RunReport> {
  const now = deps.now ?? Date.now;
  const started = now();
  const startedAt = new Date(started).toISOString();
  const report: RunReport = {
    outcome: 'failed', startedAt, durationMs: 0, scraped: 0, papers: 0, added: 0, updated: 0, expired: 0, dropped: 0, wrote: false,
  };
  let status: RunStatus | null = null;
  try {
    status = await deps.store.readStatus();
    const html = await fetchPage(deps.config.sourceUrl, { fetcher: deps.fetcher, now: started });
    const page = scrapePage(html);
    Object.assign(report, { source: page.source, scraped: page.papers.length, dropped: page.dropped.length });
    if (page.fallbackReason) report.warning = `read from the paper cards: ${page.fallbackReason}`;
    for (const drop of page.dropped) log('paper_dropped', { index: drop.index, reason: drop.reason });

    const previous = await deps.store.readSnapshot();
    const merged = mergeSnapshot(previous, page.papers, { now: startedAt, retentionDays: deps.config.retentionDays });
    Object.assign(report, {
      papers: merged.snapshot.papers.length,
      added: merged.added.length,
      updated: merged.updated.length,
      expired: merged.expired.length,
    });
    if (merged.changed || heartbeatDue(previous, started)) {
      await deps.store.writeSnapshot(merged.snapshot);
      report.wrote = true;
    }
    report.outcome = merged.changed ? 'changed' : 'unchanged';
  } catch (error) {
    report.outcome = 'failed';
    report.error = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  }
  report.durationMs = Math.max(0, now() - started);
  log('scrape', { ...report });
  await recordStatus(deps.store, status, report);
  return report;
}

function heartbeatDue(previous: Snapshot | null, now: number): boolean {
  return previous !== null && now - Date.parse(previous.checkedAt) >= HEARTBEAT_MS;
}

// A clean success after a clean success writes nothing here (the snapshot's `checkedAt` already
// says it), so an ordinary run costs at most one KV write.
async function recordStatus(store: PaperStore, previous: RunStatus | null, report: RunReport): Promise<void> {
  const failed = report.outcome === 'failed';
  const newsToReport =
    failed || report.warning !== undefined || (previous !== null && (previous.consecutiveFailures > 0 || previous.lastRun.warning !== undefined));
  if (!newsToReport) return;
  const next: RunStatus = {
    lastAttemptAt: report.startedAt,
    lastSuccessAt: failed ? (previous?.lastSuccessAt ?? null) : report.startedAt,
    lastError: failed ? { message: report.error ?? 'unknown error', at: report.startedAt } : (previous?.lastError ?? null),
    consecutiveFailures: failed ? (previous?.consecutiveFailures ?? 0) + 1 : 0,
    lastRun: report,
  };
  try {
    await store.writeStatus(next);
  } catch (error) {
    log('status_write_failed', { error: String(error) });
  }
}

function log(event: string, fields: Record<string, unknown>): void {
  console.log(JSON.stringify({ event, ...fields }));
}
