/**
 * The newest cold rows of every feed: for each topic bit (and every paper, bit -1) and each source,
 * the `COLD_NEWEST` cold rows first seen last on that source. A feed in the default order whose
 * papers reach past the head's newest rows (a rare topic at a year of history) reads these and
 * the hot rows instead of parsing every cold row. Stored as one line of the index value and kept
 * up to date by the operations that change the cold rows — rows cooling, coming back, expiring —
 * from the rows they touch, never by reading the others.
 *
 * Rows left out are the older ones; `outside` keeps, per feed, the newest sighting among them
 * (never lowered when rows leave, so an upper bound): a reader's page is exact when its last paper
 * is newer than that, or when nothing was left out.
 */
import type { FeedSource } from '../domain/types';
import { firstSeen, type IndexRow } from '../snapshot/paper-index';
import { fromTuple, rowJson, type RowTuple } from './row-tuple';

/** Cold rows kept per feed: the default feed length with room for rows that leave between cooling ones. */
export const COLD_NEWEST = 60;

const SOURCES: readonly FeedSource[] = ['any', 'trending', 'daily'];

/**
 * A body value holding copies of the bodies the first pages of a group of thin feeds show (see
 * `feed-bodies.ts`): the group, its key and length, and per paper id where its copy is and the
 * hash of the body copied (a copy serves a row only while the row's body hash is the same).
 */
export interface FeedBodies {
  group: number;
  key: string;
  length: number;
  /** Every line in ASCII (always, for copies made since values are written so). */
  ascii?: true;
  at: Record<string, [offset: number, length: number, hash: string]>;
}

/** The copies of every group, and how many body values there were when a run last looked at them. */
export interface FeedCopies {
  slots: number;
  values: FeedBodies[];
  /** The last look left groups to copy (it copies one a run): the next run looks again. */
  more?: true;
}

/** Thin feeds are copied in this many groups, by topic bit: a feed's page is in one value of ~1/4 of them all. */
export const COPY_GROUPS = 4;

/** The copy group of the feeds of topic `bit` (-1: every paper), on every source. */
export function copyGroup(bit: number): number {
  return (bit + 1) % COPY_GROUPS;
}

/**
 * What the line holds: the rows once each, and per feed (`bit|source`) its picks and `outside`.
 * One JSON object, so that any version reads it, written in an order that lets a reader parse a
 * part at a time: picks, `outside`, where each row starts in `rows` (`at`) and how long their
 * text is (`rowsLength`); then `rows`, one JSON tuple each; then the copies. A fresh isolate's
 * first feed parses what comes before `rows` and only its own rows (and the copies when it needs
 * them), not the few hundred rows of every feed. Lines written before (`rows` first, no `at`) are
 * parsed whole.
 */
interface Stored {
  rows: RowTuple[];
  /** Indexes into `rows`, newest first on the feed's source. */
  picks: Record<string, number[]>;
  outside: Record<string, number>;
  copies?: FeedCopies;
}

/** What a line in parts has before its rows: `Stored`'s picks and `outside`, and where each row's text is. */
interface Feeds {
  picks: Record<string, number[]>;
  outside: Record<string, number>;
  at: number[];
  rowsLength: number;
}

// Where the rows start. Never inside a string: a `"` there would be escaped.
const ROWS = ',"rows":[';
const COPIES = ',"copies":';

interface Parsed {
  picks: Map<string, IndexRow[]>;
  outside: Map<string, number>;
  copies?: FeedCopies | undefined;
}

/** The newest cold rows per feed; immutable, parsed on first use. */
export class ColdNewest {
  private parsed?: Parsed;

  private constructor(
    private line: string | null,
    parsed?: Parsed,
  ) {
    if (parsed) this.parsed = parsed;
  }

  /** No cold rows. */
  static empty(): ColdNewest {
    return new ColdNewest(null, { picks: new Map(), outside: new Map() });
  }

  /** The stored line (`null` reads as unknown: see `ColdNewest.of`). */
  static fromLine(line: string): ColdNewest {
    return new ColdNewest(line);
  }

  /** Built from every cold row, for indexes stored before this line existed and runs that see every row. */
  static of(rows: readonly IndexRow[], bits: number): ColdNewest {
    return ColdNewest.empty().changed(rows, new Set(), bits);
  }

  /** The line to store. */
  text(): string {
    if (this.line !== null) return this.line;
    const { picks, outside, copies } = this.data();
    const numbers = new Map<IndexRow, number>();
    const rows: string[] = [];
    const at: number[] = [];
    const picked: Feeds['picks'] = {};
    let offset = 0;
    for (const [key, list] of picks) {
      picked[key] = list.map((row) => {
        let i = numbers.get(row);
        if (i === undefined) {
          i = rows.length;
          numbers.set(row, i);
          const json = rowJson(row);
          rows.push(json);
          at.push(offset);
          offset += json.length + 1;
        }
        return i;
      });
    }
    const rowsText = rows.join(',');
    const feeds: Feeds = { picks: picked, outside: Object.fromEntries(outside), at, rowsLength: rowsText.length };
    this.line = `${JSON.stringify(feeds).slice(0, -1)}${ROWS}${rowsText}]${copies ? `${COPIES}${JSON.stringify(copies)}` : ''}}`;
    return this.line;
  }

