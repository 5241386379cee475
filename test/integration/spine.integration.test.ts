import { reset } from 'cloudflare:test';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { forgetCachedIndex } from '../../src/store';
import excerpt from '../fixtures/real-trending-excerpt.html?raw';
import trending from '../fixtures/trending.html?raw';
import next from '../fixtures/trending-next.html?raw';
import { withoutDataProps } from '../support/pages';
import { fireCron, request, stubUpstream, testEnv } from './helpers';

beforeEach(async () => {
  await reset();
  forgetCachedIndex(testEnv.PAPERS);
});
afterEach(() => vi.restoreAllMocks());

/** Item ids and dates of a feed, in feed order. */
async function items(format: 'rss' | 'atom' | 'json', query = '?limit=200'): Promise<{ id: string; date: string }[]> {
  const body = await (await request(`/feeds/all.${format}${query}`)).text();
  if (format === 'json') {
    return (JSON.parse(body).items as { id: string; date_published: string }[]).map((i) => ({ id: i.id, date: i.date_published }));
  }
  const tag = format === 'rss' ? /<guid isPermaLink="false">([^<]+)<\/guid>\n<pubDate>([^<]+)</g : /<entry>\n<id>([^<]+)<\/id>[\s\S]*?<published>([^<]+)</g;
  return [...body.matchAll(tag)].map((m) => ({ id: m[1]!, date: new Date(m[2]!).toISOString().slice(0, 19) }));
}

async function scrape(page: string): Promise<void> {
  stubUpstream({ body: page });
  await fireCron();
  vi.restoreAllMocks();
}

describe('the spine: cron → KV snapshot → feeds', () => {
  it('keeps every paper and its first-seen date across scrapes (55 + 8 new = 63)', async () => {
    await scrape(trending);
    const before = new Map((await items('json')).map((i) => [i.id, i.date]));
    expect(before.size).toBe(55);
    await scrape(next);
    for (const format of ['rss', 'atom', 'json'] as const) {
      const after = await items(format);
      expect(new Set(after.map((i) => i.id)).size, format).toBe(63);
      expect(after).toHaveLength(63);
    }
    const after = new Map((await items('json')).map((i) => [i.id, i.date]));
    for (const [id, date] of before) expect(after.get(id), id).toBe(date);
  });

  it('lists the newest papers first and honours limit (default 50)', async () => {
    await scrape(trending);
    await scrape(next);
    const all = await items('json');
    const dates = all.map((i) => i.date);
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(await items('json', '')).toHaveLength(50);
    expect(await items('rss', '?limit=3')).toHaveLength(3);
  });

  it('reads every paper from the cards when the JSON is gone', async () => {
    await scrape(withoutDataProps(trending));
    expect(await items('atom')).toHaveLength(55);
  });

  it('reads the real capture: its JSON paper, or its card when the JSON is removed', async () => {
    await scrape(excerpt);
    expect((await items('json')).map((i) => i.id)).toEqual(['tag:paperfeed,2026:trending/all#2606.03748']);
    await reset();
    forgetCachedIndex(testEnv.PAPERS);
    await scrape(withoutDataProps(excerpt));
    expect((await items('json')).map((i) => i.id)).toEqual(['tag:paperfeed,2026:trending/all#2609.08183']);
  });

  it('leaves the snapshot untouched on an empty, a 502 or a truncated page', async () => {
    await scrape(trending);
    const body = await (await request('/feeds/all.json?limit=200')).text();
    const bad = [{ body: '' }, { body: '<html><body><h1>502 Bad Gateway</h1></body></html>', status: 502 }, { body: next.slice(0, 600_000) }];
    for (const answer of bad) {
      stubUpstream(answer);
      await fireCron();
      vi.restoreAllMocks();
      forgetCachedIndex(testEnv.PAPERS);
      expect(await (await request('/feeds/all.json?limit=200')).text()).toBe(body);
    }
  });

  it('answers 503 with Retry-After before the first scrape', async () => {
    const response = await request('/feeds/all.rss');
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('60');
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(await response.text()).toMatch(/first scrape/);
  });

  it('serves each format with its media type and absolute self links from the request', async () => {
    await scrape(trending);
    const types = { rss: 'application/rss+xml', atom: 'application/atom+xml', json: 'application/feed+json' };
    for (const [format, type] of Object.entries(types)) {
      const response = await request(`/feeds/all.${format}?limit=5`);
      expect(response.headers.get('content-type')).toBe(`${type}; charset=utf-8`);
      expect(await response.text()).toContain(`https://paperfeed.test/feeds/all.${format}?limit=5`);
    }
  });
});
