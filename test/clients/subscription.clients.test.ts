/**
 * A person's reader, set up as the index page suggests: newsboat with `/topics.opml` imported
 * (every topic of both lists, in RSS) and `all` added once more in Atom. newsboat keeps one item
 * per id across all of its subscriptions, so this is where ids shared between topics, or between
 * a topic's trending and daily feeds, made papers vanish.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skipWithout } from '../../scripts/test-deps.mjs';
import { newsboatReload } from './newsboat';
import { envAfter, fetchEveryFeed, SCENARIOS, serveApp, type LocalServer } from './serve';

// Outside CI, skipped where newsboat (or the Python that reads its cache) is missing, and named in
// the run's closing summary; under CI it fails instead.
const missing = skipWithout('newsboat', 'feedparser');

let local: LocalServer;
beforeAll(async () => {
  local = await serveApp();
  local.env = await envAfter(SCENARIOS['daily list']?.() ?? { pages: [] });
}, 120_000);
afterAll(() => local.close());

describe.skipIf(missing)('newsboat subscribed to /topics.opml and all.atom', () => {
  it('holds exactly its JSON feed’s papers in every topic, and all of them once for the feed taken twice', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'paperfeed-subscription-'));
    const feeds = await fetchEveryFeed(local, dir);
    const dailyFeeds = await fetchEveryFeed(local, mkdtempSync(join(tmpdir(), 'paperfeed-subscription-daily-')), 'daily');
    const opml = await (await fetch(`${local.base}/topics.opml`)).text();
    const allAtom = `${local.base}/feeds/all.atom`;
    const cache = await newsboatReload(dir, [allAtom], opml);

    const rssUrls = [...opml.matchAll(/ xmlUrl="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(cache.feeds.sort()).toEqual([...rssUrls, allAtom].sort());
    const ids = (url: string) => (cache.items[url] ?? []).map((item) => item.id).sort();
    // `all` is one feed in two formats: its items carry one id in both, so the reader lists each
    // paper once, under whichever subscription it loaded first.
    const all = feeds.find((feed) => feed.slug === 'all');
    const allRss = rssUrls.find((url) => url.endsWith('/feeds/all.rss')) ?? '';
    expect([...ids(allRss), ...ids(allAtom)].sort()).toEqual(all?.items.map((item) => item.id).slice(0, 50).sort());
    for (const feed of feeds.filter((f) => f.slug !== 'all')) {
      const url = rssUrls.find((u) => u.endsWith(`/feeds/${feed.slug}.rss`)) ?? '';
      expect(ids(url), feed.slug).toEqual(feed.items.map((item) => item.id).slice(0, 50).sort());
    }
    // The daily feeds hold their papers too, those also trending included.
    expect(dailyFeeds.find((feed) => feed.slug === 'all')?.items).toHaveLength(16);
    for (const feed of dailyFeeds) {
      const url = rssUrls.find((u) => u.endsWith(`/feeds/${feed.slug}.rss?source=daily`)) ?? '';
      expect(ids(url), `${feed.slug} daily`).toEqual(feed.items.map((item) => item.id).slice(0, 50).sort());
    }
  }, 300_000);
});