  /**
   * The cold rows of the feed of topic `bit` (-1: every paper) on `source`, newest first by the
   * earliest sighting, and the newest sighting on `source` among the cold rows of that feed left
   * out (`undefined`: none was).
   */
  feed(bit: number, source: FeedSource): { rows: IndexRow[]; outside: number | undefined } {
    const key = `${bit}|${source}`;
    // A reader wants one feed: only its rows are made from their tuples (a fresh isolate's first
    // request would otherwise convert every feed's, a few hundred rows).
    const picked = this.parsed ? (this.parsed.picks.get(key) ?? []) : (this.stored().picks[key] ?? []).map((i) => this.rowAt(i));
    const outside = this.parsed ? this.parsed.outside.get(key) : this.stored().outside[key];
    const rows = [...picked].sort((a, b) => firstSeen(b) - firstSeen(a));
    return { rows, outside };
  }

  /** Whether these differ from the line they were read from (rows joined or left this run). */
  get modified(): boolean {
    return this.line === null;
  }

  /** Where copies of thin feeds' bodies are, when a run made them. */
  get copies(): FeedCopies | undefined {
    return this.parsed ? this.parsed.copies : this.stored().copies;
  }

  /** These, with `copies` named. */
  withCopies(copies: FeedCopies): ColdNewest {
    const { picks, outside } = this.data();
    return new ColdNewest(null, { picks, outside, copies });
  }

  /**
   * Per copy group, the rows the first pages (`page` papers) of its thin feeds show: the feeds that
   * `latest` (the head's newest rows) holds fewer than `page` papers of, whose pages reach into
   * the cold rows; each page drawn from the feed's `hot` rows and its kept cold rows.
   */
  thinPages(latest: readonly IndexRow[], hot: readonly IndexRow[], bits: number, page: number): Map<number, IndexRow[]> {
    const { picks } = this.data();
    // A run asks this of every feed (~50) over a few hundred hot rows: each row's feeds are found
    // once, and the hot rows are sorted once per source, so that each feed's hot rows come out in
    // order and only the first page of them and of its picks is merged.
    const feedOf = (bit: number, source: number) => (bit + 1) * SOURCES.length + source;
    const inLatest = new Array<number>((bits + 1) * SOURCES.length).fill(0);
    const hotIn: IndexRow[][] = Array.from({ length: inLatest.length }, () => []);
    SOURCES.forEach((source, s) => {
      for (const row of latest) {
        forEachFeed(row, source, bits, (bit) => {
          inLatest[feedOf(bit, s)] = (inLatest[feedOf(bit, s)] as number) + 1;
        });
      }
      const seen = hot.filter((row) => sighting(row, source) !== undefined).map((row) => ({ row, at: sighting(row, source) as number }));
      seen.sort((a, b) => b.at - a.at || byId(a.row, b.row));
      for (const { row } of seen) forEachFeed(row, source, bits, (bit) => (hotIn[feedOf(bit, s)] as IndexRow[]).push(row));
    });
    const groups = new Map<number, Set<IndexRow>>();
    for (let bit = -1; bit < bits; bit++) {
      SOURCES.forEach((source, s) => {
        if ((inLatest[feedOf(bit, s)] as number) >= page) return;
        const rows = firstOf(hotIn[feedOf(bit, s)] as IndexRow[], picks.get(`${bit}|${source}`) ?? [], newestOn(source), page);
        if (rows.length === 0) return;
        const group = groups.get(copyGroup(bit)) ?? new Set<IndexRow>();
        for (const row of rows) group.add(row);
        groups.set(copyGroup(bit), group);
      });
    }
    return new Map([...groups].map(([group, rows]) => [group, [...rows]]));
  }

  /** These with `added` cold rows and without the rows of `removed` ids, over `bits` topic bits. */
  changed(added: readonly IndexRow[], removed: ReadonlySet<string>, bits: number): ColdNewest {
    if (added.length === 0 && removed.size === 0) return this;
    const { picks, outside, copies } = this.data();
    const nextPicks = new Map<string, IndexRow[]>();
    const nextOutside = new Map(outside);
    for (let bit = -1; bit < bits; bit++) {
      for (const source of SOURCES) {
        const key = `${bit}|${source}`;
        const kept = (picks.get(key) ?? []).filter((row) => !removed.has(row.id));
        const joining = added.filter((row) => inFeed(row, bit, source));
        if (joining.length === 0) {
          if (kept.length > 0) nextPicks.set(key, kept);
          continue;
        }
        const all = [...kept, ...joining].sort(newestOn(source));
        for (const left of all.slice(COLD_NEWEST)) {
          nextOutside.set(key, Math.max(nextOutside.get(key) ?? -Infinity, sighting(left, source) as number));
        }
        nextPicks.set(key, all.slice(0, COLD_NEWEST));
      }
    }
    return new ColdNewest(null, { picks: nextPicks, outside: nextOutside, copies });
  }

