/**
 * The page of one feed, `/feeds/{topic}.html?…`: where every feed's home link and every OPML
 * `htmlUrl` point. It is HTML whatever the client accepts, lists exactly the feed's papers, and
 * is validated and cached like the other pages.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { forgetCachedIndex } from '../../src/store';
import trending from '../fixtures/trending.html?raw';
import { fireCron, request, stubUpstream, testEnv } from './helpers';

const QUERY = '?q=model&min_upvotes=5&limit=20';
const ids = (html: string) => [...html.matchAll(/<li class="card paper" data-id="([^"]+)"/g)].map((m) => m[1]);

beforeAll(async () => {
  stubUpstream({ body: trending });
  await fireCron();
  vi.restoreAllMocks();
  forgetCachedIndex(testEnv.PAPERS);
});

describe('/feeds/{topic}.html', () => {
  it('is the home link of the feed in every format', async () => {
    const page = `https://paperfeed.test/feeds/vision.html${QUERY}`;
    const rss = await (await request(`/feeds/vision.rss${QUERY}`)).text();
    const atom = await (await request(`/feeds/vision.atom${QUERY}`)).text();
    const json = (await (await request(`/feeds/vision.json${QUERY}`)).json()) as { home_page_url: string };
    expect(rss).toContain(`<link>${page.replaceAll('&', '&amp;')}</link>`);
    expect(atom).toContain(`<link rel="alternate" type="text/html" href="${page.replaceAll('&', '&amp;')}" />`);
    expect(json.home_page_url).toBe(page);
  });

  it('lists exactly the papers of the feed, as HTML for any client', async () => {
    const feed = (await (await request(`/feeds/all.json${QUERY}`)).json()) as { items: { _paperfeed: { arxiv_id: string } }[] };
    const response = await request(`/feeds/all.html${QUERY}`, { headers: { accept: 'application/rss+xml' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await response.text();
    expect(feed.items.length).toBeGreaterThan(3);
    expect(ids(html)).toEqual(feed.items.map((item) => item._paperfeed.arxiv_id));
    // Offers the RSS feed to copy, with the same filters.
    expect(html).toContain(`value="https://paperfeed.test/feeds/all.rss${QUERY.replaceAll('&', '&amp;')}"`);
  });

  it('is validated and cached like the other pages', async () => {
    const first = await request('/feeds/graphs.html');
    expect(first.headers.get('cache-control')).toBe('public, max-age=300');
    expect(first.headers.get('last-modified')).not.toBeNull();
    const etag = first.headers.get('etag') ?? '';
    expect(etag).not.toBe('');
    expect((await request('/feeds/graphs.html', { headers: { 'if-none-match': etag } })).status).toBe(304);
  });

  it('is each topic’s htmlUrl in the OPML list, and answers there', async () => {
    const opml = await (await request('/topics.opml')).text();
    const pages = [...opml.matchAll(/ htmlUrl="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(pages[0]).toBe('https://paperfeed.test/feeds/all.html');
    expect(pages).toContain('https://paperfeed.test/feeds/hypernetworks.html');
    for (const page of pages.slice(0, 3)) expect((await request(new URL(page).pathname)).status, page).toBe(200);
  });

  it('refuses an unknown topic like a feed does', async () => {
    expect((await request('/feeds/nope.html')).status).toBe(404);
  });
});
