/**
 * Reads the query string of a feed request into typed options, refusing bad values with a 400
 * that names the parameter. Unknown parameters are ignored (readers append their own).
 */
import { badParameter } from './problem';

/** Options every feed understands. */
export interface FeedQuery {
  limit: number;
  minUpvotes?: number;
}

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 200;

/** Parses the feed options of `url`. */
export function readFeedQuery(url: URL): FeedQuery {
  const minUpvotes = url.searchParams.has('min_upvotes') ? readInteger(url, 'min_upvotes', 0, 0, 1_000_000_000) : undefined;
  return { limit: readInteger(url, 'limit', DEFAULT_LIMIT, 1, MAX_LIMIT), ...(minUpvotes === undefined ? {} : { minUpvotes }) };
}

/** Reads an integer parameter in `[min, max]`, or `fallback` when absent. */
export function readInteger(url: URL, name: string, fallback: number, min: number, max: number): number {
  const values = url.searchParams.getAll(name);
  if (values.length === 0) return fallback;
  if (values.length > 1) throw badParameter(name, `${name} is given ${values.length} times; give it once`);
  const raw = values[0] ?? '';
  if (!/^\s*\d+\s*$/.test(raw)) {
    throw badParameter(name, `${name} must be a whole number from ${min} to ${max}, got ${JSON.stringify(raw.slice(0, 50))}`);
  }
  const n = Number(raw);
  if (n < min || n > max) throw badParameter(name, `${name} must be from ${min} to ${max}, got ${n}`);
  return n;
}
