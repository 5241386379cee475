/**
 * Reads the query string of a feed request into typed options, refusing bad values with a 400
 * (a 414 for an overlong `q`) that names the parameter and says what is wrong. Unknown parameters
 * are ignored (readers append their own), and so are empty ones (`?q=&limit=` from a form).
 */
import type { FeedSource } from '../domain/types';
import { DEFAULT_SOURCE, FEED_SOURCES, isFeedSource } from '../feeds';
import { compileQuery, QuerySyntaxError, type PaperMatcher } from '../query';
import { SORT_ORDERS, type SortOrder } from '../select/select-papers';
import { badParameter, problem } from './problem';

/** Options every feed understands. */
export interface FeedQuery {
  /** Which list the feed follows (`trending` unless the URL says otherwise). */
  source: FeedSource;
  limit: number;
  sort: SortOrder;
  minUpvotes?: number;
  /** The `q` filter, as given (trimmed) and compiled. */
  search?: { text: string; matches: PaperMatcher };
}

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 200;
export const MAX_MIN_UPVOTES = 1_000_000;
/** Longest `q` accepted, in characters. */
export const MAX_QUERY_CHARS = 512;

/** Parses the feed options of `url`. */
export function readFeedQuery(url: URL): FeedQuery {
  const minUpvotes = readInteger(url, 'min_upvotes', -1, 0, MAX_MIN_UPVOTES);
  const search = readSearch(url);
  return {
    source: readSource(url),
    limit: readInteger(url, 'limit', DEFAULT_LIMIT, 1, MAX_LIMIT),
    sort: readSort(url),
    ...(minUpvotes >= 0 ? { minUpvotes } : {}),
    ...(search ? { search } : {}),
  };
}

/** Reads an integer parameter in `[min, max]`, or `fallback` when absent or empty. */
export function readInteger(url: URL, name: string, fallback: number, min: number, max: number): number {
  const raw = readOnce(url, name);
  if (raw === undefined) return fallback;
  if (!/^\s*\d+\s*$/.test(raw)) {
    throw badParameter(name, `${name} must be a whole number from ${min} to ${max}, got ${JSON.stringify(raw.slice(0, 50))}`);
  }
  const n = Number(raw);
  if (n < min || n > max) throw badParameter(name, `${name} must be from ${min} to ${max}, got ${raw.trim().slice(0, 50)}`);
  return n;
}

function readSource(url: URL): FeedSource {
  const raw = readOnce(url, 'source');
  if (raw === undefined) return DEFAULT_SOURCE;
  const source = raw.trim();
  if (isFeedSource(source)) return source;
  throw problem({
    status: 400,
    title: 'Invalid parameter: source',
    detail: `source must be one of ${FEED_SOURCES.join(', ')}, got ${JSON.stringify(raw.slice(0, 50))}`,
    extra: { parameter: 'source', valid_values: [...FEED_SOURCES] },
  });
}

function readSort(url: URL): SortOrder {
  const raw = readOnce(url, 'sort');
  if (raw === undefined) return 'new';
  const sort = SORT_ORDERS.find((order) => order === raw.trim());
  if (!sort) throw badParameter('sort', `sort must be one of ${SORT_ORDERS.join(', ')}, got ${JSON.stringify(raw.slice(0, 50))}`);
  return sort;
}

function readSearch(url: URL): FeedQuery['search'] {
  const raw = readOnce(url, 'q');
  if (raw === undefined) return undefined;
  if (raw.length > MAX_QUERY_CHARS) {
    throw problem({
      status: 414,
      title: 'Query too long',
      detail: `q is ${raw.length} characters long; the limit is ${MAX_QUERY_CHARS}`,
      extra: { parameter: 'q', max_length: MAX_QUERY_CHARS },
    });
  }
  try {
    // Compiled as given, so that error positions count characters of what the user wrote.
    return { text: raw.trim().replace(/\s+/g, ' '), matches: compileQuery(raw) };
  } catch (error) {
    if (error instanceof QuerySyntaxError) throw badParameter('q', `q is not a valid query: ${error.message}`);
    throw error;
  }
}

/** The one value of `name`; `undefined` when absent or empty; a 400 when given twice. */
function readOnce(url: URL, name: string): string | undefined {
  const values = url.searchParams.getAll(name).filter((value) => value.trim() !== '');
  if (values.length > 1) throw badParameter(name, `${name} is given ${values.length} times; give it once`);
  return values[0];
}
