/**
 * Folds one run's list scrapes into the stored index, touching only what the scrapes touch: the
 * papers on the pages, the papers that just left a list, and those whose retention ran out. A run
 * therefore costs the same at 10,000 papers kept as at 100, apart from copying the row array.
 * Same rules as `mergeSnapshot` (dates never move, richer records win, unscraped lists stay as
 * they were); bodies are compared by hash, so an unchanged paper costs no body work at all.
 */
import type { ListName, ListScrape, ScrapedPaper } from '../domain/types';
import { bodyOf, firstSeen, hashText, lastSeen, type IndexRow, type PaperBody, type PaperIndex, type Presence } from './paper-index';

/** Knobs for one merge; `now` is ISO 8601 so that tests can pin it. */
export interface IndexMergeOptions {
  now: string;
  retentionDays: number;
  /** Refresh a presence's `last` only when it is older than this (default 6 h): fewer rewrites. */
  lastSeenResolutionMs?: number;
  /** A suspicious scrape must not age anything out. */
  skipRetention?: boolean;
  /** Topic bits of a new or changed body (see `TopicBits`). */
  matchTopics: (body: PaperBody) => number;
  /**
   * Stored bodies the merge may need: card scrapes are thin and only add a GitHub link to a
   * body read from the JSON. Without it, such a link waits for the next JSON scrape.
   */
  storedBodies?: ReadonlyMap<string, PaperBody>;
}

/** The merged index, the bodies to store, and what changed, for the run log. */
export interface IndexMergeResult {
  index: PaperIndex;
  /** New or changed bodies; their rows have `at: null` until the store places them. */
  bodies: Map<string, PaperBody>;
  changed: boolean;
  added: string[];
  updated: string[];
  expired: string[];
}

const DAY_MS = 86_400_000;
const SECOND = 1_000;
const DEFAULT_RESOLUTION_MS = 6 * 3_600_000;

/** Merges `scrapes` (one per list read this run) into `previous` (or nothing, on the first run). */
export function mergeIndex(previous: PaperIndex | null, scrapes: readonly ListScrape[], options: IndexMergeOptions): IndexMergeResult {
  const now = Date.parse(options.now);
  const resolution = options.lastSeenResolutionMs ?? DEFAULT_RESOLUTION_MS;
  const oldRows = previous?.rows ?? [];
  // Rows are newest first, so the newest known date is the first row's.
  const newest = oldRows.length > 0 ? firstSeen(oldRows[0] as IndexRow) : -Infinity;
  const byId = new Map<string, IndexRow>();
  for (const row of oldRows) byId.set(row.id, row);
  const touched = new Map<string, IndexRow>();
  const bodies = new Map<string, PaperBody>();
  const added: string[] = [];

  for (const scrape of scrapes) {
    // Whole seconds, one apart in list order, after every date readers already have (a run whose
    // clock is behind must not date new papers before known ones; a date more than a day ahead
    // came from a broken clock and must not pin every later one).
    const nowSecond = Math.floor(now / SECOND) * SECOND;
    const base = newest - now <= DAY_MS ? Math.max(nowSecond, Math.ceil(newest / SECOND) * SECOND + scrape.papers.length * SECOND) : nowSecond;
    scrape.papers.forEach((fresh, position) => {
      const old = touched.get(fresh.id) ?? byId.get(fresh.id);
      const rank = scrape.list === 'trending' ? fresh.rank : position + 1;
      const presence = old?.lists[scrape.list];
      const next: Presence = presence
        ? { ...presence, rank, last: now - presence.last >= resolution ? now : presence.last }
        : { first: base - position * SECOND, last: now, rank };
      if (scrape.day !== undefined) next.day = presence?.day ?? scrape.day;
      const row = withFresh(old, fresh, options, bodies);
      row.lists = { ...row.lists, [scrape.list]: next };
      if (!old) added.push(fresh.id);
      touched.set(fresh.id, row);
    });
  }

  // Papers gone from a list that was read this run are no longer ranked on it.
  const scraped = new Set<ListName>(scrapes.map((scrape) => scrape.list));
  const cutoff = now - options.retentionDays * DAY_MS;
  const expired: string[] = [];
  const kept: IndexRow[] = [];
  for (const old of oldRows) {
    let row = touched.get(old.id);
    if (!row) {
      for (const list of scraped) {
        const presence: Presence | undefined = (row ?? old).lists[list];
        if (presence && presence.rank !== null) {
          row = { ...(row ?? old), lists: { ...(row ?? old).lists, [list]: { ...presence, rank: null } } };
        }
      }
      row ??= old;
      // Aged out only once it has left every list, read this run or not.
      if (!options.skipRetention && lastSeen(row) < cutoff) {
        expired.push(old.id);
        continue;
      }
      if (row !== old) touched.set(old.id, row);
    }
    kept.push(row);
  }
  // New papers are dated after every stored one: they go in front, newest first.
  const fresh = added.map((id) => touched.get(id) as IndexRow).sort((a, b) => firstSeen(b) - firstSeen(a) || (a.id < b.id ? -1 : 1));
  const rows = [...fresh, ...kept];

  const updated = [...touched.entries()].filter(([id, row]) => {
    const old = byId.get(id);
    return old !== undefined && !sameRow(old, row);
  });
  const changed = !previous || added.length > 0 || expired.length > 0 || updated.length > 0;
  const index: PaperIndex = {
    version: changed ? '' : (previous?.version ?? ''),
    updatedAt: !previous ? options.now : changed ? laterThan(previous.updatedAt, options.now) : previous.updatedAt,
    checkedAt: options.now,
    topics: previous?.topics ?? { queries: [], pending: [] },
    rows: changed ? rows : oldRows,
    storage: previous?.storage ?? { slots: [], retired: [] },
  };
  return { index, bodies, changed, added, updated: updated.map(([id]) => id), expired };
}

