/**
 * The index as one KV value of two lines: a small head (times, version, counts per topic, the
 * newest rows, where the bodies are), then every row as a JSON array of compact tuples. Readers
 * that need only the head (the index page, `/api/topics`, OPML, health) parse only the first line.
 */
import type { FeedSource, ListName } from '../domain/types';
import { hashText, type BodyStorage, type IndexRow, type PaperIndex, type Presence, type TopicBits } from '../snapshot/paper-index';

/**
 * How many of the newest rows the head carries: the index page and most feeds in the default
 * order find their papers among them, without parsing every row.
 */
export const HEAD_LATEST = 200;

/** Paper counts of one source: all of them, and per topic bit. */
export interface SourceCounts {
  papers: number;
  topics: number[];
}

/** The first line of the index value. */
export interface IndexHead {
  format: 2;
  version: string;
  updatedAt: string;
  checkedAt: string;
  topics: TopicBits;
  storage: BodyStorage;
  counts: Record<FeedSource, SourceCounts>;
  /** The newest rows, newest first. */
  latest: IndexRow[];
  /**
   * Per list, the newest first sighting on it among the rows *not* in `latest` (epoch ms; absent
   * when none of them was on the list). A feed of one list dates papers by their sighting on it,
   * which can be newer than their earliest: its papers drawn from `latest` are the feed only when
   * the last of them is newer than this.
   */
  newestOutside?: Partial<Record<ListName, number>>;
}

/** An index as read: the head parsed, the rows parsed on first use. */
export interface StoredIndex {
  head: IndexHead;
  rows(): IndexRow[];
}

type PresenceTuple = [first: number, last: number, rank: number | null, day?: string];
type ListsTuple = { t?: PresenceTuple; d?: PresenceTuple };
type RowTuple = [id: string, hash: string, slot: number, offset: number, length: number, source: 0 | 1, upvotes: number, comments: number | null, stars: number | null, topics: number, lists: ListsTuple, fields: number];

const LIST_KEYS: Record<ListName, keyof ListsTuple> = { trending: 't', daily: 'd' };

/** The value to store for `index` (whose bodies are all placed) and its content version. */
export function encodeIndex(index: PaperIndex): { text: string; version: string; head: IndexHead } {
  const rowsText = JSON.stringify(index.rows.map(toTuple));
  const version = index.version;
  const head: IndexHead = {
    format: 2,
    version,
    updatedAt: index.updatedAt,
    checkedAt: index.checkedAt,
    topics: index.topics,
    storage: index.storage,
    counts: countsOf(index.rows, index.topics.queries.length),
    latest: index.rows.slice(0, HEAD_LATEST),
    newestOutside: newestOutside(index.rows.slice(HEAD_LATEST)),
  };
  return { text: `${JSON.stringify({ ...head, latest: head.latest.map(toTuple) })}\n${rowsText}`, version, head };
}

function newestOutside(rows: readonly IndexRow[]): Partial<Record<ListName, number>> {
  const newest: Partial<Record<ListName, number>> = {};
  for (const row of rows) {
    for (const list of Object.keys(row.lists) as ListName[]) {
      const first = row.lists[list]?.first ?? -Infinity;
      if (first > (newest[list] ?? -Infinity)) newest[list] = first;
    }
  }
  return newest;
}

/** Reads a stored index value; `null` when it is not one (then it reads as absent). */
export function decodeIndex(text: string): StoredIndex | null {
  const cut = text.indexOf('\n');
  if (cut < 0) return null;
  let head: IndexHead;
  try {
    const raw = JSON.parse(text.slice(0, cut)) as Omit<IndexHead, 'latest'> & { latest: RowTuple[] };
    if (raw.format !== 2 || typeof raw.version !== 'string' || !Array.isArray(raw.latest)) return null;
    head = { ...raw, latest: raw.latest.map(fromTuple) };
  } catch {
    return null;
  }
  let rows: IndexRow[] | undefined;
  return {
    head,
    rows: () => (rows ??= (JSON.parse(text.slice(cut + 1)) as RowTuple[]).map(fromTuple)),
  };
}

/** The in-memory index of a stored one. */
export function indexOf(stored: StoredIndex): PaperIndex {
  const { head } = stored;
  return { version: head.version, updatedAt: head.updatedAt, checkedAt: head.checkedAt, topics: head.topics, storage: head.storage, rows: stored.rows() };
}

/**
 * The version of new content: a hash of the previous version and the new `updatedAt`, which moves
 * forward with every change of content and only then. Hashing the rows themselves would cost a
 * pass over every row on every run; this costs nothing, and names each content exactly once.
 */
export function nextVersion(previous: string, updatedAt: string, rows: number): string {
  return hashText(`${previous}|${updatedAt}|${rows}`);
}

function countsOf(rows: readonly IndexRow[], bits: number): Record<FeedSource, SourceCounts> {
  const empty = (): SourceCounts => ({ papers: 0, topics: new Array<number>(bits).fill(0) });
  const counts: Record<FeedSource, SourceCounts> = { any: empty(), trending: empty(), daily: empty() };
  for (const row of rows) {
    const into = [counts.any];
    if (row.lists.trending) into.push(counts.trending);
    if (row.lists.daily) into.push(counts.daily);
    for (const count of into) {
      count.papers++;
      for (let bit = 0; bit < bits; bit++) if (row.topics & (1 << bit)) (count.topics[bit] as number)++;
    }
  }
  return counts;
}

function toTuple(row: IndexRow): RowTuple {
  if (!row.at) throw new Error(`the body of ${row.id} has not been stored`);
  const lists: ListsTuple = {};
  for (const [name, presence] of Object.entries(row.lists) as [ListName, Presence][]) {
    lists[LIST_KEYS[name]] = presence.day === undefined ? [presence.first, presence.last, presence.rank] : [presence.first, presence.last, presence.rank, presence.day];
  }
  const source: 0 | 1 = row.source === 'json' ? 0 : 1;
  return [row.id, row.hash, row.at.chunk, row.at.offset, row.at.length, source, row.upvotes, row.comments, row.githubStars, row.topics, lists, row.fields];
}

// Runs for every row of a parsed index: plain indexed reads and object literals, no destructuring.
function fromTuple(tuple: RowTuple): IndexRow {
  const stored = tuple[10];
  const lists: IndexRow['lists'] = {};
  if (stored.t) lists.trending = presenceOf(stored.t);
  if (stored.d) lists.daily = presenceOf(stored.d);
  return {
    id: tuple[0],
    hash: tuple[1],
    at: { chunk: tuple[2], offset: tuple[3], length: tuple[4] },
    source: tuple[5] === 0 ? 'json' : 'cards',
    upvotes: tuple[6],
    comments: tuple[7],
    githubStars: tuple[8],
    topics: tuple[9],
    fields: tuple[11],
    lists,
  };
}

function presenceOf(tuple: PresenceTuple): Presence {
  return tuple.length > 3 ? { first: tuple[0], last: tuple[1], rank: tuple[2], day: tuple[3] as string } : { first: tuple[0], last: tuple[1], rank: tuple[2] };
}
