/**
 * Formatting for people: counts, dates and author lists as pages show them. Dates are rendered in
 * UTC from the snapshot, so the same snapshot always gives the same bytes; the page script may
 * restate them in the reader's own time zone.
 */

export { formatCount } from '../feeds/count';
import { formatCount } from '../feeds/count';

/** `3 papers`, `1 paper`. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

/** `2026-11-28 03:14 UTC` for an ISO 8601 time; the input unchanged when it does not parse. */
export function formatUtc(iso: string): string {
  const ms = Date.parse(iso);
  if (!Number.isFinite(ms)) return iso;
  return `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** `2026-09-08` for an ISO 8601 time. */
export function formatDay(iso: string): string {
  return iso.slice(0, 10);
}

/** "A, B, C and 12 others": a card shows who wrote the paper, not the whole consortium. */
export function shortAuthorList(authors: readonly string[], max = 6): string {
  if (authors.length <= max) return authors.join(', ');
  return `${authors.slice(0, max).join(', ')} and ${plural(authors.length - max, 'other')}`;
}
