/**
 * HTTP validators from the snapshot (not the render time): the same snapshot and URL always give
 * the same ETag, so readers that send `If-None-Match` / `If-Modified-Since` get a cheap 304.
 */

/** A weak ETag for `version` as served at `key` (path + query, and any variant). */
export function etagFor(version: string, key: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return `W/"${version}-${(hash >>> 0).toString(16)}"`;
}

/**
 * Whether the request's validators match, per RFC 9110: `If-None-Match` (weak comparison) wins
 * over `If-Modified-Since` (second-granularity date comparison).
 */
export function isNotModified(headers: Headers, etag: string, lastModified: Date): boolean {
  const ifNoneMatch = headers.get('if-none-match');
  if (ifNoneMatch !== null) {
    if (ifNoneMatch.trim() === '*') return true;
    const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
    return ifNoneMatch.split(',').some((tag) => opaque(tag) === opaque(etag));
  }
  const ifModifiedSince = headers.get('if-modified-since');
  if (ifModifiedSince !== null) {
    const since = Date.parse(ifModifiedSince);
    return Number.isFinite(since) && Math.floor(lastModified.getTime() / 1000) <= Math.floor(since / 1000);
  }
  return false;
}
