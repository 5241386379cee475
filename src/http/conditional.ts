/**
 * HTTP validators from the snapshot (not the render time): the same snapshot and URL always give
 * the same ETag, so readers that send `If-None-Match` / `If-Modified-Since` get a cheap 304.
 */

/**
 * A weak ETag for `version` as served at `key`. The key must hold everything else the bytes
 * depend on: origin (links are absolute), path, query, and any variant (the HTML preview).
 */
export function etagFor(version: string, key: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return `W/"${version}-${(hash >>> 0).toString(16)}"`;
}

/**
 * Whether the request's validators match, per RFC 9110 §13.1: `If-None-Match` (weak comparison,
 * a list of entity tags or `*`) wins over `If-Modified-Since`, which counts only when it is one
 * valid HTTP-date (compared at one-second granularity); anything else in it is ignored.
 */
export function isNotModified(headers: Headers, etag: string, lastModified: Date): boolean {
  const ifNoneMatch = headers.get('if-none-match');
  if (ifNoneMatch !== null) {
    if (ifNoneMatch.trim() === '*') return true;
    const ours = opaqueTag(etag);
    return entityTags(ifNoneMatch).some((tag) => opaqueTag(tag) === ours);
  }
  const ifModifiedSince = headers.get('if-modified-since');
  if (ifModifiedSince !== null) {
    const since = parseHttpDate(ifModifiedSince);
    return since !== null && Math.floor(lastModified.getTime() / 1000) <= Math.floor(since / 1000);
  }
  return false;
}

// An entity tag: optional weakness marker, then a quoted string without quotes (RFC 9110 §8.8.3).
// Read as tokens rather than split at commas, since a comma is a valid character inside one.
const ENTITY_TAG = /(?:W\/)?"[^"]*"/g;

function entityTags(header: string): string[] {
  return header.slice(0, 4_096).match(ENTITY_TAG) ?? [];
}

function opaqueTag(tag: string): string {
  return tag.startsWith('W/') ? tag.slice(2) : tag;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// The three forms of RFC 9110 §5.6.7: IMF-fixdate, and the obsolete RFC 850 and asctime forms.
const IMF_FIXDATE = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) ([A-Z][a-z]{2}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT$/;
const RFC_850 = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\d{2})-([A-Z][a-z]{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2}) GMT$/;
const ASCTIME = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) ([A-Z][a-z]{2}) ([ \d]\d) (\d{2}):(\d{2}):(\d{2}) (\d{4})$/;

/**
 * Milliseconds since the epoch of an HTTP-date, or `null` when `value` is not exactly one. Lenient
 * parsers such as `Date.parse` read `2100` or `1` as dates, which would turn junk into a 304.
 */
export function parseHttpDate(value: string): number | null {
  const text = value.trim();
  let parts: [day: string, month: string, year: string, h: string, m: string, s: string] | null = null;
  let match = IMF_FIXDATE.exec(text);
  if (match) parts = [match[1] ?? '', match[2] ?? '', match[3] ?? '', match[4] ?? '', match[5] ?? '', match[6] ?? ''];
  match = parts ? null : RFC_850.exec(text);
  if (match) {
    // Two-digit years: 70–99 are 19xx, the rest 20xx (fixed, so the answer never depends on the clock).
    const yy = Number(match[3]);
    parts = [match[1] ?? '', match[2] ?? '', String(yy >= 70 ? 1900 + yy : 2000 + yy), match[4] ?? '', match[5] ?? '', match[6] ?? ''];
  }
  match = parts ? null : ASCTIME.exec(text);
  if (match) parts = [(match[2] ?? '').trim(), match[1] ?? '', match[6] ?? '', match[3] ?? '', match[4] ?? '', match[5] ?? ''];
  if (!parts) return null;
  const [day, month, year, h, m, s] = parts.map((p, i) => (i === 1 ? MONTHS.indexOf(p) : Number(p)));
  if (month === undefined || month < 0 || day === undefined || year === undefined || h === undefined || m === undefined || s === undefined) return null;
  if (day < 1 || day > 31 || h > 23 || m > 59 || s > 60) return null;
  const ms = Date.UTC(year, month, day, h, m, Math.min(s, 59));
  // 31 Feb and the like roll over into the next month: not a date.
  return new Date(ms).getUTCDate() === day ? ms : null;
}

/** What a response derived from a snapshot is validated by. */
export interface Validation {
  version: string;
  /** Everything besides the version that the bytes depend on (origin, path, query, variant). */
  key: string;
  lastModified: Date;
  cacheControl: string;
}

/**
 * The validator headers (`ETag`, `Last-Modified`, `Cache-Control`) of such a response, and whether
 * `request` already holds it: the one place the routes decide between 200 and 304.
 */
export function validate(request: Request, v: Validation): { headers: Record<string, string>; notModified: boolean } {
  const etag = etagFor(v.version, v.key);
  const headers = { etag, 'last-modified': v.lastModified.toUTCString(), 'cache-control': v.cacheControl };
  return { headers, notModified: isNotModified(request.headers, etag, v.lastModified) };
}
