/**
 * Cold rows as stored: the tail of the index value, one row tuple per line (`\n[...],`), in the
 * order the rows cooled, which is the order of their last sighting, after a line of their ids
 * (`,"id","id",`). A run never parses them: it finds a paper that came back by searching the ids
 * (a tenth of the rows' size), then the rows for that id at the start of a line, expires the oldest
 * from the front (parsing only those), and appends the rows that cool; a summary in the head
 * keeps their counts, the body slots they use and their newest first sightings.
 */
import type { ListName } from '../domain/types';
import { firstSeen, lastSeen, type ColdRows, type IndexRow } from '../snapshot/paper-index';
import { ColdNewest } from './cold-newest';
import { copyCounts, countRow, emptyCounts, type Counts } from './counts';
import { fromTuple, rowJson, type RowTuple } from './row-tuple';
import { Utf8Parts } from './utf8-parts';

/** What the head says of the cold rows. */
export interface ColdSummary {
  rows: number;
  counts: Counts;
  /** Cold rows per body slot: a slot they use stays live. */
  slots: number[];
  /**
   * Per list (and `any`, the earliest sighting on any list): the newest first sighting among the
   * cold rows. Never lowered when rows leave, so an upper bound: readers only fall back more often.
   */
  newest: Partial<Record<ListName | 'any', number>>;
  /** The latest last sighting ever appended (epoch ms): a row seen before it must be inserted, not appended. */
  lastMax?: number;
}

/** The stored text of cold rows and of their ids; `encoded`, when known, is the text's UTF-8 bytes. */
interface Stored {
  text: string;
  ids: string;
  encoded?: Utf8Parts;
}

/** Cold rows of the stored `text` (a tail of the index value) and its `summary`. */
export class StoredColdRows implements ColdRows {
  private stored?: Stored;
  private load?: () => Stored;
  // The last sighting of the first row (`null`: there is none), when known without reading the
  // text. Every run asks it (`expire`), and after a run that appended rows the text is a
  // concatenation that the first search in it would copy whole (1.1 MB at a year of history).
  private front?: number | null;
  // `newest` of a value stored without it: parsing every cold row once is enough.
  private built?: ColdNewest;

  constructor(
    text: string,
    readonly summary: ColdSummary,
    /** `,"id","id",`: every cold row's id, to tell cheaply whether a paper is cold. */
    ids = ',',
    /** The newest of them per feed; `undefined` in a value stored before it was kept (built on first change). */
    private readonly newestRows?: ColdNewest,
    encoded?: Utf8Parts,
    front?: number | null,
  ) {
    this.stored = encoded ? { text, ids, encoded } : { text, ids };
    if (front !== undefined) this.front = front;
  }

  /**
   * Cold rows whose text is read from the stored value only when first needed: a reader that
   * serves from the head, the hot rows and the newest cold rows never decodes them.
   */
  static lazy(load: () => Stored, summary: ColdSummary, newest?: ColdNewest, front?: number | null): StoredColdRows {
    const rows = new StoredColdRows('', summary, ',', newest, undefined, front);
    delete rows.stored;
    rows.load = load;
    return rows;
  }

  /** The rows as stored: one `\n[row tuple],` a row, in the order they cooled. */
  get text(): string {
    return this.materialized().text;
  }

  /** `,"id","id",`: every cold row's id. */
  get ids(): string {
    return this.materialized().ids;
  }

  /**
   * The UTF-8 bytes of `text`, in parts. A changed index is written as bytes: the rows' bytes as
   * read, less what expired, plus what cooled, so a run encodes the few rows it touched rather
   * than the megabyte of rows a year of history keeps.
   */
  get bytes(): readonly Uint8Array[] {
    const stored = this.materialized();
    stored.encoded ??= Utf8Parts.of(stored.text);
    return stored.encoded.parts;
  }

  private materialized(): Stored {
    this.stored ??= (this.load as () => Stored)();
    return this.stored;
  }

  // The bytes of `text`, once `text` became `next` by a change at or after character `from`
  // (`undefined` when this text's bytes were never known: they are encoded only if written).
  private bytesAfter(next: string, from: number, tail?: string): Utf8Parts | undefined {
    const { text, encoded } = this.materialized();
    return encoded?.replacedFrom(text, from, next, tail);
  }

  /** No cold rows, with counts over `bits` topic bits. */
  static empty(bits: number): StoredColdRows {
    return new StoredColdRows('', { rows: 0, counts: emptyCounts(bits), slots: [], newest: {} }, ',', ColdNewest.empty());
  }

  /** The newest cold rows per feed (built once from every cold row when the stored value did not keep them). */
  get newest(): ColdNewest {
    return this.newestRows ?? (this.built ??= ColdNewest.of(this.all(), this.bits));
  }

  /** These cold rows with `newest` as their newest per feed (the same rows, with their bodies' copies named). */
  withNewest(newest: ColdNewest): StoredColdRows {
    return StoredColdRows.lazy(() => this.materialized(), this.summary, newest, this.front);
  }

