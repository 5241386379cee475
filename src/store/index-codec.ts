/**
 * The index as one KV value: a small head line (times, version, counts per topic, the newest
 * rows, where the bodies are), a line of the hot rows as a JSON array of compact tuples, a line of
 * the newest cold rows per feed (see `cold-newest.ts`), a line of the cold rows' ids, then the
 * cold rows, one per line (see `cold-rows.ts`). Readers that need only the head (the index page,
 * `/api/topics`, OPML, health) parse only the first line; a run parses the head and the hot rows,
 * never the cold ones.
 */
import type { FeedSource, ListName } from '../domain/types';
import { firstSeen, hashText, lastSeen, newestFirst, thaw, type BodyStorage, type IndexRow, type PaperIndex, type TopicBits } from '../snapshot/paper-index';
import { ColdNewest, inFeed } from './cold-newest';
import { StoredColdRows, type ColdSummary } from './cold-rows';
import { addCounts, countsOf, type Counts } from './counts';
import { fromTuple, rowJson, type RowTuple } from './row-tuple';
import { LINE_FEED, Utf8Parts } from './utf8-parts';

export type { SourceCounts } from './counts';

/**
 * How many of the newest rows the head carries: the index page and most feeds in the default
 * order find their papers among them, without parsing every row.
 */
export const HEAD_LATEST = 200;

/**
 * A row cools (moves to the cold rows, which runs never parse) once its paper is on no list and
 * was last seen this long ago, unless it is among the `HEAD_LATEST` newest hot rows.
 */
export const COOL_AFTER_MS = 2 * 86_400_000;

/**
 * Rows cool this many at a time at least: until then they stay hot. A run that cools rows writes
 * the newest cold rows again and looks at the copies of thin feeds' bodies (1–2 ms at a year of
 * history), whether one row cools or a hundred; one new paper a run pushed one row out of the
 * newest every run. Rows held back cost every reader that parses the hot rows a few microseconds.
 */
export const COOL_BATCH = 32;

/** The first line of the index value. */
export interface IndexHead {
  /** 2: every row on the second line (read as hot); 3: hot rows, then cold rows; 4: 3 with the newest cold rows per feed. */
  format: 2 | 3 | 4;
  version: string;
  updatedAt: string;
  checkedAt: string;
  topics: TopicBits;
  storage: BodyStorage;
  /** Papers per source and topic bit, hot and cold. */
  counts: Counts;
  /** The newest hot rows, newest first. */
  latest: IndexRow[];
  /**
   * Per list, the newest first sighting on it among the rows *not* in `latest` (epoch ms; absent
   * when none of them was on the list), and under `any` the newest earliest sighting. A feed of one
   * list dates papers by their sighting on it, which can be newer than their earliest: its papers
   * drawn from `latest` are the feed only when the last of them is newer than this.
   */
  newestOutside?: Partial<Record<ListName | 'any', number>>;
  /** What the cold rows hold (format 3). */
  cold?: ColdSummary;
}

/** An index as read: the head parsed, the rows parsed on first use. */
export interface StoredIndex {
  head: IndexHead;
  /** Every row, newest first (parses the cold rows too). */
  rows(): IndexRow[];
  /** The hot rows only, newest first. */
  hot(): IndexRow[];
  /**
   * The hot rows in the feed of topic `bit` (-1: every paper) on `source`, newest first: what a
   * thin feed reads beside its newest cold rows. Only those rows are made from their tuples when
   * the hot rows were not parsed yet (a fresh isolate's first request).
   */
  hotIn(bit: number, source: FeedSource): IndexRow[];
  cold: StoredColdRows;
}

/** An index as it is about to be stored: its head, hot rows and cold rows, rows cooled as of the write. */
export interface IndexLayout {
  head: IndexHead;
  hot: IndexRow[];
  cold: StoredColdRows;
}

/** The value to store for `index` (whose bodies are all placed), rows cooled as of `now`. */
export function encodeIndex(index: PaperIndex, now: number): { text: string; version: string; head: IndexHead } {
  const layout = layoutIndex(index, now);
  return { text: indexText(layout), version: index.version, head: layout.head };
}

