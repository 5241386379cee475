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
 * shown. Lines are copied as stored, in ASCII (`ascii-lines.ts`): nothing is parsed.
 */
import type { BodyStorage, IndexRow } from '../snapshot/paper-index';
import type { FeedBodies } from './cold-newest';
import type { IndexLayout } from './index-codec';
import { asciiJson } from './ascii-lines';

/** A feed is thin when the head's newest rows hold fewer of its papers than a default page; its page is that long. */
export const FEED_PAGE = 50;
/** A group is copied again once its pages reach this many body values besides the newest and the copies. */
export const MIN_VALUES_MISSED = 2;
/** Body values a run reads at most to copy bodies from. */
export const MAX_VALUES_READ = 4;

/** The layout to store (naming the copies), and the copy value to write first, if any. */
export interface FeedBodiesPlan {
  layout: IndexLayout;
  write: { key: string; text: string } | null;
}

/** Plans the copies for `layout` (about to be stored with `storage`), reading values through `read`; `null`: nothing to change. */
export async function planFeedBodies(layout: IndexLayout, storage: BodyStorage, now: number, read: (key: string) => Promise<string | null>): Promise<FeedBodiesPlan | null> {
  const newest = layout.cold.newest;
  const before = newest.copies;
  // Nothing a thin feed shows moved out of the newest body value since the last look: no need to look.
  if (!newest.modified && before?.slots === storage.slots.length) return null;
  const last = storage.slots.length - 1;
  const values = before?.values ?? [];
  let best: { group: number; rows: IndexRow[]; outside: Map<number, number> } | undefined;
  for (const [group, rows] of newest.thinPages(layout.head.latest, layout.hot, layout.head.topics.queries.length, FEED_PAGE)) {
    const copies = values.find((value) => value.group === group);
    // Rows in the newest body value need no copy: a reader reads that value for the newest papers anyway.
    const outside = new Map<number, number>();
    for (const row of rows) if (row.at && row.at.chunk !== last && copies?.at[row.id]?.[2] !== row.hash) outside.set(row.at.chunk, (outside.get(row.at.chunk) ?? 0) + 1);
    if (outside.size >= MIN_VALUES_MISSED && (!best || outside.size > best.outside.size)) best = { group, rows, outside };
  }
  const looked = (list: FeedBodies[]) => ({ ...layout, cold: layout.cold.withNewest(newest.withCopies({ slots: storage.slots.length, values: list })) });
  if (!best) return { layout: looked(values), write: null };

  const copies = values.find((value) => value.group === best.group);
  // The values holding the most missing rows first.
  const texts = new Map<number, string>();
  for (const [chunk] of [...best.outside].sort((a, b) => b[1] - a[1]).slice(0, MAX_VALUES_READ)) {
    const key = storage.slots[chunk]?.key;
    const text = key ? await read(key) : null;
    if (text !== null) texts.set(chunk, text);
  }
  const old = copies ? await read(copies.key) : null;
  let text = '';
  const at: FeedBodies['at'] = {};
  for (const row of best.rows) {
    let line: string | undefined;
    const previous = copies?.at[row.id];
    if (old !== null && previous && previous[2] === row.hash) line = old.slice(previous[0], previous[0] + previous[1]);
    else if (row.at && texts.has(row.at.chunk)) line = (texts.get(row.at.chunk) as string).slice(row.at.offset, row.at.offset + row.at.length);
    if (line === undefined || line === '') continue;
    // Lines copied from values written before those were ASCII are made so here.
    line = asciiJson(line);
    at[row.id] = [text.length, line.length, row.hash];
    text += `${line}\n`;
  }
  const key = `papers:v2:copies:${best.group}:${now.toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const value: FeedBodies = { group: best.group, key, length: text.length, ascii: true, at };
  return { layout: looked([...values.filter((entry) => entry.group !== best.group), value]), write: { key, text } };
}

/** The keys of every copy value `layout` names. */
export function copyKeys(layout: IndexLayout): string[] {
  return layout.cold.keepsNewest ? (layout.cold.newest.copies?.values ?? []).map((value) => value.key) : [];
}