  /** Whether `newest` is stored, rather than built by parsing every cold row. */
  get keepsNewest(): boolean {
    return this.newestRows !== undefined;
  }

  private get bits(): number {
    return this.summary.counts.any.topics.length;
  }

  get size(): number {
    return this.summary.rows;
  }

  take(ids: Iterable<string>): { rows: IndexRow[]; rest: StoredColdRows } {
    if (this.summary.rows === 0) return { rows: [], rest: this };
    let text = this.text;
    let known = this.ids;
    const rows: IndexRow[] = [];
    // Text before the first line taken is unchanged.
    let from = text.length;
    for (const id of ids) {
      const entry = `,${JSON.stringify(id)},`;
      if (!known.includes(entry)) continue;
      const at = text.indexOf(`\n[${JSON.stringify(id)},`);
      if (at < 0) continue;
      const end = lineEnd(text, at);
      rows.push(parseLine(text, at, end));
      text = text.slice(0, at) + text.slice(end);
      known = known.replace(entry, ',');
      from = Math.min(from, at);
    }
    if (rows.length === 0) return { rows, rest: this };
    // The first row is still first unless it was taken.
    const front = from > 0 ? this.front : undefined;
    return { rows, rest: this.changed(text, known, rows, -1, this.newestRows?.changed([], idsOf(rows), this.bits), this.bytesAfter(text, from), front) };
  }

  expire(cutoff: number): { expired: IndexRow[]; rest: StoredColdRows } {
    const expired: IndexRow[] = [];
    // The usual run: the first row is kept, which is known without reading the text.
    const front = this.frontSeen();
    if (front === null || front >= cutoff) return { expired, rest: this };
    let known = this.ids;
    let at = 0;
    let kept: number | null = null;
    // Oldest last sighting first: stop at the first row still kept.
    while (at < this.text.length) {
      const end = lineEnd(this.text, at);
      const row = parseLine(this.text, at, end);
      if (lastSeen(row) >= cutoff) {
        kept = lastSeen(row);
        break;
      }
      expired.push(row);
      known = known.replace(`,${JSON.stringify(row.id)},`, ',');
      at = end;
    }
    const encoded = this.materialized().encoded?.withoutPrefix(this.text.slice(0, at));
    return { expired, rest: this.changed(this.text.slice(at), known, expired, -1, this.newestRows?.changed([], idsOf(expired), this.bits), encoded, kept) };
  }

  // The last sighting of the first row, `null` when there is none; read from the text only once.
  private frontSeen(): number | null {
    if (this.front === undefined) {
      const { text } = this;
      this.front = text === '' ? null : lastSeen(parseLine(text, 0, lineEnd(text, 0)));
    }
    return this.front;
  }

  /**
   * The `count` rows seen last (the end of the text: rows are kept in the order of their last
   * sighting), ordered as `all` orders them, and the last sighting of the earliest-seen of them:
   * no row left out was seen after it (`undefined`: none was left out).
   */
  seenLast(count: number): { rows: IndexRow[]; bound: number | undefined } {
    const { text } = this;
    let at = text.length;
    // Lines start with their `\n`; a tuple's strings never hold a raw one (JSON escapes it).
    for (let n = 0; n < count && at > 0; n++) at = text.lastIndexOf('\n', at - 1);
    if (at <= 0) return { rows: this.all(), bound: undefined };
    const rows = parseLines(text.slice(at));
    const bound = lastSeen(rows[0] as IndexRow);
    return { rows: newestByFirstSighting(rows), bound };
  }

  all(): IndexRow[] {
    if (this.text === '') return [];
    return newestByFirstSighting(parsedRows(this.text));
  }

  /**
   * These rows and `rows` (placed), kept in the order of their last sighting. Rows usually cool in
   * that order and are appended; one held hot longer (among the newest) is inserted where it
   * belongs, parsing only the rows that cooled after it was last seen.
   */
  append(rows: readonly IndexRow[]): StoredColdRows {
    if (rows.length === 0) return this;
    const ordered = [...rows].sort((a, b) => lastSeen(a) - lastSeen(b));
    const lastMax = this.summary.lastMax ?? -Infinity;
    const late = ordered.filter((row) => lastSeen(row) >= lastMax);
    const early = ordered.filter((row) => lastSeen(row) < lastMax);
    const before = this.text;
    let text = before;
    // Latest first, each placed after the last row seen no later than it, scanning back from the end.
    let at = text.length;
    for (let i = early.length - 1; i >= 0; i--) {
      const row = early[i] as IndexRow;
      while (at > 0) {
        const start = text.lastIndexOf('\n', at - 1);
        if (lastSeen(parseLine(text, start, at)) <= lastSeen(row)) break;
        at = start;
      }
      text = `${text.slice(0, at)}\n${rowJson(row)},${text.slice(at)}`;
    }
    const appended = late.map((row) => `\n${rowJson(row)},`).join('');
    text += appended;
    const ids = this.ids + ordered.map((row) => `${JSON.stringify(row.id)},`).join('');
    // Kept up to date from the rows that cool; a value stored without it builds it once, here.
    const newest = this.newestRows ? this.newestRows.changed(ordered, new Set(), this.bits) : ColdNewest.of([...this.all(), ...ordered], this.bits);
    // Rows appended after others leave the first row first; one inserted may be the new first.
    const front = early.length > 0 ? undefined : before === '' ? lastSeen(ordered[0] as IndexRow) : this.front;
    // Text before the earliest insertion (`at`, where the backward scan stopped) is unchanged.
    return this.changed(text, ids, ordered, 1, newest, early.length > 0 ? this.bytesAfter(text, at) : this.bytesAfter(text, before.length, appended), front);
  }

