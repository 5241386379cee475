/**
 * The stored history as the cron and the read path work with it: one small row per paper (what
 * changes from run to run, the dates and ranks per list, topic membership, and where its body is),
 * apart from the paper bodies (title, abstract, authors, links: what rarely changes). A run reads
 * and rewrites the rows; it appends only new or changed bodies. How both are laid out in KV is
 * the store's business (see docs/storage.md).
 */
import type { ListName, Paper, PaperSource, ScrapedPaper } from '../domain/types';
export { hashText } from './version';

/** The part of a paper that rarely changes once scraped from the embedded JSON. */
export type PaperBody = Omit<ScrapedPaper, 'rank' | 'upvotes' | 'comments' | 'githubStars' | 'source'>;

/** Where a body is stored: opaque to everything but the store. */
export interface BodyRef {
  chunk: number;
  offset: number;
  length: number;
}

/** A paper's presence on one list, with times as epoch milliseconds (cheap to compare and store). */
export interface Presence {
  first: number;
  last: number;
  rank: number | null;
  day?: string;
}

/** One paper in the index. */
export interface IndexRow {
  id: string;
  /** Content hash of the body: a scrape whose body hashes the same changes nothing stored. */
  hash: string;
  /** Where the body is; `null` while it only exists in memory (new or changed this run). */
  at: BodyRef | null;
  source: PaperSource;
  upvotes: number;
  comments: number | null;
  githubStars: number | null;
  /** Bit `i` set: the paper matches `topics.queries[i]` (see `TopicBits`). */
  topics: number;
  /** Which optional fields the stored body has (see `fieldsOf`): tells a merge when it needs the body. */
  fields: number;
  lists: Partial<Record<ListName, Presence>>;
}

/**
 * Which topic queries the rows' bits answer. A query added by a changed definition is matched
 * against new papers at once and against older ones a few hundred per run (`pending`); until
 * then readers match the older ones themselves.
 */
export interface TopicBits {
  /** Bit `i` of a row answers `queries[i]`. At most `MAX_TOPIC_BITS` queries. */
  queries: string[];
  /** Queries whose bits are set only for rows first seen at or after `below` (epoch ms). */
  pending: { query: string; below: number }[];
}

/** Queries beyond this many are never precomputed (bitwise operations are 32-bit). */
export const MAX_TOPIC_BITS = 31;

/** The whole stored history but the bodies. Rows are newest first (earliest sighting on any list). */
export interface PaperIndex {
  /** Content hash of the rows; names the content in ETags and caches. */
  version: string;
  /** When the content last changed (ISO 8601): the feeds' `updated`. */
  updatedAt: string;
  /** When a scrape last confirmed it (ISO 8601). */
  checkedAt: string;
  topics: TopicBits;
  /** The rows the run works with, newest first: every row, or only the hot ones when `cold` is set. */
  rows: IndexRow[];
  /**
   * Rows of papers that can no longer change (off every list for days; they only wait to expire),
   * kept as stored so a run never parses them. Absent: `rows` is every row.
   */
  cold?: ColdRows;
  /** Where bodies live (slot `i` of a `BodyRef`), and stored values no longer used: the store's. */
  storage: BodyStorage;
}

/**
 * The cold rows of an index, as the store keeps them (see docs/storage.md): a run takes out the
 * few it needs and expires the oldest, without parsing the rest. Immutable: operations return
 * the rows that remain.
 */
export interface ColdRows {
  /** How many rows. */
  readonly size: number;
  /** The rows of those `ids` that are cold, and the cold rows without them. */
  take(ids: Iterable<string>): { rows: IndexRow[]; rest: ColdRows };
  /** The cold rows last seen before `cutoff` (epoch ms), and the cold rows without them. */
  expire(cutoff: number): { expired: IndexRow[]; rest: ColdRows };
  /** Every cold row, parsed, newest first. */
  all(): IndexRow[];
}

/** How many papers `index` holds, hot and cold. */
export function paperCount(index: PaperIndex): number {
  return index.rows.length + (index.cold?.size ?? 0);
}

/** `index` with every row in `rows` (for the rare runs that must see them all: new topics, two runs at once). */
export function thaw(index: PaperIndex): PaperIndex {
  if (!index.cold) return index;
  const { cold, ...rest } = index;
  return { ...rest, rows: newestFirst(index.rows, cold.all()) };
}

/** Two lists of rows, each newest first, as one; on a tie `a`'s row comes first. */
export function newestFirst(a: readonly IndexRow[], b: readonly IndexRow[]): IndexRow[] {
  if (b.length === 0) return [...a];
  if (a.length === 0) return [...b];
  const out: IndexRow[] = [];
  let i = 0;
  let j = 0;
  let nextA = firstSeen(a[0] as IndexRow);
  let nextB = firstSeen(b[0] as IndexRow);
  while (i < a.length && j < b.length) {
    if (nextA >= nextB) {
      out.push(a[i++] as IndexRow);
      if (i < a.length) nextA = firstSeen(a[i] as IndexRow);
    } else {
      out.push(b[j++] as IndexRow);
      if (j < b.length) nextB = firstSeen(b[j] as IndexRow);
    }
  }
  for (; i < a.length; i++) out.push(a[i] as IndexRow);
  for (; j < b.length; j++) out.push(b[j] as IndexRow);
  return out;
}