/** The row of `fresh` merged into `old`: the richer record wins field by field. */
function withFresh(old: IndexRow | undefined, fresh: ScrapedPaper, options: IndexMergeOptions, bodies: Map<string, PaperBody>): IndexRow {
  const counts = { upvotes: fresh.upvotes, comments: fresh.comments, githubStars: fresh.githubStars };
  if (!old || fresh.source === 'json' || old.source === 'cards') {
    const body = bodyOf(fresh);
    const hash = hashText(JSON.stringify(body));
    const same = old !== undefined && old.hash === hash && old.at !== null;
    if (!same) bodies.set(fresh.id, body);
    return {
      id: fresh.id,
      hash,
      at: same ? old.at : null,
      source: fresh.source,
      ...counts,
      topics: same ? old.topics : options.matchTopics(body),
      lists: old?.lists ?? {},
    };
  }
  // A card over a JSON record: counts only ever grow, the JSON's text stays, a new link is added.
  const row: IndexRow = {
    ...old,
    upvotes: Math.max(fresh.upvotes, old.upvotes),
    githubStars: fresh.githubStars ?? old.githubStars,
  };
  const stored = options.storedBodies?.get(fresh.id);
  if (fresh.githubUrl !== undefined && stored && stored.githubUrl !== fresh.githubUrl) {
    const body = { ...stored, githubUrl: fresh.githubUrl };
    bodies.set(fresh.id, body);
    return { ...row, hash: hashText(JSON.stringify(body)), at: null };
  }
  return row;
}

function sameRow(a: IndexRow, b: IndexRow): boolean {
  return a.hash === b.hash && a.upvotes === b.upvotes && a.comments === b.comments && a.githubStars === b.githubStars && a.source === b.source && a.topics === b.topics && JSON.stringify(a.lists) === JSON.stringify(b.lists);
}

// `updatedAt` is the feeds' Last-Modified, compared by readers at one-second granularity: a change
// must move it at least a second forward, even when this run's clock says otherwise.
function laterThan(before: string, now: string): string {
  const next = Date.parse(before) + 1_000;
  return Date.parse(now) >= next ? now : new Date(next).toISOString();
}
