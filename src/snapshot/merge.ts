/**
 * Folds one scrape into the previous snapshot. Pure and idempotent: merging the same scrape twice
 * gives the same snapshot, and a paper's `firstSeenAt`, once in the snapshot, never changes.
 */
import type { Paper, ScrapedPaper, Snapshot } from '../domain/types';
import { contentVersion } from './version';

/** Knobs for one merge; times are ISO 8601 strings so that tests can pin them. */
export interface MergeOptions {
  /** Time of this scrape. */
  now: string;
  /** Papers not seen for this many days are dropped. */
  retentionDays: number;
  /**
   * Refresh `lastSeenAt` of papers still trending only when it is older than this, so a scrape that
   * changes nothing else does not rewrite the snapshot. Retention is counted in days; hours of
   * slack do not matter.
   */
  lastSeenResolutionMs?: number;
  /** A suspicious scrape (far fewer papers than before) must not age anything out. */
  skipRetention?: boolean;
}

/** The merged snapshot and what changed, for the run log. */
export interface MergeResult {
  snapshot: Snapshot;
  changed: boolean;
  added: string[];
  updated: string[];
  expired: string[];
}

const SECOND_MS = 1_000;
const DAY_MS = 86_400_000;
const DEFAULT_RESOLUTION_MS = 6 * 3_600_000;

/** Merges `scraped` (one page, in trending order) into `previous` (or nothing, on the first run). */
export function mergeSnapshot(previous: Snapshot | null, scraped: ScrapedPaper[], options: MergeOptions): MergeResult {
  const now = Date.parse(options.now);
  // A run whose clock is behind the snapshot's must not date new papers before papers readers
  // already have (a reader may skip items older than its last visit), nor move `updatedAt` back.
  // With a sane clock the newest known date is a cron interval ago and this changes nothing; a
  // date more than a day ahead came from a broken clock and must not pin every later one.
  // Counted in whole seconds: feeds carry whole seconds (RSS can hold nothing finer), and a stored
  // date from before that rule may still have milliseconds.
  const newest = (previous?.papers ?? []).reduce((max, paper) => Math.max(max, Date.parse(paper.firstSeenAt)), -Infinity);
  const nowSecond = wholeSecond(now);
  const seenBase = newest - now <= DAY_MS ? Math.max(nowSecond, wholeSecond(newest) + scraped.length * SECOND_MS) : nowSecond;
  const resolution = options.lastSeenResolutionMs ?? DEFAULT_RESOLUTION_MS;
  const before = new Map((previous?.papers ?? []).map((paper) => [paper.id, paper]));
  const merged = new Map<string, Paper>();
  const added: string[] = [];
  const updated: string[] = [];

  for (const fresh of scraped) {
    const old = before.get(fresh.id);
    // Papers that start trending together get dates a second apart in trending order, so
    // readers that sort by date list them as the page does, and no two items share a date even
    // in RSS, whose dates have no finer unit.
    if (!old) {
      added.push(fresh.id);
      const firstSeenAt = new Date(seenBase - (fresh.rank - 1) * SECOND_MS).toISOString();
      merged.set(fresh.id, { ...fresh, firstSeenAt, lastSeenAt: options.now });
      continue;
    }
    const lastSeenAt = now - Date.parse(old.lastSeenAt) >= resolution ? options.now : old.lastSeenAt;
    // The date readers know the paper by: never moved, whatever the clock or the rank say now.
    // (Two runs at once are reconciled before this merge: see jobs/reconcile.ts.)
    const next: Paper = { ...combine(old, fresh), firstSeenAt: old.firstSeenAt, lastSeenAt };
    if (!samePaper(old, next)) updated.push(fresh.id);
    merged.set(fresh.id, next);
  }

  const expired: string[] = [];
  const cutoff = now - options.retentionDays * DAY_MS;
  for (const old of before.values()) {
    if (merged.has(old.id)) continue;
    if (!options.skipRetention && Date.parse(old.lastSeenAt) < cutoff) {
      expired.push(old.id);
      continue;
    }
    const gone: Paper = old.rank === null ? old : { ...old, rank: null };
    if (gone !== old) updated.push(old.id);
    merged.set(old.id, gone);
  }

  const papers = [...merged.values()].sort(byNewest);
  const version = contentVersion(papers);
  const changed = version !== previous?.version;
  const snapshot: Snapshot = {
    version,
    updatedAt: !previous ? options.now : changed ? laterThan(previous.updatedAt, options.now) : previous.updatedAt,
    checkedAt: options.now,
    papers,
  };
  return { snapshot, changed, added, updated, expired };
}

/** Newest `firstSeenAt` first; papers first seen together keep their trending order. */
export function byNewest(a: Paper, b: Paper): number {
  if (a.firstSeenAt !== b.firstSeenAt) return a.firstSeenAt < b.firstSeenAt ? 1 : -1;
  return (a.rank ?? Infinity) - (b.rank ?? Infinity) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

// Card scrapes are thin: they must not wipe the abstract, authors or keywords a JSON scrape found.
function combine(old: Paper, fresh: ScrapedPaper): Omit<Paper, 'firstSeenAt' | 'lastSeenAt'> {
  if (fresh.source === 'json' || old.source === 'cards') return fresh;
  return {
    ...old,
    // A card without a vote count reads as 0; upvotes on a trending paper only ever grow.
    upvotes: Math.max(fresh.upvotes, old.upvotes),
    rank: fresh.rank,
    githubUrl: fresh.githubUrl ?? old.githubUrl,
    githubStars: fresh.githubStars ?? old.githubStars,
  };
}

function wholeSecond(ms: number): number {
  return Math.floor(ms / SECOND_MS) * SECOND_MS;
}

// `updatedAt` is the feeds' Last-Modified, compared by readers at one-second granularity: a change
// must move it at least a second forward, even when this run's clock says otherwise.
function laterThan(before: string, now: string): string {
  const next = Date.parse(before) + SECOND_MS;
  return Date.parse(now) >= next ? now : new Date(next).toISOString();
}

function samePaper(a: Paper, b: Paper): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
