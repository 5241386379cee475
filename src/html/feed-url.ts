/**
 * Feed URLs as pages print them. The filter form (server route and page script alike) builds its
 * URL here, so what a person copies is exactly what the feed route reads.
 */
export { feedUrl } from '../feeds';

/** The query parameters the filter form carries over to the feed, in the order they are written. */
export const FILTER_PARAMS = ['source', 'q', 'min_upvotes', 'sort'] as const;

/** Default values that are left out of a built URL, so the shortest equivalent URL is shared. */
const DEFAULTS: Partial<Record<(typeof FILTER_PARAMS)[number], string>> = { source: 'trending', sort: 'new' };

/**
 * The query string for a filtered feed from the form's fields: blank fields and defaults are
 * dropped, values are trimmed. Returns `''` or a string starting with `?`.
 */
export function filterSearch(fields: URLSearchParams): string {
  const out = new URLSearchParams();
  for (const name of FILTER_PARAMS) {
    const value = (fields.get(name) ?? '').trim();
    if (value !== '' && value !== DEFAULTS[name]) out.set(name, value);
  }
  const search = out.toString();
  return search === '' ? '' : `?${search}`;
}
