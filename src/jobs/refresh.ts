/**
 * One scrape run: fetch → parse → normalize each followed list (concurrently), then merge what
 * the healthy lists gave → store. Whatever fails (configuration, upstream, parser, KV), the last
 * good snapshot stays as it was; a list that fails never keeps the other from being stored. The
 * run is logged and recorded in the run status, and resolves with its report: it never throws.
 */
import type { ListName, ListRunReport, ListScrape, RunReport, RunStatus, RunTrigger } from '../domain/types';
import { ConfigError, followedLists, readConfig, type Config, type Env } from '../env';
import type { RetryPolicy } from '../scrape/fetch-page';
import type { ListPageScrape } from '../scrape/scrape-list';
import { mergeIndex, needsStoredBody } from '../snapshot/merge-index';
import { indexFromSnapshot } from '../snapshot/migrate';
import { paperCount, thaw, type PaperBody, type PaperIndex } from '../snapshot/paper-index';
import { indexOf, kvStore, workingIndexOf, type PaperStore } from '../store';
import { loadTopics, topicsFromConfig, type Topic } from '../topics';
import { backfillRows, backfillTopics, matchTopics, retopic, topicQueries } from '../topics/membership';
import { describe, readList, type ListRead } from './read-list';
import { unionIndexes } from './reconcile';
import { listStatusOf, nextStatus } from './run-status';

