/**
 * Copies of the bodies that thin feeds show. A feed the head's newest rows do not fill (a rare
 * topic at a year of history) shows papers first seen over months, whose bodies are spread over
 * one body value per ~140 papers: a fresh isolate would read and decode dozens of values for one
 * page. So runs keep copies of the bodies of each thin feed's first page in one value per group of
 * feeds (`COPY_GROUPS`, by topic bit), and such a request reads the index, its group's copies and
 * the newest body value.
 *
 * A group's copies are rebuilt only when its pages' rows outside them span two or more body values
 * besides the newest (rows cooled into those feeds since, or a first build), one group a run (the
 * one missing most), reading at most `MAX_VALUES_READ` body values; the rest follow in later runs.
 * A copy serves a row only while the row's body hash is the one copied, so a stale copy is never
 * shown. Lines are copied as stored, in ASCII (`ascii-lines.ts`), as bytes: nothing is parsed,
 * decoded or encoded but lines of values written before values were ASCII.
 */
import type { BodyStorage, IndexRow } from '../snapshot/paper-index';
import type { FeedBodies } from './cold-newest';
import type { IndexLayout } from './index-codec';
import { asciiJson } from './ascii-lines';
import { LINE_FEED, Utf8Parts } from './utf8-parts';

/** A feed is thin when the head's newest rows hold fewer of its papers than a default page; its page is that long. */
export const FEED_PAGE = 50;
/** A group is copied again once its pages reach this many body values besides the newest and the copies. */
export const MIN_VALUES_MISSED = 2;
/** Body values a run reads at most to copy bodies from. */
export const MAX_VALUES_READ = 4;

/** The layout to store (naming the copies), and the copy value to write first, if any (ASCII lines, as bytes). */
export interface FeedBodiesPlan {
  layout: IndexLayout;
  write: { key: string; bytes: Uint8Array } | null;
}

/** A body value as a run reads it to copy lines from: its bytes when it is in ASCII, else its text. */
export type BodyValue = Uint8Array | string;

/**
 * Plans the copies for `layout` (about to be stored with `storage`), reading values through `read`
 * (`ascii`: the value is written in ASCII, and may be given as bytes); `null`: nothing to change.
 */
export async function planFeedBodies(
  layout: IndexLayout,
  storage: BodyStorage,
  now: number,
  read: (key: string, ascii: boolean) => Promise<BodyValue | null>,
): Promise<FeedBodiesPlan | null> {
  const newest = layout.cold.newest;
  const before = newest.copies;
  // Nothing a thin feed shows moved out of the newest body value since the last look, which left
  // nothing to copy: no need to look.
  if (!newest.modified && before?.slots === storage.slots.length && before.more !== true) return null;
  const last = storage.slots.length - 1;
  const values = before?.values ?? [];
  let best: { group: number; rows: IndexRow[]; outside: Map<number, number> } | undefined;
  let missing = 0;
  for (const [group, rows] of newest.thinPages(layout.head.latest, layout.hot, layout.head.topics.queries.length, FEED_PAGE)) {
    const copies = values.find((value) => value.group === group);
    // Rows in the newest body value need no copy: a reader reads that value for the newest papers anyway.
    const outside = new Map<number, number>();
    for (const row of rows) if (row.at && row.at.chunk !== last && copies?.at[row.id]?.[2] !== row.hash) outside.set(row.at.chunk, (outside.get(row.at.chunk) ?? 0) + 1);
    if (outside.size < MIN_VALUES_MISSED) continue;
    missing++;
    if (!best || outside.size > best.outside.size) best = { group, rows, outside };
  }
  // Another group to copy, or more values than a run reads for this one: the next run looks again.
  const more = best !== undefined && (missing > 1 || best.outside.size > MAX_VALUES_READ);
  const looked = (list: FeedBodies[]) => ({ ...layout, cold: layout.cold.withNewest(newest.withCopies({ slots: storage.slots.length, values: list, ...(more ? { more } : {}) })) });
  if (!best) return { layout: looked(values), write: null };

  const copies = values.find((value) => value.group === best.group);
  // The values holding the most missing rows first.
  const sources = new Map<number, BodyValue>();
  for (const [chunk] of [...best.outside].sort((a, b) => b[1] - a[1]).slice(0, MAX_VALUES_READ)) {
    const slot = storage.slots[chunk];
    const value = slot?.key ? await read(slot.key, slot.ascii === true) : null;
    if (value !== null) sources.set(chunk, value);
  }
  const old = copies ? await read(copies.key, copies.ascii === true) : null;
  const lines: Uint8Array[] = [];
  let length = 0;
  const at: FeedBodies['at'] = {};
  for (const row of best.rows) {
    let line: Uint8Array | undefined;
    const previous = copies?.at[row.id];
    if (old !== null && previous && previous[2] === row.hash) line = copyLine(old, previous[0], previous[1]);
    else if (row.at && sources.has(row.at.chunk)) line = copyLine(sources.get(row.at.chunk) as BodyValue, row.at.offset, row.at.length);
    if (line === undefined || line.length === 0) continue;
    at[row.id] = [length, line.length, row.hash];
    lines.push(line, LINE_FEED);
    length += line.length + 1;
  }
  const key = `papers:v2:copies:${best.group}:${now.toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const value: FeedBodies = { group: best.group, key, length, ascii: true, at };
  return { layout: looked([...values.filter((entry) => entry.group !== best.group), value]), write: { key, bytes: Utf8Parts.concat(lines, length) } };
}

const utf8 = new TextEncoder();
const OPEN = 0x7b;
const CLOSE = 0x7d;

/**
 * Line `offset`…`offset + length` of a body value, in ASCII: a view of its bytes when it is ASCII
 * (a byte per character, so offsets are the same), else its text made ASCII (values written before
 * lines were) and encoded. Nothing is parsed. Bytes that are not a line where the offsets say (a
 * value flagged ASCII that is not, whose offsets are characters, cut lines elsewhere) are read as
 * text instead.
 */
export function copyLine(value: BodyValue, offset: number, length: number): Uint8Array {
  if (typeof value !== 'string') {
    const line = value.subarray(offset, offset + length);
    if (line[0] === OPEN && line[line.length - 1] === CLOSE) return line;
    return copyLine(textOf(value), offset, length);
  }
  return utf8.encode(asciiJson(value.slice(offset, offset + length)));
}

// The text of a value given as bytes that turned out not to be ASCII, decoded once.
const texts = new WeakMap<Uint8Array, string>();
const decoder = new TextDecoder();
function textOf(bytes: Uint8Array): string {
  let text = texts.get(bytes);
  if (text === undefined) {
    text = decoder.decode(bytes);
    texts.set(bytes, text);
  }
  return text;
}

/** The keys of every copy value `layout` names. */
export function copyKeys(layout: IndexLayout): string[] {
  return layout.cold.keepsNewest ? (layout.cold.newest.copies?.values ?? []).map((value) => value.key) : [];
}
