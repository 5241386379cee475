/**
 * Folds one run's list scrapes into the stored index, touching only what the scrapes touch: the
 * papers on the pages, the papers that just left a list, and those whose retention ran out. It
 * works on the hot rows; of the cold ones (`PaperIndex.cold`) it parses only those the pages show
 * again and those that expire, so a run costs the same at 10,000 papers kept as at 100.
 * Same rules as `mergeSnapshot` (dates never move, richer records win, unscraped lists stay as
 * they were); bodies are compared by hash, so an unchanged paper costs no body work at all.
 */
import type { ListScrape, ScrapedPaper } from '../domain/types';
import { firstSightingBase, laterThan, type MergeOptions, type MergeResult } from './merge';
import { jsonHash } from './version';
import { bodyOf, combineBodies, fieldsOf, firstSeen, lastSeen, newestFirst, type IndexRow, type PaperBody, type PaperIndex, type Presence } from './paper-index';

/** The knobs of `mergeSnapshot`, and what the index needs besides. */
export interface IndexMergeOptions extends MergeOptions {
  /** Topic bits of a new or changed body (see `TopicBits`). */
  matchTopics: (body: PaperBody) => number;
  /**
   * Stored bodies the merge needs (see `needsStoredBody`): those with fields the scrape lacks.
   * Without one, that paper's body stays as stored until a later run.
   */
  storedBodies?: ReadonlyMap<string, PaperBody>;
}

/** What `mergeSnapshot` reports, with the merged index and the bodies to store in place of the snapshot. */
export interface IndexMergeResult extends Omit<MergeResult, 'snapshot'> {
  index: PaperIndex;
  /** New or changed bodies; their rows have `at: null` until the store places them. */
  bodies: Map<string, PaperBody>;
}

const DAY_MS = 86_400_000;
const SECOND = 1_000;
const DEFAULT_RESOLUTION_MS = 6 * 3_600_000;

/** Merges `scrapes` (one per list read this run, in list order) into `previous` (or nothing, on the first run). */
export function mergeIndex(previous: PaperIndex | null, scrapes: readonly ListScrape[], options: IndexMergeOptions): IndexMergeResult {
  const now = Date.parse(options.now);
  const resolution = options.lastSeenResolutionMs ?? DEFAULT_RESOLUTION_MS;
  // A paper back on a list after its row cooled is taken out of the cold rows and merged like any
  // other: only the scraped ids are looked up, the other cold rows stay unparsed.
  const hotIds = new Set((previous?.rows ?? []).map((row) => row.id));
  const wanted = scrapes.flatMap((scrape) => scrape.papers.map((paper) => paper.id)).filter((id) => !hotIds.has(id));
  const back = previous?.cold && wanted.length > 0 ? previous.cold.take(new Set(wanted)) : undefined;
  const reheated = back?.rows ?? [];
  const oldRows = reheated.length > 0 ? newestFirst(previous?.rows ?? [], back?.rows.sort((a, b) => firstSeen(b) - firstSeen(a)) ?? []) : (previous?.rows ?? []);
  let cold = back?.rest ?? previous?.cold;
  // Rows are newest first, so the newest known date is the first row's.
  let newest = oldRows.length > 0 ? firstSeen(oldRows[0] as IndexRow) : -Infinity;
  const byId = new Map<string, IndexRow>();
  for (const row of oldRows) byId.set(row.id, row);
  const touched = new Map<string, IndexRow>();
  const bodies = new Map<string, PaperBody>();
  const added: string[] = [];
  const listedNow = new Set<string>();

  for (const scrape of scrapes) {
    const listed = new Set<string>();
    // Whole seconds, one apart in list order, after every date readers already have; a second
    // list read in the same run dates its new papers after the first's.
    const base = firstSightingBase(now, newest, scrape.papers.length);
    newest = Math.max(newest, base);
    for (const fresh of scrape.papers) {
      if (listed.has(fresh.id)) continue;
      listed.add(fresh.id);
      listedNow.add(fresh.id);
      const old = touched.get(fresh.id) ?? byId.get(fresh.id);
      const presence = old?.lists[scrape.list];
      const next: Presence = presence
        ? { ...presence, rank: fresh.rank, last: now - presence.last >= resolution ? now : presence.last }
        : { first: base - (fresh.rank - 1) * SECOND, last: now, rank: fresh.rank };
      const day = scrape.day ?? presence?.day;
      if (day !== undefined) next.day = day;
      else delete next.day;
      const row = withFresh(old, fresh, options, bodies);
      row.lists = { ...row.lists, [scrape.list]: next };
      if (!old) added.push(fresh.id);
      touched.set(fresh.id, row);
    }
    // Papers this list no longer shows keep their sighting dates but lose their rank on it.
    for (const old of oldRows) {
      if (listed.has(old.id)) continue;
      const row = touched.get(old.id) ?? old;
      const presence = row.lists[scrape.list];
      if (presence && presence.rank !== null) touched.set(old.id, { ...row, lists: { ...row.lists, [scrape.list]: { ...presence, rank: null } } });
    }
  }

  const cutoff = now - options.retentionDays * DAY_MS;
  const expired: string[] = [];
  const kept: IndexRow[] = [];
  for (const old of oldRows) {
    const row = touched.get(old.id) ?? old;
    // A paper ages out only once it has left every list for the retention period.
    if (!options.skipRetention && !listedNow.has(old.id) && lastSeen(row) < cutoff) {
      expired.push(old.id);
      continue;
    }
    kept.push(row);
  }
  if (cold && !options.skipRetention) {
    const aged = cold.expire(cutoff);
    for (const row of aged.expired) expired.push(row.id);
    cold = aged.rest;
  }
  // New papers are dated after every stored one: they go in front, newest first, in list order.
  const fresh = added
    .map((id) => touched.get(id) as IndexRow)
    .sort((a, b) => firstSeen(b) - firstSeen(a) || (a.lists.trending?.rank ?? Infinity) - (b.lists.trending?.rank ?? Infinity) || (a.id < b.id ? -1 : 1));
  const rows = [...fresh, ...kept];

  const updated = [...touched.entries()].filter(([id, row]) => {
    const old = byId.get(id);
    return old !== undefined && !sameRow(old, row);
  });
  const changed = !previous || added.length > 0 || expired.length > 0 || updated.length > 0 || reheated.length > 0;
  const index: PaperIndex = {
    version: changed ? '' : (previous?.version ?? ''),
    updatedAt: !previous ? options.now : changed ? laterThan(previous.updatedAt, options.now) : previous.updatedAt,
    checkedAt: options.now,
    topics: previous?.topics ?? { queries: [], pending: [] },
    rows: changed ? rows : oldRows,
    storage: previous?.storage ?? { slots: [], retired: [] },
  };
  const keptCold = changed ? cold : previous?.cold;
  if (keptCold) index.cold = keptCold;
  return { index, bodies, changed, added, updated: updated.map(([id]) => id), expired };
}