/** The store's table of body values; the merge only carries it along. */
export interface BodyStorage {
  /**
   * Slot → KV key of its current value and that value's length in characters; `ascii` when every
   * line of it is written in ASCII (character offsets are byte offsets: see the store).
   */
  slots: { key: string; length: number; ascii?: true }[];
  /** Keys no longer referenced, deleted a few minutes later (readers may still hold them). */
  retired: { key: string; at: number }[];
  /** The values of copies of the bodies thin feeds show (the store's, see docs/storage.md). */
  copies?: string[];
}

// Fields a scrape may lack while the stored body has them; the richer record keeps them.
const OPTIONAL_FIELDS = ['thumbnailUrl', 'projectPageUrl', 'organization', 'aiSummary', 'publishedAt', 'featuredAt', 'githubUrl'] as const;

/** A bit per optional field `body` has, and per list field (`abstract`, `authors`, `aiKeywords`) it has non-empty. */
export function fieldsOf(body: PaperBody): number {
  let mask = 0;
  OPTIONAL_FIELDS.forEach((field, bit) => {
    if (body[field] !== undefined) mask |= 1 << bit;
  });
  if (body.abstract !== '') mask |= 1 << 7;
  if (body.authors.length > 0) mask |= 1 << 8;
  if (body.aiKeywords.length > 0) mask |= 1 << 9;
  return mask;
}

/**
 * The richer record, field by field (the rules of `mergeSnapshot`): a thin card scrape keeps the
 * stored text and adds only a GitHub link; otherwise the scrape wins where it has a value.
 */
export function combineBodies(stored: PaperBody, fresh: PaperBody, thin: boolean): PaperBody {
  const body: PaperBody = { ...stored, ...(thin ? {} : fresh) };
  for (const field of OPTIONAL_FIELDS) {
    const value = fresh[field] ?? stored[field];
    if (value === undefined) delete body[field];
    else (body as Record<string, unknown>)[field] = value;
  }
  if (!thin) {
    body.abstract = fresh.abstract !== '' ? fresh.abstract : stored.abstract;
    body.authors = fresh.authors.length > 0 ? fresh.authors : stored.authors;
    body.aiKeywords = fresh.aiKeywords.length > 0 ? fresh.aiKeywords : stored.aiKeywords;
  }
  return body;
}

/** The earliest sighting of `row` on any list (epoch ms). */
export function firstSeen(row: IndexRow): number {
  let first = Infinity;
  for (const presence of Object.values(row.lists)) if (presence && presence.first < first) first = presence.first;
  return first;
}

/** The latest sighting of `row` on any list (epoch ms). */
export function lastSeen(row: IndexRow): number {
  let last = -Infinity;
  for (const presence of Object.values(row.lists)) if (presence && presence.last > last) last = presence.last;
  return last;
}

/** Splits a scraped paper into its body and the fields that change from run to run. */
export function bodyOf(paper: ScrapedPaper | Paper): PaperBody {
  const { rank: _rank, upvotes: _u, comments: _c, githubStars: _g, source: _s, ...rest } = paper as ScrapedPaper & Partial<Paper>;
  const { firstSeenAt: _f, lastSeenAt: _l, lists: _ls, ...body } = rest as typeof rest & Partial<Paper>;
  return body;
}

/**
 * The paper as feeds and pages show it: body plus row, dated by its earliest and latest sighting,
 * or, in the view of one `list` (see `listView`), by its sightings on that list.
 */
export function paperOf(row: IndexRow, body: PaperBody, list?: ListName): Paper {
  const lists: Paper['lists'] = {};
  for (const [name, presence] of Object.entries(row.lists) as [ListName, Presence][]) {
    lists[name] = {
      firstSeenAt: new Date(presence.first).toISOString(),
      lastSeenAt: new Date(presence.last).toISOString(),
      rank: presence.rank,
      ...(presence.day !== undefined ? { day: presence.day } : {}),
    };
  }
  return {
    ...body,
    upvotes: row.upvotes,
    comments: row.comments,
    githubStars: row.githubStars,
    source: row.source,
    rank: row.lists.trending?.rank ?? null,
    firstSeenAt: new Date(list ? (row.lists[list]?.first ?? firstSeen(row)) : firstSeen(row)).toISOString(),
    lastSeenAt: new Date(list ? (row.lists[list]?.last ?? lastSeen(row)) : lastSeen(row)).toISOString(),
    lists,
  };
}
