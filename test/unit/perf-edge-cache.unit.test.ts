import { afterEach, describe, expect, it, vi } from 'vitest';
import { edgeCached, edgeCacheKey } from '../../src/http/edge-cache';

/** A stand-in for `caches.default`: a map of key → body. */
function fakeCache(fail = false) {
  const entries = new Map<string, string>();
  const cache = {
    match: vi.fn(async (key: string) => {
      if (fail) throw new Error('cache down');
      const body = entries.get(key);
      return body === undefined ? undefined : new Response(body);
    }),
    put: vi.fn(async (key: string, response: Response) => {
      entries.set(key, await response.text());
    }),
  };
  vi.stubGlobal('caches', { default: cache });
  return cache;
}

afterEach(() => vi.unstubAllGlobals());

describe('edge cache of rendered feeds', () => {
  it('keys by URL and snapshot version, so a new version never sees an old body', () => {
    const url = new URL('https://feeds.example/feeds/all.rss?limit=5');
    expect(edgeCacheKey(url, 'v1')).not.toBe(edgeCacheKey(url, 'v2'));
    expect(edgeCacheKey(url, 'v1')).not.toBe(edgeCacheKey(new URL('https://feeds.example/feeds/all.rss'), 'v1'));
    expect(edgeCacheKey(url, 'v1').startsWith('https://feeds.example/')).toBe(true);
  });

  it('renders once, then serves the stored body', async () => {
    const cache = fakeCache();
    const render = vi.fn(() => '<rss/>');
    const pending: Promise<unknown>[] = [];
    expect(await edgeCached('https://x/k', render, (p) => pending.push(p))).toBe('<rss/>');
    await Promise.all(pending);
    expect(await edgeCached('https://x/k', render)).toBe('<rss/>');
    expect(render).toHaveBeenCalledTimes(1);
    expect(cache.put).toHaveBeenCalledTimes(1);
  });

  it('renders when the cache fails or does not exist', async () => {
    fakeCache(true);
    expect(await edgeCached('https://x/k', () => 'a')).toBe('a');
    vi.stubGlobal('caches', undefined);
    expect(await edgeCached('https://x/k', () => 'b')).toBe('b');
  });
});
