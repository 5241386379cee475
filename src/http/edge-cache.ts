/**
 * Rendered feed bodies in the Workers Cache API, shared by every isolate in a data centre, so a
 * cold isolate serves a popular feed without rendering it. Entries are keyed by the request URL
 * *and the snapshot version*: a new snapshot has new keys, so a cached body can never hide it, and
 * nothing ever needs purging. Where the Cache API is inert (workers.dev, Node) or missing, every
 * lookup misses and every store is a no-op: the route simply renders, as it would without it.
 */

/** Where a body of `url` at `version` is kept; the version leads the path so keys never collide. */
export function edgeCacheKey(url: URL, version: string): string {
  return `${url.origin}/.paperfeed-cache/${encodeURIComponent(version)}${url.pathname}${url.search}`;
}

/** Schedules work past the response (an `ExecutionContext`'s `waitUntil`), when there is one. */
export type WaitUntil = (promise: Promise<unknown>) => void;

// A versioned entry is never wrong, only unused once the next snapshot lands; a day bounds that.
const ENTRY_MAX_AGE = 86_400;

/**
 * Returns the cached body under `key`, or renders it and stores it for the next isolate. Cache
 * failures are logged and never fail the request.
 */
export async function edgeCached(key: string, render: () => string | Promise<string>, waitUntil?: WaitUntil): Promise<string> {
  const cache = defaultCache();
  if (!cache) return render();
  try {
    const hit = await cache.match(key);
    if (hit) return await hit.text();
  } catch (error) {
    warn('edge_cache_read_failed', error);
  }
  const body = await render();
  const stored = cache
    .put(key, new Response(body, { headers: { 'cache-control': `public, max-age=${ENTRY_MAX_AGE}` } }))
    .catch((error: unknown) => warn('edge_cache_write_failed', error));
  if (waitUntil) waitUntil(stored);
  return body;
}

function defaultCache(): Cache | undefined {
  // `caches.default` is Cloudflare's; other runtimes have no `caches`, or one without `default`.
  const storage = (globalThis as { caches?: { default?: Cache } }).caches;
  return storage?.default;
}

function warn(event: string, error: unknown): void {
  console.warn(JSON.stringify({ event, error: String(error) }));
}
