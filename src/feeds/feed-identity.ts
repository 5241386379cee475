/**
 * Which feed a request is, as feed readers must see it: the list it is drawn from, the topic and
 * the filters that decide which papers it holds. Item ids derive from it, so a paper in two feeds
 * is two items. Some readers (newsboat) keep one item per id across every subscription; with one
 * id per paper, a paper in `all` and in `graphs` would vanish from one of them.
 *
 * Format, `sort` and `limit` are not part of it (the RSS and the Atom of a feed, or the feed in
 * another order, are the same items), and neither is the host: a custom domain or another port
 * must not turn every paper into a new item.
 */
import type { FeedSource } from '../domain/types';

/** What decides a feed's membership. */
export interface FeedMembership {
  source: FeedSource;
  /** Topic slug; `all` for every paper. */
  topic: string;
  /** The `q` filter as given; absent or blank for none. */
  q?: string | undefined;
  /** The `min_upvotes` filter; absent (or 0, which every paper meets) for none. */
  minUpvotes?: number | undefined;
}

/**
 * Tag URIs (RFC 4151) minted by paperfeed: the product's name and the year the scheme was set.
 * Never change it: every id readers have stored starts with it.
 */
const TAG_PREFIX = 'tag:paperfeed,2026:';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * The feed's key, e.g. `trending/all` or `trending/graphs?min_upvotes=10&q=hypernetwork%20-survey`.
 * Equivalent spellings of a URL give one key: `q` is compared as parsed (escapes decoded), with
 * white space collapsed and Unicode in NFC, and the parameters are written in one fixed order.
 * Every character of the key is allowed in a tag URI.
 */
export function feedIdentity(membership: FeedMembership): string {
  const params: string[] = [];
  if (membership.minUpvotes !== undefined && membership.minUpvotes > 0) params.push(`min_upvotes=${membership.minUpvotes}`);
  const q = canonicalQuery(membership.q ?? '');
  if (q !== '') params.push(`q=${encodeURIComponent(q)}`);
  return `${membership.source}/${membership.topic}${params.length > 0 ? `?${params.join('&')}` : ''}`;
}

/** The feed's own id (Atom `<id>`): a tag URI of its key. */
export function feedTagUri(feedKey: string): string {
  return `${TAG_PREFIX}${feedKey}`;
}

/** An item's id in the feed `feedKey`: the feed's id with the arXiv id as its fragment. */
export function itemTagUri(feedKey: string, arxivId: string): string {
  return `${TAG_PREFIX}${feedKey}#${arxivId}`;
}

function canonicalQuery(q: string): string {
  // encodeURIComponent throws on a lone surrogate; a URL parser would have made it U+FFFD anyway.
  return q.replace(LONE_SURROGATE, '\uFFFD').normalize('NFC').trim().replace(/\s+/g, ' ');
}
