/**
 * Copies of the bodies that thin feeds show, together in one value. A feed the head's newest rows
 * do not fill (a rare topic at a year of history) shows cold papers first seen over months, whose
 * bodies are spread over one body value per ~140 papers; a fresh isolate would read and decode
 * dozens of values for one page. A run keeps copies of those bodies — of the newest cold rows and
 * the hot rows of every feed that the head's newest rows leave short of a page — in one value, so
 * such a request reads the index, that value and the newest body value.
 *
 * The copies are rebuilt only when the feeds' rows outside it span two or more body values besides
 * the newest (rows cooled into those feeds since the last copy), reading at most
 * `MAX_VALUES_READ` values a run; the rest follow in later runs. A copy serves a row only while the
 * row's body hash is the one copied, so a stale copy is never shown. Lines are copied as stored:
 * nothing is parsed.
 */
import type { BodyStorage, IndexRow } from '../snapshot/paper-index';
import type { FeedBodies } from './cold-newest';
import type { IndexLayout } from './index-codec';

/** A feed is thin when the head's newest rows hold fewer of its papers than a default page. */
export const FEED_PAGE = 50;
/** Body values a run reads at most to copy bodies from. */
export const MAX_VALUES_READ = 8;

/** A new copy value to write, and the layout naming it; `null` when the copies need no change. */
export interface FeedBodiesPlan {
  key: string;
  text: string;
  layout: IndexLayout;
}

/** Plans the copies for `layout` (about to be stored with `storage`), reading values through `read`. */
export async function planFeedBodies(layout: IndexLayout, storage: BodyStorage, now: number, read: (key: string) => Promise<string | null>): Promise<FeedBodiesPlan | null> {
  const newest = layout.cold.newest;
  // Nothing a thin feed shows moved out of the newest body value since the last look: no need to look.
  if (!newest.modified && newest.bodies?.slots === storage.slots.length) return null;
  const rows = newest.thin(layout.head.latest, layout.hot, layout.head.topics.queries.length, FEED_PAGE);
  const copies = newest.bodies;
  const last = storage.slots.length - 1;
  const copied = (row: IndexRow) => copies?.at[row.id]?.[2] === row.hash;
  // Rows in the newest body value need no copy: a reader reads that value for the newest papers anyway.
  const outside = new Map<number, number>();
  for (const row of rows) if (row.at && row.at.chunk !== last && !copied(row)) outside.set(row.at.chunk, (outside.get(row.at.chunk) ?? 0) + 1);
  const dropped = copies !== undefined && Object.keys(copies.at).length > rows.length * 2;
  if (outside.size < 2 && !dropped) return null;

  // The values holding the most missing rows first.
  const chunks = [...outside].sort((a, b) => b[1] - a[1]).slice(0, MAX_VALUES_READ).map(([chunk]) => chunk);
  const texts = new Map<number, string>();
  for (const chunk of chunks) {
    const key = storage.slots[chunk]?.key;
    const text = key ? await read(key) : null;
    if (text !== null) texts.set(chunk, text);
  }
  const before = copies ? await read(copies.key) : null;
  let text = '';
  const at: FeedBodies['at'] = {};
  for (const row of rows) {
    let line: string | undefined;
    const previous = copies?.at[row.id];
    if (before !== null && previous && previous[2] === row.hash) line = before.slice(previous[0], previous[0] + previous[1]);
    else if (row.at && texts.has(row.at.chunk)) line = (texts.get(row.at.chunk) as string).slice(row.at.offset, row.at.offset + row.at.length);
    if (line === undefined || line === '' || row.id in at) continue;
    at[row.id] = [text.length, line.length, row.hash];
    text += `${line}\n`;
  }
  const key = `papers:v2:copies:${now.toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const cold = layout.cold.withNewest(newest.withBodies({ key, length: text.length, at, slots: storage.slots.length }));
  return { key, text, layout: { ...layout, cold, head: { ...layout.head, storage: { ...layout.head.storage, copies: key } } } };
}
