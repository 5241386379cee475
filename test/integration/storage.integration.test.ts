/**
 * The stored format end to end: the single-value snapshot and the index with every row on one
 * line (format 2) migrate on the first run with nothing lost, a bad `TOPICS` does not stop data
 * collection, and 10,000 papers serve every route.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import trending from '../fixtures/trending.html?raw';
import trendingNext from '../fixtures/trending-next.html?raw';
import trendingLarge from '../fixtures/trending-large.html?raw';
import { scrapePage } from '../../src/scrape/scrape-page';
import { mergeSnapshot } from '../../src/snapshot/merge';
import { forgetCachedIndex, indexOf, kvStore, type StoredIndex } from '../../src/store';
import { countsOf } from '../../src/store/counts';
import { decodeIndex } from '../../src/store/index-codec';
import { toTuple } from '../../src/store/row-tuple';
import { readStoredSnapshot, storeSnapshot } from '../support/stored-snapshot';
import { syntheticSnapshot } from '../support/synthetic';
import { fireCron, request, stubUpstream, testEnv } from './helpers';
import { health, resetState, storedFeed } from './kv-state';

beforeEach(resetState);
afterEach(() => vi.restoreAllMocks());

interface FeedItem {
  id: string;
  content_html: string;
  _paperfeed: { arxiv_id: string; first_seen_at: string; last_seen_at: string };
}
const items = async () => (JSON.parse(await storedFeed()) as { items: FeedItem[] }).items;

describe('a snapshot in the old format (snapshot:v1)', () => {
  it('is served as it is, and migrates on the first run with dates and abstracts intact', async () => {
    const now = Date.now() - 3_600_000;
    const snapshot = mergeSnapshot(null, [{ list: 'trending', papers: scrapePage(trending).papers }], { now: new Date(now).toISOString(), retentionDays: 14 }).snapshot;
    // As the old format stored them: no `lists`, dates to the millisecond.
    const legacy = { ...snapshot, papers: snapshot.papers.map(({ lists: _lists, ...paper }, i) => ({ ...paper, firstSeenAt: new Date(now - 12_345 - i).toISOString() })) };
    await testEnv.PAPERS.put('snapshot:v1', JSON.stringify(legacy));
    const before = await items();
    expect(before.map((item) => item._paperfeed.arxiv_id)).toEqual(legacy.papers.map((paper) => paper.id));

    stubUpstream({ body: trendingNext });
    await fireCron();
    expect(await testEnv.PAPERS.get('index:v2')).not.toBeNull();
    const after = new Map((await items()).map((item) => [item._paperfeed.arxiv_id, item]));
    const rescraped = new Set(scrapePage(trendingNext).papers.map((paper) => paper.id));
    for (const item of before) {
      const migrated = after.get(item._paperfeed.arxiv_id);
      expect(migrated?._paperfeed.first_seen_at).toBe(item._paperfeed.first_seen_at);
      // Papers the new page did not list are as they were, except that they no longer trend.
      const unranked = (html = '') => html.replace(/ · #\d+ trending/, '');
      if (!rescraped.has(item._paperfeed.arxiv_id)) expect(unranked(migrated?.content_html)).toBe(unranked(item.content_html));
    }
    expect(after.size).toBe(63);
  });
});

describe('an index with every row on one line (index:v2, format 2)', () => {
  it('is served as it is, and moves to hot and cold rows on the first run with nothing lost', async () => {
    const pool = [trending, trendingNext, trendingLarge].flatMap((page) => scrapePage(page).papers);
    await storeSnapshot(testEnv.PAPERS, syntheticSnapshot(pool, 600, Date.now() - 3_600_000));
    // Rewrite the value as format 2 stored it: head, then every row on the second line.
    const stored = decodeIndex((await testEnv.PAPERS.get('index:v2')) as string) as StoredIndex;
    const rows = stored.rows();
    const { cold: _cold, ...head } = stored.head;
    const old = { ...head, format: 2, counts: countsOf(rows, head.topics.queries.length), latest: rows.slice(0, 200).map(toTuple) };
    await testEnv.PAPERS.put('index:v2', `${JSON.stringify(old)}\n${JSON.stringify(rows.map(toTuple))}`);
    forgetCachedIndex(testEnv.PAPERS);
    const before = await readStoredSnapshot(kvStore(testEnv.PAPERS));
    expect(before?.papers).toHaveLength(600);
    const served = await items();
    expect(served.length).toBeGreaterThan(0);

    stubUpstream({ body: trendingNext });
    await fireCron({ RETENTION_DAYS: '365' });
    forgetCachedIndex(testEnv.PAPERS);
    const migrated = decodeIndex((await testEnv.PAPERS.get('index:v2')) as string) as StoredIndex;
    expect(migrated.head.format).toBe(4);
    expect(migrated.cold.size).toBeGreaterThan(300);
    const after = new Map(indexOf(migrated).rows.map((row) => [row.id, row]));
    const papers = new Map((await readStoredSnapshot(kvStore(testEnv.PAPERS)))?.papers.map((paper) => [paper.id, paper]));
    const rescraped = new Set(scrapePage(trendingNext).papers.map((paper) => paper.id));
    for (const paper of before?.papers ?? []) {
      const now = papers.get(paper.id);
      expect(now?.firstSeenAt, paper.id).toBe(paper.firstSeenAt);
      expect(now?.abstract).toBe(paper.abstract);
      expect(after.get(paper.id)?.lists.trending?.first).toBe(Date.parse(paper.lists.trending?.firstSeenAt ?? ''));
      if (!rescraped.has(paper.id)) expect(now?.lastSeenAt).toBe(paper.lastSeenAt);
    }
    expect(after.size).toBe(600 + [...rescraped].filter((id) => !before?.papers.some((paper) => paper.id === id)).length);
    expect(migrated.head.counts.any.papers).toBe(after.size);
    // The feeds read the same papers, cold ones included.
    const feed = (await (await request('/feeds/all.json?sort=upvotes&limit=200')).json()) as { items: unknown[] };
    expect(feed.items).toHaveLength(200);
  });
});

describe('a bad TOPICS', () => {
  it('still stores new papers, and says what is wrong in /health', async () => {
    stubUpstream({ body: trending });
    await fireCron({ TOPICS: '[{"slug": "broken"' });
    expect((await items()).length).toBe(55);
    const report = await request('/health', {}, { TOPICS: '[{"slug": "broken"' });
    expect(report.status).toBe(503);
    expect(await report.text()).toContain('TOPICS is not valid JSON');
    const { body } = await health();
    expect(body.warning).toContain('TOPICS');
  });
});

describe('10,000 papers', () => {
  it('serve every route', async () => {
    const pool = [trending, trendingNext, trendingLarge].flatMap((page) => scrapePage(page).papers);
    await storeSnapshot(testEnv.PAPERS, syntheticSnapshot(pool, 10_000, Date.now()));
    forgetCachedIndex(testEnv.PAPERS);
    const html = { accept: 'text/html' };
    for (const [path, headers] of [
      ['/', html],
      ['/api/topics', {}],
      ['/topics.opml', {}],
      ['/health', {}],
      ['/feeds/all.rss', {}],
      ['/feeds/all.json?sort=upvotes&limit=200', {}],
      ['/feeds/graphs.atom', {}],
      ['/feeds/all.json?q=hypernetwork', {}],
      ['/feeds/llm.rss', html],
    ] as const) {
      const response = await request(path, { headers });
      expect(response.status, path).toBe(200);
      await response.arrayBuffer();
    }
    const catalog = (await (await request('/api/topics')).json()) as { slug: string; paper_count: number }[];
    expect(catalog[0]).toMatchObject({ slug: 'all', paper_count: 10_000 });
    const feed = (await (await request('/feeds/all.json?sort=upvotes&limit=200')).json()) as { items: { _paperfeed: { upvotes: number } }[] };
    expect(feed.items).toHaveLength(200);
    expect(feed.items[0]!._paperfeed.upvotes).toBeGreaterThanOrEqual(feed.items[199]!._paperfeed.upvotes);
    // A q no paper matches tests every paper kept, and finds none; a compound written joined
    // still finds the papers that hyphenate it, however far back.
    const none = (await (await request('/feeds/all.json?q=%22zebra%20finch%22')).json()) as { items: unknown[] };
    expect(none.items).toEqual([]);
    const papers = async (q: string) => ((await (await request(`/feeds/all.json?q=${q}&limit=200`)).json()) as { items: { url: string }[] }).items.map((item) => item.url);
    const joined = await papers('multimodal');
    expect(joined.length).toBeGreaterThan(0);
    expect(joined).toEqual(await papers('multi-modal'));
  }, 120_000);
});
