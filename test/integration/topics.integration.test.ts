/**
 * Topics through the whole worker: the cron scrapes trending.html, then every topic is served in
 * every format, discovered through /api/topics and /topics.opml, and filtered by query options.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import trending from '../fixtures/trending.html?raw';
import { fireCron, request, stubUpstream } from './helpers';
import { wellFormednessError } from '../support/xml-wellformed';

interface TopicEntry {
  slug: string;
  title: string;
  description: string;
  query: string;
  feeds: { rss: string; atom: string; json: string };
  paper_count: number;
}

afterEach(() => vi.restoreAllMocks());
beforeAll(async () => {
  stubUpstream({ body: trending });
  await fireCron();
  vi.restoreAllMocks();
});

/** A strict XML 1.0 well-formedness check, CDATA sections included. */
function expectWellFormedXml(xml: string): void {
  expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
  expect(wellFormednessError(xml)).toBeNull();
}

async function topics(init: RequestInit = {}): Promise<TopicEntry[]> {
  const response = await request('/api/topics', init);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
  return (await response.json()) as TopicEntry[];
}

describe('/api/topics', () => {
  it('lists every topic with its query, absolute feed URLs and paper count', async () => {
    const list = await topics();
    expect(list[0]).toMatchObject({ slug: 'all', query: '', paper_count: 55 });
    expect(list.map((t) => t.slug)).toEqual(expect.arrayContaining(['llm', 'graphs', 'hypernetworks', 'science', 'speech-audio']));
    for (const topic of list) {
      expect(topic.feeds).toEqual({
        rss: `https://paperfeed.test/feeds/${topic.slug}.rss`,
        atom: `https://paperfeed.test/feeds/${topic.slug}.atom`,
        json: `https://paperfeed.test/feeds/${topic.slug}.json`,
      });
      expect(topic.title).not.toBe('');
      expect(topic.paper_count).toBeLessThanOrEqual(55);
    }
    // Self-Tuning Networks (best-response hypernetworks) count since the definitions read the abstract.
    expect(list.find((t) => t.slug === 'hypernetworks')?.paper_count).toBe(10);
  });

  it('answers 304 to a matching If-None-Match', async () => {
    const first = await request('/api/topics');
    const etag = first.headers.get('etag') ?? '';
    expect(etag).not.toBe('');
    expect((await request('/api/topics', { headers: { 'if-none-match': etag } })).status).toBe(304);
  });

  it('follows the TOPICS var', async () => {
    const custom = { TOPICS: JSON.stringify({ builtin: false, topics: [{ slug: 'hyper', title: 'Hyper', query: 'title:hypernetwork' }] }) };
    const response = await request('/api/topics', {}, custom);
    const list = (await response.json()) as TopicEntry[];
    expect(list.map((t) => [t.slug, t.paper_count])).toEqual([['all', 55], ['hyper', 6]]);
    expect((await request('/feeds/hyper.json', {}, custom)).status).toBe(200);
    expect((await request('/feeds/llm.json', {}, custom)).status).toBe(404);
  });

  it('fails with a logged error naming the entry when TOPICS is invalid', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const response = await request('/api/topics', {}, { TOPICS: '[{"slug": "visoin", "title": "V", "query": "(a OR b"}]' });
    expect(response.status).toBe(500);
    const body = (await response.json()) as { title: string; detail: string };
    expect(body.title).toBe('Configuration error');
    expect(body.detail).toContain('TOPICS entry 1 ("visoin"): query is not valid: it has an unmatched ( at character 1');
    expect(String(log.mock.calls[0]?.[0])).toContain('TOPICS entry 1 (\\"visoin\\"): query is not valid: it has an unmatched ( at character 1');
  });

  it('reports an invalid TOPICS var in the run status and /health', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const bad = { TOPICS: '[{"slug": "Bad Slug", "title": "B", "query": "x"}]' };
    // A bad TOPICS no longer stops the scrape: it reads the page like any run.
    stubUpstream({ body: trending });
    await fireCron(bad);
    const health = await request('/health', {}, bad);
    expect(health.status).toBe(503);
    const report = (await health.json()) as { status: string; last_error: { message: string } };
    expect(report.status).toBe('failing');
    expect(report.last_error.message).toContain('TOPICS entry 1');
  });
});

