/**
 * The worker primes its isolate when its module loads (src/http/prime.ts): in workerd, every
 * primed route runs to its answer without building a response, and the first real requests
 * after it serve the stored papers, not the made-up ones.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import trending from '../fixtures/trending.html?raw';
import { app } from '../../src/http/app';
import { primeOnce } from '../../src/http/prime';
import { fireCron, request, stubUpstream } from './helpers';
import { resetState } from './kv-state';

beforeEach(resetState);

describe('priming in workerd', () => {
  it('completes when the worker loads, every primed route answered', async () => {
    // The worker's module (imported by the helpers) started it; this is the same promise.
    expect(await primeOnce(app)).toBe(true);
  });

  it('leaves the first requests to the stored papers: 503 before a scrape, then the scraped ones', async () => {
    expect((await request('/feeds/all.rss')).status).toBe(503);
    stubUpstream({ body: trending });
    await fireCron();
    const feed = (await (await request('/feeds/all.json')).json()) as { items: { id: string }[] };
    expect(feed.items.length).toBe(50); // a page of the 55
    for (const item of feed.items) expect(item.id).not.toMatch(/\/2001\.0000\d/);
  });
});
