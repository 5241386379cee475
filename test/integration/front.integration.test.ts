import { afterEach, describe, expect, it, vi } from 'vitest';
import { forgetCachedIndex } from '../../src/store';
import trending from '../fixtures/trending.html?raw';
import { fireCron, request, stubUpstream, testEnv } from './helpers';

const BROWSER = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';
const READER = 'application/rss+xml, application/atom+xml;q=0.9, application/xml;q=0.8, */*;q=0.1';

afterEach(() => vi.restoreAllMocks());

async function scrape(): Promise<void> {
  stubUpstream({ body: trending });
  await fireCron();
  forgetCachedIndex(testEnv.PAPERS);
}

const ids = (html: string) => [...html.matchAll(/<li class="card paper" data-id="([^"]+)"/g)].map((m) => m[1]);

describe('before the first scrape', () => {
  it('renders the index with a clear message, and feed previews too', async () => {
    forgetCachedIndex(testEnv.PAPERS);
    const index = await request('/');
    expect(index.status).toBe(200);
    expect(await index.text()).toContain('No papers yet');
    const preview = await request('/feeds/all.rss', { headers: { accept: BROWSER } });
    expect(preview.status).toBe(200);
    expect(await preview.text()).toContain('No papers yet');
    expect((await request('/feeds/all.rss')).status).toBe(503);
  });
});

describe('after a scrape', () => {
  it('serves the index with security headers, counts and absolute autodiscovery links', async () => {
    await scrape();
    const response = await request('/');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toMatch(/^default-src 'none'; style-src 'sha256-[^']+'; script-src 'sha256-[^']+'/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    const html = await response.text();
    expect(html).toContain('<link rel="alternate" type="application/rss+xml" title="paperfeed: All trending papers — demo data from upstream.test (RSS)" href="https://paperfeed.test/feeds/all.rss">');
    expect(html).toContain('<span class="count">55 papers</span>');
    expect(html).toContain('<code>upstream.test</code>');
    expect(ids(html)).toHaveLength(12);
  });

  it('answers a browser with a preview of exactly the feed, and a reader with the feed', async () => {
    await scrape();
    const path = '/feeds/all.json?min_upvotes=10&limit=20';
    const page = await request(path, { headers: { accept: BROWSER } });
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('vary')).toBe('Accept');
    const feed = await request(path, { headers: { accept: READER } });
    expect(feed.headers.get('content-type')).toBe('application/feed+json; charset=utf-8');
    expect(feed.headers.get('x-content-type-options')).toBe('nosniff');
    const items = ((await feed.json()) as { items: { id: string }[] }).items.map((item) => item.id.split('#').pop());
    expect(items.length).toBeGreaterThan(5);
    expect(ids(await page.text())).toEqual(items);
    expect((await request(path)).headers.get('content-type')).toBe('application/feed+json; charset=utf-8');
  });

  it('gives the preview its own ETag and answers it with 304', async () => {
    await scrape();
    const page = await request('/feeds/all.rss', { headers: { accept: BROWSER } });
    const feed = await request('/feeds/all.rss');
    const etag = page.headers.get('etag') ?? '';
    expect(etag).not.toBe('');
    expect(etag).not.toBe(feed.headers.get('etag'));
    expect((await request('/feeds/all.rss', { headers: { accept: BROWSER, 'if-none-match': etag } })).status).toBe(304);
    const crossed = await request('/feeds/all.rss', { headers: { accept: BROWSER, 'if-none-match': feed.headers.get('etag') ?? '' } });
    expect(crossed.status).toBe(200);
  });
});

describe('GET /build', () => {
  it('redirects to the feed URL the form describes', async () => {
    const response = await request('/build?topic=all&format=atom&q=%20graph%20&min_upvotes=5&sort=new', { redirect: 'manual' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('https://paperfeed.test/feeds/all.atom?q=graph&min_upvotes=5');
  });

  it('refuses an unknown topic or format', async () => {
    expect((await request('/build?topic=nope&format=rss')).status).toBe(400);
    const bad = await request('/build?topic=all&format=xml');
    expect(bad.status).toBe(400);
    expect(bad.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('sends format=html to the feed\'s own page, as the feed route serves it', async () => {
    const page = await request('/build?topic=all&format=html&min_upvotes=3');
    expect(page.status).toBe(303);
    expect(new URL(page.headers.get('location') ?? '').pathname).toBe('/feeds/all.html');
  });
});
