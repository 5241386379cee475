/**
 * Where a feed lives. Every page, list and feed builds its feed URLs here, so they cannot drift.
 */
import type { FeedFormat } from './render';

/** A feed in one of its formats, or `html`: the page of exactly that feed, for people. */
export type FeedView = FeedFormat | 'html';

/** `https://host/feeds/{slug}.{view}{search}`; `search` is `''` or starts with `?`. */
export function feedUrl(origin: string, slug: string, view: FeedView, search = ''): string {
  return `${origin}/feeds/${slug}.${view}${search}`;
}