/** Whether merging `fresh` into `row` needs the stored body (it has fields the scrape lacks). */
export function needsStoredBody(row: IndexRow, fresh: ScrapedPaper): boolean {
  const thin = fresh.source === 'cards' && row.source === 'json';
  return thin ? fresh.githubUrl !== undefined : (row.fields & ~fieldsOf(bodyOf(fresh))) !== 0;
}

/** The row of `fresh` merged into `old`: the richer record wins field by field. */
function withFresh(old: IndexRow | undefined, fresh: ScrapedPaper, options: IndexMergeOptions, bodies: Map<string, PaperBody>): IndexRow {
  const thin = old !== undefined && fresh.source === 'cards' && old.source === 'json';
  const counts = {
    // The JSON's count is the count (votes can be withdrawn); a card never lowers a known count.
    upvotes: !old || fresh.source === 'json' ? fresh.upvotes : Math.max(fresh.upvotes, old.upvotes),
    comments: fresh.comments ?? old?.comments ?? null,
    githubStars: fresh.githubStars ?? old?.githubStars ?? null,
  };
  const source = thin ? 'json' : fresh.source;
  let body: PaperBody | undefined = bodyOf(fresh);
  if (old && needsStoredBody(old, fresh)) {
    const stored = options.storedBodies?.get(fresh.id);
    // Without the stored body, keep it as it is rather than lose what it has.
    body = stored ? combineBodies(stored, body, thin) : undefined;
  } else if (thin) {
    body = undefined;
  }
  if (!body || !old) {
    if (!old) {
      const created = body ?? bodyOf(fresh);
      bodies.set(fresh.id, created);
      return { id: fresh.id, hash: jsonHash(fresh.id, created), at: null, source, ...counts, topics: options.matchTopics(created), fields: fieldsOf(created), lists: {} };
    }
    return { ...old, ...counts, source };
  }
  const hash = jsonHash(fresh.id, body);
  if (hash === old.hash && old.at !== null) return { ...old, ...counts, source };
  bodies.set(fresh.id, body);
  return { ...old, ...counts, source, hash, at: null, topics: options.matchTopics(body), fields: fieldsOf(body) };
}

function sameRow(a: IndexRow, b: IndexRow): boolean {
  return a.hash === b.hash && a.upvotes === b.upvotes && a.comments === b.comments && a.githubStars === b.githubStars && a.source === b.source && a.topics === b.topics && a.fields === b.fields && JSON.stringify(a.lists) === JSON.stringify(b.lists);
}
