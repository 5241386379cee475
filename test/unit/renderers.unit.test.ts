import { describe, expect, it } from 'vitest';
import { composeFeed, renderFeed, type FeedFormat } from '../../src/feeds';
import { cdata, escapeXml } from '../../src/feeds/escape';
import { mergeSnapshot } from '../../src/snapshot/merge';
import { scrapePage } from '../../src/scrape/scrape-page';
import { fixture } from '../support/fixtures';
import { SAMPLE_CONTEXT, SAMPLE_PAPERS } from '../support/sample';

const render = (format: FeedFormat) => renderFeed(format, composeFeed(SAMPLE_PAPERS, SAMPLE_CONTEXT));

describe('renderers', () => {
  it('are deterministic: the same snapshot renders the same bytes', () => {
    for (const format of ['rss', 'atom', 'json'] as const) expect(render(format)).toBe(render(format));
  });

  it('never let upstream markup or CDATA terminators through unescaped', () => {
    for (const format of ['rss', 'atom'] as const) {
      const xml = render(format);
      expect(xml).not.toContain('<script');
      // Every `]]>` left must close a CDATA section.
      expect(xml.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '')).not.toContain(']]>');
      expect(xml).not.toContain('<img src=x');
      expect(xml).not.toMatch(/javascript:/i);
    }
    const json = render('json');
    expect(json).not.toMatch(/javascript:/i);
    const item = JSON.parse(json).items[1];
    expect(item.content_html).not.toContain('<script');
    expect(item.content_html).toContain('&lt;b&gt;bold&lt;/b&gt;');
    expect(item.title).toContain('<script>');
  });

  it('RSS: per-feed guid, first-seen pubDate, one dc:creator of every author, self link, ttl', () => {
    const rss = render('rss');
    expect(rss).toContain('<link>https://huggingface.co/papers/2606.03748</link>');
    expect(rss).toContain('<guid isPermaLink="false">tag:paperfeed,2026:trending/all?q=a%26b#2606.03748</guid>');
    expect(rss).toContain('<pubDate>Mon, 02 Nov 2026 10:30:00 GMT</pubDate>');
    expect(rss).toContain('<lastBuildDate>Tue, 03 Nov 2026 10:30:00 GMT</lastBuildDate>');
    expect(rss).toContain('<dc:creator>Glenn Jocher, Jing Qiu</dc:creator>');
    expect(rss.match(/<dc:creator>/g)).toHaveLength(2); // the hostile paper has one author
    expect(rss).toContain('<atom:link href="https://paperfeed.example/feeds/all.rss?limit=2&amp;q=a%26b" rel="self" type="application/rss+xml" />');
    expect(rss).toContain('<link>https://paperfeed.example/feeds/all.html?limit=2&amp;q=a%26b</link>');
    expect(rss).toContain('<ttl>30</ttl>');
    expect(rss).toContain('<category>non-maximum suppression</category>');
    expect(rss).not.toMatch(/<author>/);
  });

  it('Atom: per-feed ids, dates from first sighting, an author element per person, categories with term, html content', () => {
    const atom = render('atom');
    expect(atom).toContain('<id>tag:paperfeed,2026:trending/all?q=a%26b</id>');
    expect(atom).toContain('<id>tag:paperfeed,2026:trending/all?q=a%26b#2606.03748</id>');
    expect(atom).toContain('<link rel="alternate" type="text/html" href="https://huggingface.co/papers/2606.03748" />');
    expect(atom).toContain('<link rel="alternate" type="text/html" href="https://paperfeed.example/feeds/all.html?limit=2&amp;q=a%26b" />');
    expect(atom).toContain('<published>2026-11-02T10:30:00Z</published>\n<updated>2026-11-02T10:30:00Z</updated>');
    expect(atom).toContain('<updated>2026-11-03T10:30:00Z</updated>');
    expect(atom).toContain('<author><name>Glenn Jocher</name></author>\n<author><name>Jing Qiu</name></author>');
    // Entries would inherit a feed-level author.
    expect(atom.slice(0, atom.indexOf('<entry>'))).not.toContain('<author>');
    expect(atom).toContain('<category term="YOLO" />');
    expect(atom).toContain('<link rel="related" type="text/html" href="https://arxiv.org/abs/2606.03748" />');
    expect(atom).toContain('<content type="html"><![CDATA[<p>');
  });

  it('JSON Feed 1.1 with the paper numbers for scripts', () => {
    const feed = JSON.parse(render('json'));
    expect(feed).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1',
      home_page_url: 'https://paperfeed.example/feeds/all.html?limit=2&q=a%26b',
      feed_url: 'https://paperfeed.example/feeds/all.json?limit=2&q=a%26b',
    });
    expect(feed.items[0]).toMatchObject({
      id: 'tag:paperfeed,2026:trending/all?q=a%26b#2606.03748',
      url: 'https://huggingface.co/papers/2606.03748',
      external_url: 'https://arxiv.org/abs/2606.03748',
      summary: 'YOLO26 addresses real-time vision challenges.',
      date_published: '2026-11-02T10:30:00Z',
      authors: [{ name: 'Glenn Jocher' }, { name: 'Jing Qiu' }],
      tags: ['YOLO', 'non-maximum suppression'],
      image: 'https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/2606.03748.png',
      _paperfeed: {
        arxiv_id: '2606.03748', rank: 1, upvotes: 23, comments: 1, github_stars: 62246,
        links: { pdf: 'https://arxiv.org/pdf/2606.03748', github: 'https://github.com/ultralytics/ultralytics' },
        first_seen_at: '2026-11-02T10:30:00Z',
      },
    });
    expect(feed.items[0].content_html).toContain("<a href='https://github.com/ultralytics/ultralytics'>GitHub (★ 62,246)</a>");
  });
});

