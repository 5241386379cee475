/** How one index row is stored: a compact JSON tuple, times as epoch milliseconds (~130 bytes a paper). */
import type { ListName } from '../domain/types';
import type { IndexRow, Presence } from '../snapshot/paper-index';

type PresenceTuple = [first: number, last: number, rank: number | null, day?: string];
type ListsTuple = { t?: PresenceTuple; d?: PresenceTuple };
/** A row as stored. */
export type RowTuple = [id: string, hash: string, slot: number, offset: number, length: number, source: 0 | 1, upvotes: number, comments: number | null, stars: number | null, topics: number, lists: ListsTuple, fields: number];

const LIST_KEYS: Record<ListName, keyof ListsTuple> = { trending: 't', daily: 'd' };

/** The stored form of `row`, whose body must be placed. */
export function toTuple(row: IndexRow): RowTuple {
  if (!row.at) throw new Error(`the body of ${row.id} has not been stored`);
  const lists: ListsTuple = {};
  for (const [name, presence] of Object.entries(row.lists) as [ListName, Presence][]) {
    lists[LIST_KEYS[name]] = presence.day === undefined ? [presence.first, presence.last, presence.rank] : [presence.first, presence.last, presence.rank, presence.day];
  }
  const source: 0 | 1 = row.source === 'json' ? 0 : 1;
  return [row.id, row.hash, row.at.chunk, row.at.offset, row.at.length, source, row.upvotes, row.comments, row.githubStars, row.topics, lists, row.fields];
}

const rowTexts = new WeakMap<IndexRow, string>();

/**
 * `JSON.stringify(toTuple(row))`, remembered per row object. Rows are never changed once built (a
 * run that changes a paper makes a new row), and a run writes mostly the rows the previous run of
 * its isolate wrote: their text is not made again.
 */
export function rowJson(row: IndexRow): string {
  let text = rowTexts.get(row);
  if (text === undefined) {
    text = JSON.stringify(toTuple(row));
    rowTexts.set(row, text);
  }
  return text;
}

/** The row of a stored tuple. Runs for every row parsed: plain indexed reads and object literals, no destructuring. */
export function fromTuple(tuple: RowTuple): IndexRow {
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