  private changed(
    text: string,
    ids: string,
    rows: readonly IndexRow[],
    sign: 1 | -1,
    newestRows: ColdNewest | undefined,
    encoded: Utf8Parts | undefined,
    front: number | null | undefined,
  ): StoredColdRows {
    const counts = copyCounts(this.summary.counts);
    const slots = [...this.summary.slots];
    const newest = { ...this.summary.newest };
    for (const row of rows) {
      countRow(counts, row, sign);
      if (row.at) slots[row.at.chunk] = (slots[row.at.chunk] ?? 0) + sign;
      if (sign > 0) {
        newest.any = Math.max(newest.any ?? -Infinity, firstSeen(row));
        for (const list of Object.keys(row.lists) as ListName[]) newest[list] = Math.max(newest[list] ?? -Infinity, row.lists[list]?.first ?? -Infinity);
      }
    }
    for (let i = 0; i < slots.length; i++) slots[i] ??= 0;
    let lastMax = this.summary.lastMax ?? -Infinity;
    if (sign > 0) for (const row of rows) lastMax = Math.max(lastMax, lastSeen(row));
    const summary: ColdSummary = { rows: this.summary.rows + sign * rows.length, counts, slots, newest };
    if (lastMax > -Infinity) summary.lastMax = lastMax;
    return new StoredColdRows(text, summary, ids, newestRows, encoded, front);
  }
}

// The cold rows this isolate parsed last, in stored order. The next version's text is mostly the
// same: runs expire rows from the front and append the rows that cool, so a reader of every row
// (`sort=upvotes`, a `q` reaching far back) after a new version parses only what was appended,
// not the megabyte of rows a year of history keeps.
let lastParsed: { text: string; rows: IndexRow[] } | undefined;

/** The rows of cold-row `text`, in stored order; reuses the rows parsed last for the text both share. */
function parsedRows(text: string): IndexRow[] {
  const reused = lastParsed ? sharedRows(lastParsed, text) : undefined;
  const rows = reused ?? parseLines(text);
  lastParsed = { text, rows };
  return rows;
}

// `text`'s rows from `before`'s when `text` is `before.text` less a prefix of whole lines plus
// appended lines; `undefined` otherwise (rows taken or inserted in the middle: parse it all).
function sharedRows(before: { text: string; rows: IndexRow[] }, text: string): IndexRow[] | undefined {
  if (before.text === text) return before.rows;
  const firstLine = text.slice(0, lineEnd(text, 0));
  // Lines are unique (one row per id) and start with their line break, so the first line is
  // found at most once, and only where a line starts.
  const from = before.text.indexOf(firstLine);
  if (from < 0) return undefined;
  const kept = before.text.length - from;
  if (!text.startsWith(before.text.slice(from))) return undefined;
  let dropped = 0;
  for (let at = before.text.indexOf('\n'); at >= 0 && at < from; at = before.text.indexOf('\n', at + 1)) dropped++;
  if (dropped > before.rows.length) return undefined;
  const appended = text.slice(kept);
  return appended === '' ? before.rows.slice(dropped) : [...before.rows.slice(dropped), ...parseLines(appended)];
}

// Newest first by first sighting; rows seen first at the same time keep the order they cooled in.
function newestByFirstSighting(rows: readonly IndexRow[]): IndexRow[] {
  const keyed = rows.map((row) => ({ row, first: firstSeen(row) }));
  keyed.sort((a, b) => b.first - a.first);
  return keyed.map((entry) => entry.row);
}

function parseLines(text: string): IndexRow[] {
  return (JSON.parse(`[${text.slice(0, -1)}]`) as RowTuple[]).map(fromTuple);
}

function idsOf(rows: readonly IndexRow[]): Set<string> {
  return new Set(rows.map((row) => row.id));
}

// Lines start with `\n`: a line runs from its `\n` to the next one (or the end).
function lineEnd(text: string, at: number): number {
  const end = text.indexOf('\n', at + 1);
  return end < 0 ? text.length : end;
}

function parseLine(text: string, at: number, end: number): IndexRow {
  // Without the leading `\n` and the trailing `,`.
  return fromTuple(JSON.parse(text.slice(at + 1, end - 1)) as RowTuple);
}