describe('item bodies', () => {
  it('hold no `"` and no line break, however hostile the paper: the JSON Feed writes them after one check', () => {
    const scraped = ['trending.html', 'trending-large.html'].flatMap((name) => scrapePage(fixture(name)).papers);
    const { papers } = mergeSnapshot(null, [{ list: 'trending', papers: scraped }], { now: '2026-11-03T10:30:00.000Z', retentionDays: 14 }).snapshot;
    const items = composeFeed([...SAMPLE_PAPERS, ...papers], SAMPLE_CONTEXT).items;
    expect(items.length).toBeGreaterThan(200);
    for (const item of items) expect(item.content, item.id).not.toMatch(/["\n]/);
  });
});

describe('papers without known authors', () => {
  const authorless = composeFeed([{ ...SAMPLE_PAPERS[0]!, authors: [] }], SAMPLE_CONTEXT);

  it('get no author in RSS or JSON Feed, and no feed-level author to inherit', () => {
    expect(renderFeed('rss', authorless)).not.toMatch(/<dc:creator|<author|<managingEditor/);
    const json = JSON.parse(renderFeed('json', authorless));
    expect(json).not.toHaveProperty('authors');
    expect(json.items[0]).not.toHaveProperty('authors');
  });

  it('say in Atom (which requires an author) that none is listed, naming nobody', () => {
    const atom = renderFeed('atom', authorless);
    expect(atom.match(/<author>[\s\S]*?<\/author>/g)).toEqual(['<author><name>Authors not listed</name></author>']);
    expect(atom.indexOf('<author>')).toBeGreaterThan(atom.indexOf('<entry>'));
  });
});

describe('dates', () => {
  it('are whole seconds, floored, and the same instant in every format', () => {
    const model = composeFeed([{ ...SAMPLE_PAPERS[0]!, firstSeenAt: '2026-11-02T10:30:55.886Z' }], { ...SAMPLE_CONTEXT, updatedAt: '2026-11-03T10:30:00.999Z' });
    expect(renderFeed('rss', model)).toContain('<pubDate>Mon, 02 Nov 2026 10:30:55 GMT</pubDate>');
    expect(renderFeed('rss', model)).toContain('<lastBuildDate>Tue, 03 Nov 2026 10:30:00 GMT</lastBuildDate>');
    expect(renderFeed('atom', model)).toContain('<published>2026-11-02T10:30:55Z</published>');
    expect(renderFeed('atom', model)).toContain('<updated>2026-11-03T10:30:00Z</updated>');
    const item = JSON.parse(renderFeed('json', model)).items[0];
    expect([item.date_published, item._paperfeed.first_seen_at]).toEqual(['2026-11-02T10:30:55Z', '2026-11-02T10:30:55Z']);
  });
});

describe('escaping', () => {
  it('escapes the five XML specials, ampersands first', () => {
    expect(escapeXml(`&lt; <a href="x">'</a> ]]>`)).toBe('&amp;lt; &lt;a href=&quot;x&quot;&gt;&#39;&lt;/a&gt; ]]&gt;');
  });

  it('splits ]]> so a CDATA section cannot be ended early', () => {
    expect(cdata('a]]>b]]>')).toBe('<![CDATA[a]]]]><![CDATA[>b]]]]><![CDATA[>]]>');
    expect(cdata('<p>x</p>')).toBe('<![CDATA[<p>x</p>]]>');
  });
});
