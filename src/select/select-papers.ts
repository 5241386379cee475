/**
 * Source → filter → sort → limit: the step between the stored snapshot and a rendered feed. Pure.
 */
import type { FeedSource, Paper } from '../domain/types';
import { papersOn } from '../snapshot/list-view';

export type SortOrder = 'new' | 'trending' | 'upvotes';
export const SORT_ORDERS: readonly SortOrder[] = ['new', 'trending', 'upvotes'];

/** What a feed request asks for. */
export interface Selection {
  /** The list the feed follows; its papers carry their dates on that list. Default: every paper as stored. */
  source?: FeedSource;
  limit: number;
  sort: SortOrder;
  minUpvotes?: number;
  /** Topic and `q` filters, already compiled. */
  matches?: (paper: Paper) => boolean;
}

/** Returns the papers a feed shows, in feed order. `papers` is in snapshot order (newest first). */
export function selectPapers(papers: readonly Paper[], selection: Selection): Paper[] {
  const { minUpvotes, matches, source } = selection;
  const listed = source === undefined ? papers : papersOn(papers, source);
  const kept = listed.filter((paper) => (minUpvotes === undefined || paper.upvotes >= minUpvotes) && (!matches || matches(paper)));
  const sorted = selection.sort === 'new' ? kept : [...kept].sort(COMPARATORS[selection.sort]);
  return sorted.slice(0, selection.limit);
}

// Ties fall back to the snapshot order (newest first), which Array#sort keeps: it is stable.
const COMPARATORS: Record<Exclude<SortOrder, 'new'>, (a: Paper, b: Paper) => number> = {
  // Papers no longer trending follow those that are, most recently seen first.
  trending: (a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || (a.rank === null && b.rank === null ? cmp(b.lastSeenAt, a.lastSeenAt) : 0),
  upvotes: (a, b) => b.upvotes - a.upvotes,
};

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
