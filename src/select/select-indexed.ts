/**
 * Filter → sort → limit over the index, reading bodies only where they are needed: to test a
 * `q` filter (or a topic whose bits are not computed yet) and to render what is selected. Rows are
 * filtered and sorted on their own fields first, then bodies are tested in feed order, a window
 * at a time, until the feed is full: a feed of 50 reads about 50 bodies, whatever is kept.
 */
import type { FeedSource, ListName, Paper } from '../domain/types';
import type { PaperMatcher } from '../query';
import { firstSeen, paperOf, type IndexRow, type PaperBody } from '../snapshot/paper-index';
import type { SortOrder } from './select-papers';

/** What a feed (or page) asks of the index. */
export interface IndexSelection {
  /** The list the feed follows: only its papers, dated and ordered by their sightings on it. Default: every paper. */
  source?: FeedSource;
  limit: number;
  sort: SortOrder;
  minUpvotes?: number;
  /** Topic membership from the row: `undefined` when only the body can tell. */
  inTopic: (row: IndexRow) => boolean | undefined;
  /** The topic's own matcher, for rows whose bit cannot tell. */
  topicMatches?: PaperMatcher;
  /** The `q` filter. */
  search?: PaperMatcher;
}

/** Bodies of some rows, by id (from the store, or from memory in tests). */
export type BodyLoader = (rows: readonly IndexRow[]) => Promise<ReadonlyMap<string, PaperBody>>;

/** The papers of `selection` from `rows` (newest first), in feed order. */
export async function selectIndexed(rows: readonly IndexRow[], selection: IndexSelection, load: BodyLoader): Promise<Paper[]> {
  const { minUpvotes, inTopic } = selection;
  const list = selection.source === 'any' ? undefined : selection.source;
  const candidates: { row: IndexRow; topic: boolean | undefined }[] = [];
  let reordered = false;
  for (const row of rows) {
    if (minUpvotes !== undefined && row.upvotes < minUpvotes) continue;
    const presence = list ? row.lists[list] : undefined;
    if (list && !presence) continue;
    // Rows are newest first by their earliest sighting; a list's own dates may order them otherwise.
    if (presence && presence.first !== firstSeen(row)) reordered = true;
    const topic = inTopic(row);
    if (topic === false) continue;
    candidates.push({ row, topic });
  }
  const comparator = selection.sort === 'new' ? (list && reordered ? byFirstOn(list) : undefined) : COMPARATORS[selection.sort];
  if (comparator) candidates.sort((a, b) => comparator(a.row, b.row));

  const papers: Paper[] = [];
  // Most candidates pass when only the bits decide; a text filter keeps fewer, so look further ahead.
  const window = selection.search || candidates.some((c) => c.topic === undefined) ? Math.max(selection.limit * 2, 100) : selection.limit;
  for (let at = 0; at < candidates.length && papers.length < selection.limit; at += window) {
    const slice = candidates.slice(at, at + window);
    const bodies = await load(slice.map((c) => c.row));
    for (const { row, topic } of slice) {
      const body = bodies.get(row.id);
      if (!body) continue;
      if (topic === undefined && !(selection.topicMatches?.(body) ?? true)) continue;
      if (selection.search && !selection.search(body)) continue;
      papers.push(paperOf(row, body, list));
      if (papers.length === selection.limit) break;
    }
  }
  return papers;
}

/** How many of `rows` are in a topic whose bits cannot tell for some rows: those are matched. */
export async function countIndexed(rows: readonly IndexRow[], inTopic: (row: IndexRow) => boolean | undefined, matches: PaperMatcher, load: BodyLoader): Promise<number> {
  let count = 0;
  const unknown: IndexRow[] = [];
  for (const row of rows) {
    const topic = inTopic(row);
    if (topic === true) count++;
    else if (topic === undefined) unknown.push(row);
  }
  if (unknown.length === 0) return count;
  const bodies = await load(unknown);
  for (const row of unknown) {
    const body = bodies.get(row.id);
    if (body && matches(body)) count++;
  }
  return count;
}

/** Newest first by the sighting on `list`; ties in trending order, then by id (as `byNewest`). */
function byFirstOn(list: ListName): (a: IndexRow, b: IndexRow) => number {
  return (a, b) =>
    (b.lists[list]?.first ?? 0) - (a.lists[list]?.first ?? 0) ||
    (a.lists.trending?.rank ?? Infinity) - (b.lists.trending?.rank ?? Infinity) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

// Ties keep the index order (newest first): Array#sort is stable.
const COMPARATORS: Record<Exclude<SortOrder, 'new'>, (a: IndexRow, b: IndexRow) => number> = {
  // Papers no longer trending follow those that are, most recently seen first.
  trending: (a, b) => {
    const ra = a.lists.trending?.rank ?? Infinity;
    const rb = b.lists.trending?.rank ?? Infinity;
    if (ra !== rb) return ra - rb;
    return ra === Infinity ? lastOf(b) - lastOf(a) : 0;
  },
  upvotes: (a, b) => b.upvotes - a.upvotes,
};

function lastOf(row: IndexRow): number {
  let last = -Infinity;
  for (const presence of Object.values(row.lists)) if (presence && presence.last > last) last = presence.last;
  return last;
}
