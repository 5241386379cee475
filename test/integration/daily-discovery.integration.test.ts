import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import daily from '../fixtures/daily.html?raw';
import trending from '../fixtures/trending.html?raw';
import { DAILY_TEST_URL, fireCron, request, stubLists } from './helpers';
import { resetState } from './kv-state';

const withDaily = { DAILY_URL: DAILY_TEST_URL };
const get = async (path: string, env = withDaily) => (await request(path, {}, env)).text();

beforeAll(async () => {
  await resetState();
  stubLists({ trending: { body: trending }, daily: { body: daily } });
  await fireCron(withDaily);
  vi.restoreAllMocks();
});
afterEach(() => vi.restoreAllMocks());

describe('the daily feeds wherever a user looks', () => {
  it('the index offers each topic’s daily feeds, the list in the form, and autodiscovery of all daily papers', async () => {
    const page = await get('/');
    expect(page).toContain('<link rel="alternate" type="application/rss+xml" title="paperfeed: All daily papers — demo data from upstream.test (RSS)" href="https://paperfeed.test/feeds/all.rss?source=daily">');
    expect(page).toMatch(/id="topic-daily-all">.*16 papers.*href="https:\/\/paperfeed.test\/feeds\/all.atom\?source=daily"/s);
    expect(page).toContain('<option value="daily">Daily papers</option>');
    // Without the daily list, none of it.
    expect(await get('/', { DAILY_URL: '' })).not.toContain('source=daily');
  });

  it('/topics.opml holds both lists, grouped', async () => {
    const opml = await get('/topics.opml');
    const groups = [...opml.matchAll(/<outline text="([^"]+)" title="[^"]+">\n((?: <outline [^\n]+\n)+)<\/outline>/g)];
    expect(groups.map((group) => group[1])).toEqual(['Hugging Face’s trending papers', 'Hugging Face’s daily papers']);
    expect(groups[1]?.[2]).toContain('xmlUrl="https://paperfeed.test/feeds/llm.rss?source=daily"');
  });

  it('/api/topics gives both feeds and both counts per topic', async () => {
    const topics = JSON.parse(await get('/api/topics')) as { slug: string; paper_count: number; daily_paper_count: number; daily_feeds: { json: string } }[];
    expect(topics[0]).toMatchObject({ slug: 'all', paper_count: 55, daily_paper_count: 16, daily_feeds: { json: 'https://paperfeed.test/feeds/all.json?source=daily' } });
  });

  it('/build carries the list into the feed URL, and the preview says which list it follows', async () => {
    const build = await request('/build?topic=llm&format=rss&source=daily&sort=new', { redirect: 'manual' }, withDaily);
    expect(build.headers.get('location')).toBe('https://paperfeed.test/feeds/llm.rss?source=daily');
    const preview = await (await request('/feeds/all.rss?source=daily', { headers: { accept: 'text/html' } }, withDaily)).text();
    expect(preview).toContain('<h1 class="lede">All daily papers</h1>');
    expect(preview).toContain('Follows <a href="https://huggingface.co/papers">Hugging Face’s daily papers</a>');
    expect(preview).toContain('16 papers in this feed');
  });

  it('a daily feed has its own ETag and self link, and names its list', async () => {
    const trendingFeed = await request('/feeds/all.atom', {}, withDaily);
    const dailyFeed = await request('/feeds/all.atom?source=daily', {}, withDaily);
    expect(dailyFeed.headers.get('etag')).not.toBe(trendingFeed.headers.get('etag'));
    const atom = await dailyFeed.text();
    expect(atom).toContain('<link rel="self" type="application/atom+xml" href="https://paperfeed.test/feeds/all.atom?source=daily" />');
    expect(atom).toContain('<title type="text">paperfeed: All daily papers — demo data from upstream.test</title>');
    const etag = dailyFeed.headers.get('etag') ?? '';
    expect((await request('/feeds/all.atom?source=daily', { headers: { 'if-none-match': etag } }, withDaily)).status).toBe(304);
    expect((await request('/feeds/all.atom', { headers: { 'if-none-match': etag } }, withDaily)).status).toBe(200);
  });

  it('a paper on both lists is a different item in its trending and its daily feed', async () => {
    const itemId = async (search: string, arxivId: string) => {
      const feed = JSON.parse(await get(`/feeds/all.json?limit=200${search}`)) as { items: { id: string; url: string }[] };
      return feed.items.find((item) => item.url.endsWith(`/${arxivId}`))?.id;
    };
    const shared = '2603.16350';
    expect(await itemId('', shared)).toBe(`tag:paperfeed,2026:trending/all#${shared}`);
    expect(await itemId('&source=daily', shared)).toBe(`tag:paperfeed,2026:daily/all#${shared}`);
    expect(await itemId('&source=any', shared)).toBe(`tag:paperfeed,2026:any/all#${shared}`);
  });
});