/** How `index` (whose bodies are all placed) is stored as of `now`: which rows cool, and the head. */
export function layoutIndex(index: PaperIndex, now: number): IndexLayout {
  const bits = index.topics.queries.length;
  const foreign = index.cold !== undefined && !(index.cold instanceof StoredColdRows);
  const rows = foreign ? thaw(index).rows : index.rows;
  const coldBefore = !foreign && index.cold instanceof StoredColdRows ? index.cold : StoredColdRows.empty(bits);
  const cooling = new Set<IndexRow>();
  for (let i = HEAD_LATEST; i < rows.length; i++) {
    const row = rows[i] as IndexRow;
    if (coolable(row, now)) cooling.add(row);
  }
  if (cooling.size < COOL_BATCH) cooling.clear();
  const hot = cooling.size === 0 ? rows : rows.filter((row) => !cooling.has(row));
  const cold = coldBefore.append([...cooling]);
  const head: IndexHead = {
    format: 4,
    version: index.version,
    updatedAt: index.updatedAt,
    checkedAt: index.checkedAt,
    topics: index.topics,
    storage: index.storage,
    counts: addCounts(countsOf(hot, bits), cold.summary.counts),
    latest: hot.slice(0, HEAD_LATEST),
    newestOutside: newestOutside(hot.slice(HEAD_LATEST), cold.summary.newest),
    cold: cold.summary,
  };
  return { head, hot, cold };
}

/** The stored value of `layout`. */
export function indexText(layout: IndexLayout): string {
  return `${linesBeforeRows(layout).text}${layout.cold.text}`;
}

/**
 * The stored value of `layout` as UTF-8 bytes, what a run writes (the same as `indexText`, but
 * only the lines before the cold rows are encoded; the cold rows' bytes are those read, less and
 * plus the rows that changed: `cold.bytes`), the text of those first lines, and the head as a
 * reader of the value gets it: read back from its text, but for its newest rows, which are the
 * first hot rows themselves (a reader of the value gets those from their tuples, as it gets
 * every hot row: the same values).
 */
export function encodeLayout(layout: IndexLayout): { bytes: Uint8Array; linesBeforeRows: string; head: IndexHead } {
  const { text, first, newest, ids, headFields } = linesBeforeRows(layout);
  const head = { ...(JSON.parse(headFields) as Omit<IndexHead, 'latest'>), latest: layout.head.latest };
  // The head and the hot rows change every run; the newest cold rows and the ids only when rows cool, come back or expire.
  const bytes = Utf8Parts.concat([utf8.encode(first), newestBytes.of(newest), LINE_FEED, idsBytes.of(ids), ...layout.cold.bytes]);
  return { bytes, linesBeforeRows: text, head };
}

/**
 * The UTF-8 bytes of the text given last, kept for the next run: a line that did not change since
 * is the same text and is not encoded again. The newest cold rows and the ids are ~230 KB of the
 * ~330 KB a run encodes at 10,000 papers, and change only when rows cool, come back or expire.
 */
class EncodedOnce {
  private text: string | undefined;
  private bytes: Uint8Array = new Uint8Array(0);

  of(text: string): Uint8Array {
    if (text !== this.text) {
      this.bytes = utf8.encode(text);
      this.text = text;
    }
    return this.bytes;
  }
}

const newestBytes = new EncodedOnce();
const idsBytes = new EncodedOnce();

// Head, hot rows, newest cold rows and the cold rows' ids: every line but the cold rows (`text`;
// `first`, the head and hot rows' lines and the line feed after them); and the JSON of the head's
// fields but its newest rows.
function linesBeforeRows({ head, hot, cold }: IndexLayout): { text: string; first: string; newest: string; ids: string; headFields: string } {
  const { latest, ...rest } = head;
  const headFields = JSON.stringify(rest);
  // The same JSON as `JSON.stringify({ ...head, latest: latest.map(toTuple) })`, rows' text reused.
  const headLine = `${headFields.slice(0, -1)},"latest":[${latest.map(rowJson).join(',')}]}`;
  const first = `${headLine}\n[${hot.map(rowJson).join(',')}]\n`;
  const newest = cold.newest.text();
  return { text: `${first}${newest}\n${cold.ids}`, first, newest, ids: cold.ids, headFields };
}

function coolable(row: IndexRow, now: number): boolean {
  for (const presence of Object.values(row.lists)) if (presence && presence.rank !== null) return false;
  return lastSeen(row) < now - COOL_AFTER_MS;
}

function newestOutside(rows: readonly IndexRow[], cold: ColdSummary['newest']): Partial<Record<ListName | 'any', number>> {
  const newest: Partial<Record<ListName | 'any', number>> = { ...cold };
  for (const row of rows) {
    const first = firstSeen(row);
    if (first > (newest.any ?? -Infinity)) newest.any = first;
    for (const list of Object.keys(row.lists) as ListName[]) {
      const listed = row.lists[list]?.first ?? -Infinity;
      if (listed > (newest[list] ?? -Infinity)) newest[list] = listed;
    }
  }
  return newest;
}

/**
 * Reads a stored index value, as text or as its UTF-8 bytes; `null` when it is not one (then it
 * reads as absent). From bytes, only the head, the hot rows and the newest cold rows are decoded at
 * once: the cold rows (most of the value at a year of history) only when something reads them.
 */
