/** Paper counts per source and topic bit, kept in the index head so the index page never counts rows. */
import type { FeedSource } from '../domain/types';
import type { IndexRow } from '../snapshot/paper-index';

/** Paper counts of one source: all of them, and per topic bit. */
export interface SourceCounts {
  papers: number;
  topics: number[];
}

/** Counts per feed source. */
export type Counts = Record<FeedSource, SourceCounts>;

/** Zero counts for `bits` topic bits. */
export function emptyCounts(bits: number): Counts {
  const empty = (): SourceCounts => ({ papers: 0, topics: new Array<number>(bits).fill(0) });
  return { any: empty(), trending: empty(), daily: empty() };
}

/** Adds (`sign` 1) or removes (`sign` -1) `row` to or from `counts`, in place. */
export function countRow(counts: Counts, row: IndexRow, sign: 1 | -1): void {
  const bits = counts.any.topics.length;
  const into = [counts.any];
  if (row.lists.trending) into.push(counts.trending);
  if (row.lists.daily) into.push(counts.daily);
  for (const count of into) {
    count.papers += sign;
    for (let bit = 0; bit < bits; bit++) if (row.topics & (1 << bit)) count.topics[bit] = (count.topics[bit] ?? 0) + sign;
  }
}

/** The counts of `rows`. */
export function countsOf(rows: readonly IndexRow[], bits: number): Counts {
  const counts = emptyCounts(bits);
  for (const row of rows) countRow(counts, row, 1);
  return counts;
}

/** `a` + `b`, over `a`'s topic bits. */
export function addCounts(a: Counts, b: Counts): Counts {
  const sum = (x: SourceCounts, y: SourceCounts): SourceCounts => ({ papers: x.papers + y.papers, topics: x.topics.map((n, bit) => n + (y.topics[bit] ?? 0)) });
  return { any: sum(a.any, b.any), trending: sum(a.trending, b.trending), daily: sum(a.daily, b.daily) };
}

/** A copy of `counts` to change. */
export function copyCounts(counts: Counts): Counts {
  const copy = (x: SourceCounts): SourceCounts => ({ papers: x.papers, topics: [...x.topics] });
  return { any: copy(counts.any), trending: copy(counts.trending), daily: copy(counts.daily) };
}
