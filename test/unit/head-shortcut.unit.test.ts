/**
 * Feeds and the index page take their newest papers from the index head when they can. A feed of
 * one list dates papers by their sighting on that list, which can be far newer than their first
 * sighting anywhere: a paper featured on the daily list months ago that starts trending today
 * heads the trending feed, though its row is far outside the head.
 */
import { describe, expect, it } from 'vitest';
import type { Env } from '../../src/env';
import { app } from '../../src/http/app';
import { scrapePage } from '../../src/scrape/scrape-page';
import { forgetCachedIndex } from '../../src/store';
import { fixture } from '../support/fixtures';
import { memoryKv } from '../support/memory-kv';
import { storeSnapshot } from '../support/stored-snapshot';
import { syntheticSnapshot } from '../support/synthetic';

const NOW = Date.parse('2026-11-30T12:00:00.000Z');

async function envWithLateTrending(): Promise<Env> {
  const snapshot = syntheticSnapshot(scrapePage(fixture('trending.html')).papers, 400, NOW);
  // The oldest paper: on the daily list long ago, on trending only now.
  const old = snapshot.papers[snapshot.papers.length - 1]!;
  const now = new Date(NOW + 60_000).toISOString();
  snapshot.papers[snapshot.papers.length - 1] = {
    ...old,
    rank: 1,
    lastSeenAt: now,
    lists: { daily: { firstSeenAt: old.firstSeenAt, lastSeenAt: old.firstSeenAt, rank: null, day: old.firstSeenAt.slice(0, 10) }, trending: { firstSeenAt: now, lastSeenAt: now, rank: 1 } },
  };
  const { kv } = memoryKv();
  await storeSnapshot(kv, snapshot);
  forgetCachedIndex(kv);
  return { PAPERS: kv, SOURCE_URL: 'https://huggingface.co/papers/trending', DAILY_URL: 'https://huggingface.co/papers' } as Env;
}

describe('the newest papers of one list, beyond the index head', () => {
  it('head the trending feed and the index page when they started trending last', async () => {
    const env = await envWithLateTrending();
    const feed = (await (await app.request('https://paperfeed.test/feeds/all.json', {}, env)).json()) as { items: { id: string; date_published: string }[] };
    expect(feed.items[0]?.id).toMatch(/#2404\.00399$/);
    expect(feed.items[0]?.date_published).toBe('2026-11-30T12:01:00Z');
    const page = await (await app.request('https://paperfeed.test/', {}, env)).text();
    const first = page.indexOf('papers/2404.00399');
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(page.indexOf('papers/2401.00000'));
  });

  it('keep their old date in the daily feed', async () => {
    const env = await envWithLateTrending();
    const feed = (await (await app.request('https://paperfeed.test/feeds/all.json?source=daily', {}, env)).json()) as { items: { id: string; date_published: string }[] };
    expect(feed.items.map((item) => item.id)).toEqual(['tag:paperfeed,2026:daily/all#2404.00399']);
  });
});