export function decodeIndex(value: string | Uint8Array): StoredIndex | null {
  // Offsets are characters in text and bytes in bytes: a line feed is one byte in UTF-8, never
  // part of another character, so lines split the same way.
  const bytes = typeof value === 'string' ? undefined : value;
  const text = typeof value === 'string' ? value : undefined;
  const length = bytes ? bytes.length : (text as string).length;
  const lineBreak = (from: number) => (bytes ? bytes.indexOf(10, from) : (text as string).indexOf('\n', from));
  const slice = (start: number, end = length) => (bytes ? utf8Text.decode(bytes.subarray(start, end)) : (text as string).slice(start, end));
  const cut = lineBreak(0);
  if (cut < 0) return null;
  let head: IndexHead;
  try {
    const raw = JSON.parse(slice(0, cut)) as Omit<IndexHead, 'latest'> & { latest: RowTuple[] };
    if ((raw.format !== 2 && raw.format !== 3 && raw.format !== 4) || typeof raw.version !== 'string' || !Array.isArray(raw.latest)) return null;
    head = { ...raw, latest: raw.latest.map(fromTuple) };
  } catch {
    return null;
  }
  // Format 2 ends after the rows; format 3 goes on with the ids line and the cold rows; format 4
  // has the newest cold rows per feed before the ids.
  const hotEnd = lineBreak(cut + 1);
  const newestEnd = head.format === 4 && hotEnd >= 0 ? lineBreak(hotEnd + 1) : hotEnd;
  const idsAt = newestEnd;
  const hotText = slice(cut + 1, hotEnd < 0 ? length : hotEnd);
  const newest = head.format === 4 && hotEnd >= 0 && newestEnd >= 0 ? ColdNewest.fromLine(slice(hotEnd + 1, newestEnd)) : undefined;
  const cold =
    idsAt < 0 || !head.cold
      ? StoredColdRows.empty(head.topics.queries.length)
      : StoredColdRows.lazy(
          () => {
            const coldAt = lineBreak(idsAt + 1);
            const ids = slice(idsAt + 1, coldAt < 0 ? length : coldAt);
            if (coldAt < 0) return { text: '', ids };
            // The rows' bytes as read: a run writes them back as they are, less and plus what changed.
            return bytes ? { text: slice(coldAt), ids, encoded: Utf8Parts.bytes(bytes.subarray(coldAt)) } : { text: slice(coldAt), ids };
          },
          head.cold,
          newest,
        );
  let hot: IndexRow[] | undefined;
  let rows: IndexRow[] | undefined;
  let tuples: RowTuple[] | undefined;
  const hotTuples = () => (tuples ??= JSON.parse(hotText) as RowTuple[]);
  const hotRows = () => (hot ??= hotTuples().map(fromTuple));
  return {
    head,
    hot: hotRows,
    hotIn: (bit, source) => {
      if (hot) return hot.filter((row) => inFeed(row, bit, source));
      const picked: IndexRow[] = [];
      for (const tuple of hotTuples()) {
        // The topic bit first, on the tuple: most rows are not in a thin feed.
        if (bit >= 0 && (tuple[9] & (1 << bit)) === 0) continue;
        const row = fromTuple(tuple);
        if (inFeed(row, bit, source)) picked.push(row);
      }
      return picked;
    },
    rows: () => (rows ??= cold.size === 0 ? hotRows() : newestFirst(hotRows(), cold.all())),
    cold,
  };
}

const utf8Text = new TextDecoder();
const utf8 = new TextEncoder();

/** The in-memory index of a stored one, with every row. */
export function indexOf(stored: StoredIndex): PaperIndex {
  const { head } = stored;
  return { version: head.version, updatedAt: head.updatedAt, checkedAt: head.checkedAt, topics: head.topics, storage: head.storage, rows: stored.rows() };
}

/** The in-memory index of a stored one as a run works with it: the hot rows, the cold ones left as stored. */
export function workingIndexOf(stored: StoredIndex): PaperIndex {
  const { head } = stored;
  return { version: head.version, updatedAt: head.updatedAt, checkedAt: head.checkedAt, topics: head.topics, storage: head.storage, rows: stored.hot(), cold: stored.cold };
}

/**
 * The version of new content: a hash of the previous version and the new `updatedAt`, which moves
 * forward with every change of content and only then. Hashing the rows themselves would cost a
 * pass over every row on every run; this costs nothing, and names each content exactly once.
 */
export function nextVersion(previous: string, updatedAt: string, rows: number): string {
  return hashText(`${previous}|${updatedAt}|${rows}`);
}