describe('every topic in every format', () => {
  it('serves well-formed feeds holding exactly the papers /api/topics counts', async () => {
    for (const topic of await topics()) {
      const rss = await request(`/feeds/${topic.slug}.rss?limit=200`);
      expect(rss.status, topic.slug).toBe(200);
      expect(rss.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
      const rssBody = await rss.text();
      expectWellFormedXml(rssBody);
      // The test worker reads https://upstream.test/…, so every feed says it is demo data.
      expect(rssBody).toContain(`<title>paperfeed: ${topic.title.replace(/&/g, '&amp;')} — demo data from upstream.test</title>`);
      expect(rssBody.match(/<item>/g)?.length ?? 0, topic.slug).toBe(topic.paper_count);

      const atom = await request(`/feeds/${topic.slug}.atom?limit=200`);
      expect(atom.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
      const atomBody = await atom.text();
      expectWellFormedXml(atomBody);
      expect(atomBody.match(/<entry>/g)?.length ?? 0).toBe(topic.paper_count);

      const json = await request(`/feeds/${topic.slug}.json?limit=200`);
      expect(json.headers.get('content-type')).toBe('application/feed+json; charset=utf-8');
      const feed = (await json.json()) as { version: string; title: string; items: { id: string }[] };
      expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
      expect(feed.items.length).toBe(topic.paper_count);
      // Ids are the feed's own: a paper in two topics is two items.
      for (const item of feed.items) expect(item.id).toMatch(new RegExp(`^tag:paperfeed,2026:trending/${topic.slug}#\\d{4}\\.\\d{4,5}$`));
    }
  });
});

describe('/topics.opml', () => {
  it('lists every topic feed as an RSS outline with absolute URLs', async () => {
    const response = await request('/topics.opml');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/x-opml; charset=utf-8');
    const opml = await response.text();
    expectWellFormedXml(opml);
    expect(opml).toContain('<opml version="2.0">');
    expect(opml).toMatch(/<dateCreated>\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} GMT<\/dateCreated>/);
    const urls = [...opml.matchAll(/<outline type="rss"[^>]* xmlUrl="([^"]+)"/g)].map((m) => m[1]);
    expect(urls).toEqual((await topics()).map((t) => t.feeds.rss));
  });
});

describe('feed filters', () => {
  it('filters by q and min_upvotes, sorts and limits', async () => {
    const response = await request('/feeds/all.json?q=hypernetwork+-survey&min_upvotes=1&sort=upvotes&limit=3');
    const feed = (await response.json()) as { title: string; items: { title: string; _paperfeed: { upvotes: number } }[] };
    expect(feed.title).toBe('paperfeed: All trending papers (matching hypernetwork -survey, with at least 1 upvote, most upvoted first) — demo data from upstream.test');
    expect(feed.items.length).toBe(3);
    const upvotes = feed.items.map((item) => item._paperfeed.upvotes);
    expect(upvotes).toEqual([...upvotes].sort((a, b) => b - a));
  });

  it('matches a prefix (graph*) against the start of words, and refuses a misplaced *', async () => {
    type Feed = { title: string; items: { title: string }[] };
    const feed = (await (await request('/feeds/all.json?q=graph*&limit=200')).json()) as Feed;
    expect(feed.title).toContain('All trending papers (matching graph*)');
    const titles = feed.items.map((item) => item.title);
    // "graph-based" and "graphs" as well as "graph"; "hypergraph" alone is not a graph* word.
    expect(titles).toContain('TimeGraphs: Graph-based Temporal Reasoning');
    expect(titles).toContain('From Graphs to Hypergraphs: Hypergraph Projection and its Remediation');
    const exact = (await (await request('/feeds/all.json?q=graph&limit=200')).json()) as Feed;
    expect(titles.length).toBeGreaterThanOrEqual(exact.items.length);
    const hyper = (await (await request('/feeds/all.json?q=title:hyper*&limit=200')).json()) as Feed;
    expect(hyper.items.map((item) => item.title)).toContain('LightHGNN: Distilling Hypergraph Neural Networks into MLPs for 100times Faster Inference');
    expect((await (await request('/feeds/all.json?q=title:hyper&limit=200')).json()) as Feed).toMatchObject({ items: [] });

    for (const [q, detail] of [
      ['gr*', 'the prefix gr* at character 1 needs at least 3 letters or digits right before the *'],
      ['*graph', 'the * at character 1 starts a term; only a term can end in * (a prefix, like graph*)'],
    ]) {
      const bad = await request(`/feeds/all.json?q=${encodeURIComponent(q ?? '')}`);
      expect(bad.status).toBe(400);
      expect(bad.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
      expect(await bad.json()).toMatchObject({ parameter: 'q', detail: `q is not a valid query: ${detail}` });
    }
  });

  it('keeps a hostile q escaped in every format', async () => {
    const q = encodeURIComponent('<b>graph</b> OR "]]> & <![CDATA[" OR "javascript:alert(1)"');
    for (const format of ['rss', 'atom']) {
      const response = await request(`/feeds/graphs.${format}?q=${q}`);
      expect(response.status).toBe(200);
      const xml = await response.text();
      expectWellFormedXml(xml);
      expect(xml).toContain('matching &lt;b&gt;graph&lt;/b&gt; OR &quot;]]&gt; &amp; &lt;![CDATA[&quot; OR &quot;javascript:alert(1)&quot;)');
    }
    const json = (await (await request(`/feeds/graphs.json?q=${q}`)).json()) as { title: string };
    expect(json.title).toContain('<b>graph</b> OR "]]> & <![CDATA["');
  });

  it('answers problems for bad options and unknown topics', async () => {
    const unknown = await request('/feeds/nope.atom');
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
    expect(((await unknown.json()) as { valid_topics: string[] }).valid_topics).toContain('graphs');
    const bad = await request('/feeds/graphs.rss?q=%22weight+generation');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ parameter: 'q', detail: 'q is not a valid query: it has an unmatched " at character 1' });
    expect((await request(`/feeds/graphs.rss?q=${'x'.repeat(600)}`)).status).toBe(414);
  });
});
