/**
 * Priming (src/http/prime.ts): while an isolate starts, the read routes run once on a made-up
 * history in memory, stopping short of building a response; nothing of it reaches a real one.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Env } from '../../src/env';
import { app } from '../../src/http/app';
import { primeOnce, primeIsolate } from '../../src/http/prime';
import { scrapePage } from '../../src/scrape/scrape-page';
import { fixture } from '../support/fixtures';
import { memoryKv } from '../support/memory-kv';
import { storeSnapshot } from '../support/stored-snapshot';
import { syntheticSnapshot } from '../support/synthetic';

const NOW = Date.parse('2026-11-30T12:00:00.000Z');
const ORIGIN = 'https://paperfeed.test';

describe('priming an isolate', () => {
  it('runs every primed route to its answer, 200, without building a response', async () => {
    // A route that built its response would be reported, with its status, as not primed.
    expect(await primeIsolate(app, NOW)).toEqual([]);
  });

  it('happens once, and says so without logging', async () => {
    const log = vi.spyOn(console, 'log');
    const warn = vi.spyOn(console, 'warn');
    const error = vi.spyOn(console, 'error');
    const first = primeOnce(app);
    expect(primeOnce(app)).toBe(first);
    expect(await first).toBe(true);
    expect(log).not.toHaveBeenCalled();
    expect(warn).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
    vi.restoreAllMocks();
  });

  it('leaves nothing that a response could show: an empty store is still empty, a real one shows only its papers', async () => {
    await primeIsolate(app, NOW);
    const empty = { PAPERS: memoryKv().kv } as Env;
    expect((await app.request(`${ORIGIN}/feeds/all.rss`, {}, empty)).status).toBe(503);
    const emptyPage = await (await app.request(`${ORIGIN}/`, {}, empty)).text();
    expect(emptyPage).not.toContain('2001.00001');
    expect(emptyPage).not.toContain('Reasoning in large language models with reinforcement learning');

    const papers = scrapePage(fixture('trending.html')).papers;
    const { kv } = memoryKv();
    await storeSnapshot(kv, syntheticSnapshot(papers, 30, NOW));
    const env = { PAPERS: kv } as Env;
    await primeIsolate(app, NOW);
    for (const path of ['/feeds/all.json', '/feeds/llm.json']) {
      const feed = (await (await app.request(`${ORIGIN}${path}`, {}, env)).json()) as { items: { id: string; title: string }[] };
      expect(feed.items.length, path).toBeGreaterThan(0);
      for (const item of feed.items) expect(item.id, path).not.toMatch(/\/2001\.0000\d/);
    }
    const page = await (await app.request(`${ORIGIN}/`, {}, env)).text();
    expect(page).not.toContain('2001.00001');
    expect(page).toContain(papers[0]?.title.slice(0, 30).replaceAll('&', '&amp;') ?? '');
  });
});
