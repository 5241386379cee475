/**
 * Folds one run's list scrapes into the previous snapshot. Pure and idempotent: merging the same
 * scrapes twice gives the same snapshot, and a paper's first sighting on a list, once in the
 * snapshot, never changes.
 */
import { LIST_NAMES, type ListPresence, type ListScrape, type Paper, type ScrapedPaper, type Snapshot } from '../domain/types';
import { presencesOf, withPresences } from './presence';
import { contentVersion } from './version';

/** Knobs for one merge; times are ISO 8601 strings so that tests can pin them. */
export interface MergeOptions {
  /** Time of this run. */
  now: string;
  /** Papers not seen on any list for this many days are dropped. */
  retentionDays: number;
  /**
   * Refresh `lastSeenAt` of papers still listed only when it is older than this, so a scrape that
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

const DAY_MS = 86_400_000;
const SECOND_MS = 1_000;
const DEFAULT_RESOLUTION_MS = 6 * 3_600_000;

/**
 * Merges `scrapes` (one per list read this run, each in list order) into `previous` (or nothing,
 * on the first run). A list that was not read this run (its scrape failed) keeps its sightings
 * exactly as they were.
 */
export function mergeSnapshot(previous: Snapshot | null, scrapes: readonly ListScrape[], options: MergeOptions): MergeResult {
  const now = Date.parse(options.now);
  const resolution = options.lastSeenResolutionMs ?? DEFAULT_RESOLUTION_MS;
  const before = new Map((previous?.papers ?? []).map((paper) => [paper.id, paper]));
  const working = new Map(before);
  const added = new Set<string>();
  // Papers some list showed this run, and papers whose record this run changed in any way.
  const listedNow = new Set<string>();
  const touched = new Set<string>();
  let newest = newestSighting(previous);

  for (const scrape of scrapes) {
    const listed = new Set<string>();
    // Papers first seen on a list in one run are dated whole seconds apart in list order, so any
    // reader that sorts by date (at one-second precision, as RSS and many readers do) shows the
    // list's order, and every format can carry the same whole-second date.
    const base = firstSightingBase(now, newest, scrape.papers.length);
    // A second list read in the same run dates its new papers after the first's, so a feed of
    // every list never shows two items with one date.
    newest = Math.max(newest, base);
    for (const fresh of scrape.papers) {
      if (listed.has(fresh.id)) continue;
      listed.add(fresh.id);
      listedNow.add(fresh.id);
      touched.add(fresh.id);
      const old = working.get(fresh.id);
      const presence = old ? presencesOf(old)[scrape.list] : undefined;
      const seen: ListPresence = presence
        ? {
            // The date readers know the paper by: never moved, whatever the clock or the rank say now.
            // (Two runs at once are reconciled before this merge: see jobs/reconcile.ts.)
            firstSeenAt: presence.firstSeenAt,
            lastSeenAt: now - Date.parse(presence.lastSeenAt) >= resolution ? options.now : presence.lastSeenAt,
            rank: fresh.rank,
            ...dayOf(scrape, presence),
          }
        : {
            firstSeenAt: new Date(base - (fresh.rank - 1) * SECOND_MS).toISOString(),
            lastSeenAt: options.now,
            rank: fresh.rank,
            ...dayOf(scrape, undefined),
          };
      if (!old) added.add(fresh.id);
      const lists = { ...(old ? presencesOf(old) : {}), [scrape.list]: seen };
      working.set(fresh.id, withPresences(old ? combine(old, fresh) : fromScrape(fresh), lists));
    }
    // Papers this list no longer shows keep their sighting dates but lose their rank on it.
    for (const [id, paper] of working) {
      const presence = presencesOf(paper)[scrape.list];
      if (listed.has(id) || !presence || presence.rank === null) continue;
      touched.add(id);
      working.set(id, withPresences(paper, { ...presencesOf(paper), [scrape.list]: { ...presence, rank: null } }));
    }
  }

  const expired: string[] = [];
  const cutoff = now - options.retentionDays * DAY_MS;
  const updated: string[] = [];
  const merged: Paper[] = [];
  for (const [id, paper] of working) {
    // A paper ages out only once it has left every list for the retention period.
    if (!options.skipRetention && !listedNow.has(id) && lastSighting(paper) < cutoff) {
      expired.push(id);
      continue;
    }
    const old = before.get(id);
    // Stored papers from before lists existed are upgraded in place: that alone is no change.
    const next = touched.has(id) ? paper : old === undefined ? paper : withPresences(old, presencesOf(old));
    if (old && !added.has(id) && touched.has(id) && !samePaper(withPresences(old, presencesOf(old)), next)) updated.push(id);
    merged.push(next);
  }

  const papers = merged.sort(byNewest);
  const version = contentVersion(papers);
  const changed = version !== previous?.version;
  const snapshot: Snapshot = {
    version,
    updatedAt: !previous ? options.now : changed ? laterThan(previous.updatedAt, options.now) : previous.updatedAt,
    checkedAt: options.now,
    papers,
  };
  return { snapshot, changed, added: [...added], updated, expired };
}

/** Newest `firstSeenAt` first; papers first seen together keep their list order. */
export function byNewest(a: Paper, b: Paper): number {
  if (a.firstSeenAt !== b.firstSeenAt) return a.firstSeenAt < b.firstSeenAt ? 1 : -1;
  return (a.rank ?? Infinity) - (b.rank ?? Infinity) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The date of the first paper a list shows that is new this run, in whole seconds. A run whose
 * clock is behind the snapshot's must not date new papers before papers readers already have (a
 * reader may skip items older than its last visit); with a sane clock the newest known date is a
 * cron interval ago and this changes nothing. A date more than a day ahead came from a broken
 * clock and must not pin every later one.
 */
export function firstSightingBase(now: number, newest: number, count: number): number {
  const floor = Math.floor(now / SECOND_MS) * SECOND_MS;
  if (newest - now > DAY_MS) return floor;
  return Math.max(floor, Math.ceil(newest / SECOND_MS) * SECOND_MS + count * SECOND_MS);
}

function newestSighting(previous: Snapshot | null): number {
  let newest = -Infinity;
  for (const paper of previous?.papers ?? []) {
    for (const presence of Object.values(presencesOf(paper))) newest = Math.max(newest, Date.parse(presence.firstSeenAt));
  }
  return newest;
}

function lastSighting(paper: Paper): number {
  return Math.max(...LIST_NAMES.map((list) => Date.parse(presencesOf(paper)[list]?.lastSeenAt ?? '')).filter(Number.isFinite));
}

// The daily list says which day it shows; that day stays with the paper until another day lists it.
function dayOf(scrape: ListScrape, presence: ListPresence | undefined): { day?: string } {
  const day = scrape.day ?? presence?.day;
  return day === undefined ? {} : { day };
}

function fromScrape(fresh: ScrapedPaper): Omit<Paper, 'lists'> {
  const { rank: _rank, ...rest } = fresh;
  return { ...rest, rank: null, firstSeenAt: '', lastSeenAt: '' };
}

/**
 * The richer record wins, field by field: a card scrape is thin and must not wipe the abstract,
 * authors or keywords a JSON scrape found, and the two lists may each carry what the other lacks.
 */
function combine(old: Paper, fresh: ScrapedPaper): Omit<Paper, 'lists'> {
  const { rank: _rank, ...next } = fresh;
  const thin = fresh.source === 'cards' && old.source === 'json';
  return {
    ...old,
    ...(thin ? {} : next),
    source: thin ? old.source : fresh.source,
    // The JSON's count is the count (votes can be withdrawn); a card without a vote count reads as
    // 0, so a card never lowers a known count.
    upvotes: fresh.source === 'json' ? fresh.upvotes : Math.max(fresh.upvotes, old.upvotes),
    githubUrl: fresh.githubUrl ?? old.githubUrl,
    githubStars: fresh.githubStars ?? old.githubStars,
    comments: fresh.comments ?? old.comments,
    abstract: fresh.abstract !== '' && !thin ? fresh.abstract : old.abstract,
    authors: fresh.authors.length > 0 && !thin ? fresh.authors : old.authors,
    aiKeywords: fresh.aiKeywords.length > 0 && !thin ? fresh.aiKeywords : old.aiKeywords,
    ...optional('thumbnailUrl', fresh, old),
    ...optional('projectPageUrl', fresh, old),
    ...optional('organization', fresh, old),
    ...optional('aiSummary', fresh, old),
    ...optional('publishedAt', fresh, old),
    ...optional('featuredAt', fresh, old),
  };
}

type OptionalField = 'thumbnailUrl' | 'projectPageUrl' | 'organization' | 'aiSummary' | 'publishedAt' | 'featuredAt';

function optional<K extends OptionalField>(key: K, fresh: ScrapedPaper, old: Paper): Pick<Paper, K> | Record<string, never> {
  const value = fresh.source === 'cards' && old.source === 'json' ? old[key] ?? fresh[key] : fresh[key] ?? old[key];
  return value === undefined ? {} : ({ [key]: value } as Pick<Paper, K>);
}

// `updatedAt` is the feeds' Last-Modified, compared by readers at one-second granularity: a change
// must move it at least a second forward, even when this run's clock says otherwise.
export function laterThan(before: string, now: string): string {
  const next = Date.parse(before) + 1_000;
  return Date.parse(now) >= next ? now : new Date(next).toISOString();
}

function samePaper(a: Paper, b: Paper): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}