/** What a run needs from the outside world. */
export interface RefreshDeps {
  store: PaperStore;
  /** The configuration, or how to read it: a bad var then fails the run instead of the caller. */
  config: Config | (() => Config);
  /** The served topics, whose membership the run stores; default: the built-in ones. */
  topics?: readonly Topic[] | (() => readonly Topic[]);
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

/** Runs one scrape against the worker's own bindings (cron and admin refresh). */
export function refreshFromEnv(env: Env, trigger: RunTrigger): Promise<RunReport> {
  // The topics are read apart from the rest of the configuration: a bad TOPICS must not stop the
  // papers from being collected (see readTopics).
  return refresh({ store: kvStore(env.PAPERS), config: () => readConfig(env), topics: () => loadTopics(env), trigger });
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
  // The stored snapshot's `checkedAt` as this run found it: the last success of a list failing now.
  let confirmedAt: string | undefined;
  try {
    status = await deps.store.readStatus();
    const config = typeof deps.config === 'function' ? deps.config() : deps.config;
    // Concurrently: the run's wall time is the slower list's, not the sum.
    const reads = await Promise.all(
      followedLists(config).map((source) =>
        readList(source, {
          status: listStatusOf(status, source.list),
          now,
          ...(deps.fetcher ? { fetcher: deps.fetcher } : {}),
          ...(deps.sleep ? { sleep: deps.sleep } : {}),
          ...(deps.retry ? { retry: deps.retry } : {}),
        }),
      ),
    );
    sumUp(report, reads, details);
    const scrapes = reads.flatMap((read) => (read.scrape ? [read.scrape] : []));
    if (scrapes.length > 0) {
      confirmedAt = await mergeAndStore(deps, config, scrapes, report, details);
    } else if (reads.every((read) => read.report.outcome === 'skipped')) {
      report.outcome = 'skipped';
    } else if (reads.some((read) => read.report.outcome === 'failed' && !listStatusOf(status, read.list)?.consecutiveFailures)) {
      // A list that was healthy until now last succeeded when the snapshot was last confirmed.
      // Best effort: the run's own failure is the news, not this read's.
      confirmedAt = (await deps.store.readIndex().catch(() => null))?.head.checkedAt;
    }
  } catch (error) {
    report.outcome = 'failed';
    report.error = describe(error);
  }
  report.durationMs = Math.max(0, now() - started);
  log('scrape', { ...report, ...details });
  const next = nextStatus(status, report, confirmedAt);
  if (next) {
    try {
      await deps.store.writeStatus(next);
    } catch (error) {
      log('status_write_failed', { error: describe(error) });
    }
  }
  return report;
}

// The run's own fields sum up its lists: attempts and counts add up, errors and warnings name
// their list. The run's Retry-After is news only: a list that asked for one this run, or, when
// every list is waiting, the earliest time upstream may be asked anything again.
function sumUp(report: RunReport, reads: readonly ListRead[], details: Record<string, unknown>): void {
  const lists: Partial<Record<ListName, ListRunReport>> = {};
  const errors: string[] = [];
  const warnings: string[] = [];
  const dropped: string[] = [];
  for (const { list, report: part, scrape } of reads) {
    lists[list] = part;
    report.attempts = (report.attempts ?? 0) + part.attempts;
    report.scraped += part.scraped;
    report.dropped += part.dropped;
    if (part.error) errors.push(`${list}: ${part.error}`);
    if (part.warning) warnings.push(`${list}: ${part.warning}`);
    for (const drop of scrape?.dropped ?? []) dropped.push(`${list}: ${drop.reason.slice(0, 120)}`);
  }
  const allWaiting = reads.every((read) => read.report.outcome === 'skipped');
  for (const { report: part } of reads) {
    if (!part.retryAfterUntil || (part.outcome === 'skipped' && !allWaiting)) continue;
    if (!report.retryAfterUntil || part.retryAfterUntil < report.retryAfterUntil) report.retryAfterUntil = part.retryAfterUntil;
  }
  // Cards anywhere is the news: that list's papers are thinner than usual.
  const sources = reads.flatMap((read) => (read.report.source ? [read.report.source] : []));
  if (sources.length > 0) report.source = sources.includes('cards') ? 'cards' : 'json';
  if (errors.length > 0) report.error = errors.join('; ');
  if (warnings.length > 0) report.warning = warnings.join('; ');
  if (dropped.length > 0) details['droppedReasons'] = dropped.slice(0, 5);
  report.lists = lists;
}

async function mergeAndStore(
  deps: RefreshDeps,
  config: Config,
  scrapes: readonly ListPageScrape[],
  report: RunReport,
  details: Record<string, unknown>,
): Promise<string | undefined> {
  const warnings: string[] = report.warning ? [report.warning] : [];
  const topics = readTopics(deps, warnings);
  const stored = await deps.store.readIndex();
  const legacy = stored ? null : await migrated(deps.store, details);
  const previous = stored ? workingIndexOf(stored) : (legacy?.index ?? null);
  // The daily list legitimately empties at the turn of a day; only the trending page's size says
  // something about a broken page.
  const trending = scrapes.find((scrape) => scrape.list === 'trending');
  const drop = trending ? suspiciousDrop(previous, trending.papers.length) : undefined;
  if (drop) warnings.push(drop);
  if (warnings.length > 0) report.warning = warnings.join('; ');
  // Only the healthy lists: a list left out keeps its papers' sightings as they were.
  const healthy: ListScrape[] = scrapes.map(({ list, papers, day }) => ({ list, papers, ...(day !== undefined ? { day } : {}) }));
  const storedBodies = await bodiesToCombine(deps.store, previous, healthy, legacy?.bodies);
  const queries = topicQueries(topics);
  const merge = async (given: PaperIndex | null, bodies: Map<string, PaperBody>) => {
    // Remapping or backfilling topic bits touches every row: those rare runs work on all of them.
    const base = given && (given.topics.pending.length > 0 || !sameQueries(given.topics.queries, queries)) ? thaw(given) : given;
    let index = base && retopic(base, queries);
    const backlog = index ? backfillRows(index, backfillBudget(index)) : [];
    if (index && backlog.length > 0) {
      const found = await deps.store.readBodies(index.storage, backlog.filter((row) => row.at !== null));
      for (const row of backlog) if (!row.at && bodies.has(row.id)) found.set(row.id, bodies.get(row.id) as PaperBody);
      index = backfillTopics(index, backlog, found);
    }
    const result = mergeIndex(index, healthy, {
      now: report.startedAt,
      retentionDays: config.retentionDays,
      skipRetention: drop !== undefined,
      matchTopics: (body) => matchTopics(index?.topics ?? { queries: topicQueries(topics), pending: [] }, body),
      ...(storedBodies ? { storedBodies } : {}),
    });
    if (!base) result.index.topics = { queries: topicQueries(topics), pending: [] };
    // Migrated or re-topicked rows are a change to store even when the page brought none.
    for (const [id, body] of bodies) if (!result.bodies.has(id)) result.bodies.set(id, body);
    const changed = result.changed || index !== base || bodies.size > 0;
    return { ...result, changed };
  };

  let merged = await merge(previous, legacy?.bodies ?? new Map());
  let latestChecked = previous?.checkedAt;
  if (merged.changed || heartbeatDue(previous, Date.parse(report.startedAt))) {
    const latest = await deps.store.readIndex();
    if (latest && (latest.head.version !== previous?.version || latest.head.checkedAt !== previous?.checkedAt)) {
      // Someone else wrote since we read: fold this run's lists into both, so neither run's papers
      // are lost. The union is taken with this run's own merge, so a paper both runs found new
      // keeps the earlier of the two sightings.
      details['reconciled'] = true;
      const union = await unionIndexes(indexOf(latest), thaw(merged.index), merged.bodies, (rows) => deps.store.readBodies(merged.index.storage, rows));
      merged = await merge(union.index, union.bodies);
      latestChecked = latest.head.checkedAt;
    }
    if (merged.changed || heartbeatDue(previous && latestChecked ? { checkedAt: latestChecked } : null, Date.parse(report.startedAt))) {
      await deps.store.writeIndex(merged.index, merged.bodies, Date.parse(report.startedAt));
      report.wrote = true;
    }
  }
  Object.assign(report, {
    outcome: merged.changed ? 'changed' : 'unchanged',
    papers: paperCount(merged.index),
    added: merged.added.length,
    updated: merged.updated.length,
    expired: merged.expired.length,
  });
  return previous?.checkedAt;
}

/**
 * The topics to compute membership for. A bad `TOPICS` must not stop data collection: the run
 * goes on with the built-in topics and says so in its warning (and so in /health).
 */
function readTopics(deps: RefreshDeps, warnings: string[]): readonly Topic[] {
  try {
    return typeof deps.topics === 'function' ? deps.topics() : (deps.topics ?? topicsFromConfig(undefined));
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    warnings.push(`${error.message}; topic membership is computed for the built-in topics until TOPICS is fixed`);
    return topicsFromConfig(undefined);
  }
}

/** Stored bodies of listed papers that have fields this run's scrape lacks (the richer record wins). */
async function bodiesToCombine(store: PaperStore, previous: PaperIndex | null, scrapes: readonly ListScrape[], inMemory?: ReadonlyMap<string, PaperBody>) {
  if (!previous) return undefined;
  const listed = new Map(scrapes.flatMap((scrape) => scrape.papers.map((paper) => [paper.id, paper] as const)));
  const rows = previous.rows.filter((row) => {
    const fresh = listed.get(row.id);
    return fresh !== undefined && needsStoredBody(row, fresh);
  });
  if (rows.length === 0) return undefined;
  const bodies = await store.readBodies(previous.storage, rows.filter((row) => row.at !== null));
  for (const row of rows) if (!row.at && inMemory?.has(row.id)) bodies.set(row.id, inMemory.get(row.id) as PaperBody);
  return bodies;
}

/** Today's single-value snapshot as an index, when one is stored: migrated by this run's write. */
async function migrated(store: PaperStore, details: Record<string, unknown>): Promise<ReturnType<typeof indexFromSnapshot> | null> {
  const legacy = await store.readLegacySnapshot();
  if (!legacy) return null;
  details['migrated'] = legacy.papers.length;
  // Matched against the topics like any index whose queries changed: spread over runs.
  return indexFromSnapshot(legacy, () => 0);
}

// Matching costs about the same per paper and query: spread it so a run stays within budget.
const BACKFILL_MATCHES_PER_RUN = 600;
function backfillBudget(index: PaperIndex): number {
  return Math.max(20, Math.floor(BACKFILL_MATCHES_PER_RUN / Math.max(1, index.topics.pending.length)));
}

// Far fewer papers than were trending a run ago is more likely a broken page than a real change:
// keep the run, but age nothing out on its word.
function suspiciousDrop(previous: PaperIndex | null, scraped: number): string | undefined {
  const trending = previous?.rows.filter((row) => row.lists.trending !== undefined && row.lists.trending.rank !== null).length ?? 0;
  if (scraped * 2 >= trending) return undefined;
  return `only ${scraped} papers on the page where ${trending} were trending; nothing aged out this run`;
}

function sameQueries(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((query, i) => query === b[i]);
}

function heartbeatDue(previous: Pick<PaperIndex, 'checkedAt'> | null, now: number): boolean {
  return previous !== null && now - Date.parse(previous.checkedAt) >= HEARTBEAT_MS;
}

function log(event: string, fields: Record<string, unknown>): void {
  console.log(JSON.stringify({ event, ...fields }));
}
