import { afterEach, describe, expect, it, vi } from 'vitest';
import trending from '../fixtures/trending.html?raw';
import trendingNext from '../fixtures/trending-next.html?raw';
import { forgetCachedIndex } from '../../src/store';
import { fireCron, request, stubUpstream, testEnv } from './helpers';

afterEach(() => vi.restoreAllMocks());

/** The worker's KV binding, wrapped to count the operations the worker makes on real KV (a bulk read counts each key, as KV bills it). */
function countingKv(kv: KVNamespace) {
  const counts = { reads: 0, writes: 0 };
  const binding = new Proxy(kv, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        if (property === 'get' || property === 'getWithMetadata' || property === 'list') counts.reads += Array.isArray(args[0]) ? args[0].length : 1;
        if (property === 'put' || property === 'delete') counts.writes++;
        return Reflect.apply(value, target, args);
      };
    },
  });
  return { binding, counts };
}

async function cronWrites(page: string): Promise<number> {
  const { binding, counts } = countingKv(testEnv.PAPERS);
  stubUpstream({ body: page });
  await fireCron({ PAPERS: binding });
  vi.restoreAllMocks();
  return counts.writes;
}

describe('KV operations', () => {
  it('a cron run writes the index and one body value when the papers changed, nothing when they did not', async () => {
    await cronWrites(trending);
    expect(await cronWrites(trending)).toBe(0);
    expect(await cronWrites(trendingNext)).toBe(2);
    expect(await cronWrites(trendingNext)).toBe(0);
  });

  it('a fresh isolate reads the index and the one body value its feed needs', async () => {
    stubUpstream({ body: trending });
    await fireCron();
    vi.restoreAllMocks();
    forgetCachedIndex(testEnv.PAPERS);
    const { binding, counts } = countingKv(testEnv.PAPERS);
    expect((await request('/feeds/all.rss', {}, { PAPERS: binding })).status).toBe(200);
    expect(counts.reads).toBe(2);
    forgetCachedIndex(binding);
    expect((await request('/', {}, { PAPERS: binding })).status).toBe(200);
    expect(counts.reads).toBe(4);
  });

  it('a warm isolate serves feed requests without reading KV', async () => {
    stubUpstream({ body: trending });
    await fireCron();
    const { binding, counts } = countingKv(testEnv.PAPERS);
    const first = await request('/feeds/all.rss', {}, { PAPERS: binding });
    expect(first.status).toBe(200);
    expect(counts.reads).toBe(1);
    for (const path of ['/feeds/all.rss', '/feeds/all.atom', '/feeds/all.json?limit=3', '/feeds/all.rss']) {
      expect((await request(path, {}, { PAPERS: binding })).status).toBe(200);
    }
    expect(counts.reads).toBe(1);
    expect(counts.writes).toBe(0);
  });
});