  private data(): Parsed {
    if (this.parsed) return this.parsed;
    const stored = this.stored();
    const picks = new Map(Object.entries(stored.picks).map(([key, list]) => [key, list.map((i) => this.rowAt(i))] as const));
    this.parsed = { picks, outside: new Map(Object.entries(stored.outside)), copies: stored.copies };
    return this.parsed;
  }

  // The stored line, its parts parsed as they are needed (each row when `rowAt` asks for it).
  private raw?: StoredLine;

  private stored(): StoredLine {
    this.raw ??= StoredLine.of(this.line as string);
    return this.raw;
  }

  // Row `i` of the stored line, made once: a row picked by several feeds is one object.
  private rowAt(i: number): IndexRow {
    return this.stored().row(i);
  }
}

/** A stored line, read a part at a time. */
class StoredLine {
  private copiesRead = false;
  private copiesParsed?: FeedCopies | undefined;
  private readonly rows: (IndexRow | undefined)[] = [];

  private constructor(
    readonly picks: Record<string, number[]>,
    readonly outside: Record<string, number>,
    private readonly tuple: (i: number) => RowTuple,
    private readonly copiesText: () => FeedCopies | undefined,
  ) {}

  static of(line: string): StoredLine {
    const rowsAt = line.startsWith('{"rows":') ? -1 : line.indexOf(ROWS);
    const feeds = rowsAt < 0 ? undefined : (JSON.parse(`${line.slice(0, rowsAt)}}`) as Partial<Feeds>);
    if (!feeds || !Array.isArray(feeds.at) || typeof feeds.rowsLength !== 'number') {
      // A line written before the parts: parsed whole.
      const stored = JSON.parse(line) as Stored;
      return new StoredLine(stored.picks, stored.outside, (i) => stored.rows[i] as RowTuple, () => stored.copies);
    }
    const { at, rowsLength } = feeds as Feeds;
    const from = rowsAt + ROWS.length;
    const end = from + rowsLength;
    const tuple = (i: number) => {
      const next = at[i + 1];
      return JSON.parse(line.slice(from + (at[i] as number), next === undefined ? end : from + next - 1)) as RowTuple;
    };
    // After the rows' `]`: `}`, or the copies and `}`.
    const copies = () => (line.startsWith(COPIES, end + 1) ? (JSON.parse(line.slice(end + 1 + COPIES.length, -1)) as FeedCopies) : undefined);
    return new StoredLine(feeds.picks as Feeds['picks'], feeds.outside as Feeds['outside'], tuple, copies);
  }

  get copies(): FeedCopies | undefined {
    if (!this.copiesRead) {
      this.copiesParsed = this.copiesText();
      this.copiesRead = true;
    }
    return this.copiesParsed;
  }

  row(i: number): IndexRow {
    return (this.rows[i] ??= fromTuple(this.tuple(i)));
  }
}

/** Calls `each` with every topic bit (-1: every paper) of a feed on `source` that `row` is in. */
function forEachFeed(row: IndexRow, source: FeedSource, bits: number, each: (bit: number) => void): void {
  if (sighting(row, source) === undefined) return;
  each(-1);
  for (let bit = 0; bit < bits; bit++) if ((row.topics & (1 << bit)) !== 0) each(bit);
}

/** The first `count` rows of two lists each sorted by `order`, merged in that order. */
function firstOf(a: readonly IndexRow[], b: readonly IndexRow[], order: (x: IndexRow, y: IndexRow) => number, count: number): IndexRow[] {
  const out: IndexRow[] = [];
  let i = 0;
  let j = 0;
  while (out.length < count && (i < a.length || j < b.length)) {
    if (j >= b.length || (i < a.length && order(a[i] as IndexRow, b[j] as IndexRow) <= 0)) out.push(a[i++] as IndexRow);
    else out.push(b[j++] as IndexRow);
  }
  return out;
}

/** Whether `row` is in the feed of topic `bit` (-1: every paper) on `source`, by its bit and its sightings. */
export function inFeed(row: IndexRow, bit: number, source: FeedSource): boolean {
  return (bit < 0 || (row.topics & (1 << bit)) !== 0) && sighting(row, source) !== undefined;
}

/** The first sighting of `row` on `source` (its earliest on any list for `any`). */
function sighting(row: IndexRow, source: FeedSource): number | undefined {
  return source === 'any' ? firstSeen(row) : row.lists[source]?.first;
}

// Newest first on `source`; ties by id, so that which of two rows is left out never depends on order.
function newestOn(source: FeedSource): (a: IndexRow, b: IndexRow) => number {
  return (a, b) => (sighting(b, source) as number) - (sighting(a, source) as number) || byId(a, b);
}

function byId(a: IndexRow, b: IndexRow): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
