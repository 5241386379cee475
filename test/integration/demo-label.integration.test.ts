/**
 * A deployment that does not read Hugging Face says so in every feed and page: the test worker's
 * SOURCE_URL is https://upstream.test/…, so its feeds are labelled; with Hugging Face's URL they
 * are not.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { forgetCachedIndex } from '../../src/store';
import trending from '../fixtures/trending.html?raw';
import { fireCron, request, stubUpstream, testEnv } from './helpers';

const BROWSER = 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.8';
const REAL = { SOURCE_URL: 'https://huggingface.co/papers/trending' };

beforeAll(async () => {
  stubUpstream({ body: trending });
  await fireCron();
  forgetCachedIndex(testEnv.PAPERS);
});

describe('feeds from a demo source', () => {
  it.each([
    ['rss', /<title>paperfeed: All trending papers — demo data from upstream\.test<\/title>\s*<link>[^<]*<\/link>\s*<description>[^<]*upstream\.test \(demo data, not huggingface\.co\)/],
    ['atom', /<title type="text">paperfeed: All trending papers — demo data from upstream\.test<\/title>[\s\S]*<subtitle[^>]*>[^<]*upstream\.test \(demo data/],
    ['json', /"title": ?"paperfeed: All trending papers — demo data from upstream\.test",[\s\S]*"description": ?"[^"]*upstream\.test \(demo data/],
  ])('say so in the %s title and description', async (format, expected) => {
    const body = await (await request(`/feeds/all.${format}`)).text();
    expect(body).toMatch(expected);
  });

  it('say so in the OPML list, as the feeds title themselves', async () => {
    const opml = await (await request('/topics.opml')).text();
    expect(opml).toContain('text="paperfeed: All trending papers — demo data from upstream.test"');
    expect(await (await request('/topics.opml', {}, REAL)).text()).not.toContain('demo data');
  });

  it('say so on the feed page and the index', async () => {
    for (const path of ['/feeds/graphs.rss?q=graph', '/']) {
      const html = await (await request(path, { headers: { accept: BROWSER } })).text();
      expect(html, path).toContain('demo data from <code>upstream.test</code>');
    }
  });

  it('are not labelled when the source is Hugging Face', async () => {
    const rss = await (await request('/feeds/all.rss', {}, REAL)).text();
    expect(rss).toContain('<title>paperfeed: All trending papers</title>');
    expect(rss).not.toContain('demo data');
    const page = await (await request('/feeds/all.rss', { headers: { accept: BROWSER } }, REAL)).text();
    expect(page).not.toContain('demo data');
  });
});
