/**
 * The three formats against their specs where the renderers' own tests do not look: self and home
 * links are valid URIs whatever query string a reader sent (RFC 3986), ids are tag URIs (RFC 4151)
 * of the feed's identity, JSON Feed 1.1's required and deprecated fields and extension naming,
 * RFC 3339 dates, and output that does not depend on the clock.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { composeFeed, renderFeed, type FeedFormat } from '../../src/feeds';
import { feedIdentity } from '../../src/feeds/feed-identity';
import { uriQuery } from '../../src/feeds/escape';
import { SAMPLE_CONTEXT, SAMPLE_PAPERS } from '../support/sample';

// What RFC 3986 allows in a URI, escapes included (no `|`, `^`, `` ` ``, `{`, `}`, `[`, `]` in a query).
const URI = /^https?:\/\/[A-Za-z0-9.:-]+\/[A-Za-z0-9\-._~!$&'()*+,;=:@/?]*(?:%[0-9A-Fa-f]{2}[A-Za-z0-9\-._~!$&'()*+,;=:@/?]*)*$/;
const search = (raw: string) => new URL(`https://paperfeed.example/feeds/all.rss${raw}`).search;
const render = (format: FeedFormat, rawSearch = '') =>
  renderFeed(format, composeFeed(SAMPLE_PAPERS, { ...SAMPLE_CONTEXT, search: search(rawSearch) }));
const unescapeXml = (text: string) => text.replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');

describe('self links and feed ids', () => {
  const queries = ['?q=a|b', '?q=a^b`c', '?q={x}[y]\\z', '?q=%2', '?q=100%', '?q=%zz', '?q=caf%C3%A9&limit=5', "?q=it's", '?q=%3Cb%3E%26%22'];

  it.each(queries)('are valid URIs for %s in every format', (raw) => {
    const rss = render('rss', raw);
    const atom = render('atom', raw);
    const json = JSON.parse(render('json', raw)) as { feed_url: string; home_page_url: string };
    const links = [
      /<atom:link href="([^"]*)" rel="self"/.exec(rss)?.[1],
      /<link rel="self" type="application\/atom\+xml" href="([^"]*)"/.exec(atom)?.[1],
      /<link rel="alternate" type="text\/html" href="([^"]*)"/.exec(atom)?.[1],
      /<channel>\n<title>[^<]*<\/title>\n<link>([^<]*)<\/link>/.exec(rss)?.[1],
    ].map((link) => unescapeXml(link ?? ''));
    for (const link of [...links, json.feed_url, json.home_page_url]) expect(link, raw).toMatch(URI);
  });

  it('keep a query that is already a valid URI exactly as requested', () => {
    expect(uriQuery('?q=a%7Cb&limit=5')).toBe('?q=a%7Cb&limit=5');
    expect(uriQuery("?q=(a+OR+b)+-c:d@e/f?g=h;i,j!k*l$m'n~o")).toBe("?q=(a+OR+b)+-c:d@e/f?g=h;i,j!k*l$m'n~o");
    expect(uriQuery('')).toBe('');
  });

  it('escape only what a URI cannot hold', () => {
    expect(uriQuery('?q=a|b^c`d{e}[f]\\g')).toBe('?q=a%7Cb%5Ec%60d%7Be%7D%5Bf%5D%5Cg');
    expect(uriQuery('?q=%2&r=%41%zz')).toBe('?q=%252&r=%41%25zz');
    expect(uriQuery('?q=\uD800é')).toBe('?q=%EF%BF%BD%C3%A9');
  });

  it('keep the URL the reader asked for as the self link, escapes and all', () => {
    expect(render('atom', '?q=%61b')).toContain('rel="self" type="application/atom+xml" href="https://paperfeed.example/feeds/all.atom?q=%61b"');
  });
});

describe('JSON Feed 1.1', () => {
  const feed = JSON.parse(render('json', '?limit=2')) as Record<string, unknown> & { items: Record<string, unknown>[] };

  it('has the required and the useful optional top-level fields, and no deprecated author', () => {
    expect(feed['version']).toBe('https://jsonfeed.org/version/1.1');
    expect(typeof feed['title']).toBe('string');
    expect(feed['home_page_url']).toBe('https://paperfeed.example/feeds/all.html?limit=2');
    expect(feed['feed_url']).toBe('https://paperfeed.example/feeds/all.json?limit=2');
    expect(feed['language']).toBe('en');
    // Items without authors would inherit feed-level ones.
    expect(feed).not.toHaveProperty('authors');
    expect(feed).not.toHaveProperty('author');
  });

  it('items: string id of the feed and paper, RFC 3339 date of first sight, authors as objects', () => {
    for (const [i, item] of feed.items.entries()) {
      const paper = SAMPLE_PAPERS[i];
      expect(item['id']).toBe(`tag:paperfeed,2026:trending/all?q=a%26b#${paper?.id}`);
      expect(Date.parse(item['date_published'] as string)).toBe(Date.parse(paper?.firstSeenAt ?? ''));
      expect(item['date_published']).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/);
      expect(item).not.toHaveProperty('author');
      expect(item).not.toHaveProperty('date_modified');
      for (const author of item['authors'] as Record<string, unknown>[]) expect(typeof author['name']).toBe('string');
      expect(item['content_html'] ?? item['content_text']).toBeTypeOf('string');
    }
  });

  it('extensions are named "_" + a letter or digit, everywhere', () => {
    const names: string[] = [];
    const walk = (value: unknown) => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') {
        for (const [key, inner] of Object.entries(value)) {
          names.push(key);
          walk(inner);
        }
      }
    };
    walk(feed);
    const custom = names.filter((name) => name.startsWith('_'));
    expect(custom.length).toBeGreaterThan(0);
    for (const name of custom) expect(name).toMatch(/^_[A-Za-z0-9]/);
  });
});

describe('item identity', () => {
  // RFC 4151: tag:authority,date:specific[#fragment], in the characters the W3C validator accepts.
  const TAG = /^tag:[a-z0-9.-]+,\d{4}(?:-\d{2}(?:-\d{2})?)?:[0-9a-zA-Z;/?:@&=+$.\-_!~*'()%,]*(?:#[0-9a-zA-Z;/?:@&=+$.\-_!~*'()%,]*)?$/;
  const ids = (format: FeedFormat, origin: string, raw: string, retitle: boolean) => {
    const papers = SAMPLE_PAPERS.map((p, i) => (retitle ? { ...p, title: `Renamed ${i}`, rank: 40 + i } : p));
    const body = renderFeed(format, composeFeed(papers, { ...SAMPLE_CONTEXT, origin, search: search(raw) }));
    return format === 'json'
      ? (JSON.parse(body) as { items: { id: string }[] }).items.map((item) => item.id)
      : [...body.matchAll(format === 'rss' ? /<guid isPermaLink="false">([^<]*)</g : /<entry>\n<id>([^<]*)</g)].map((m) => unescapeXml(m[1] ?? ''));
  };

  it('comes from the feed and the paper only: never the title, rank, host, format or query spelling', () => {
    const expected = SAMPLE_PAPERS.map((p) => `tag:paperfeed,2026:${SAMPLE_CONTEXT.feedKey}#${p.id}`);
    for (const format of ['rss', 'atom', 'json'] as const) {
      expect(ids(format, 'https://paperfeed.example', '', false)).toEqual(expected);
      expect(ids(format, 'http://127.0.0.1:9', '?q=x&sort=upvotes', true)).toEqual(expected);
    }
  });

  it('is unique per feed: source, topic, q and min_upvotes each make another key', () => {
    const keys = [
      feedIdentity({ source: 'trending', topic: 'all' }),
      feedIdentity({ source: 'daily', topic: 'all' }),
      feedIdentity({ source: 'trending', topic: 'graphs' }),
      feedIdentity({ source: 'trending', topic: 'all', q: 'graph' }),
      feedIdentity({ source: 'trending', topic: 'all', minUpvotes: 10 }),
      feedIdentity({ source: 'trending', topic: 'all', q: 'graph', minUpvotes: 10 }),
    ];
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys[5]).toBe('trending/all?min_upvotes=10&q=graph');
  });

  it('is one key for every spelling of the same feed', () => {
    const key = (raw: string) => {
      const url = new URL(`https://x.test/feeds/all.rss${raw}`);
      const minUpvotes = url.searchParams.get('min_upvotes');
      return feedIdentity({ source: 'trending', topic: 'all', q: url.searchParams.get('q') ?? undefined, ...(minUpvotes ? { minUpvotes: Number(minUpvotes) } : {}) });
    };
    const spellings = ['?q=a+%22b+c%22&min_upvotes=3', '?min_upvotes=3&q=a%20"b%20c"', '?q=%61++%22b%20c%22%20&min_upvotes=03&limit=5&sort=upvotes'];
    expect(new Set(spellings.map(key))).toEqual(new Set(['trending/all?min_upvotes=3&q=a%20%22b%20c%22']));
    // Composed and decomposed accents are one query; min_upvotes=0 is every paper.
    expect(key('?q=caf%C3%A9')).toBe(key('?q=cafe%CC%81'));
    expect(key('?min_upvotes=0')).toBe('trending/all');
  });

  it('is a valid tag URI whatever the query holds', () => {
    for (const q of ['a|b^c`d{e}[f]\\g', '"x" -(y OR z) #1 100% a&b=c/d?e', 'café 😀 \uD800', '']) {
      const key = feedIdentity({ source: 'trending', topic: 'graphs', q, minUpvotes: 1 });
      expect(`tag:paperfeed,2026:${key}#hep-th/9901001`, q).toMatch(TAG);
    }
  });
});

describe('renderers and the clock', () => {
  afterEach(() => vi.useRealTimers());

  it('render the same bytes at any wall-clock time', () => {
    for (const format of ['rss', 'atom', 'json'] as const) {
      vi.useFakeTimers({ now: new Date('2001-01-01T00:00:00Z') });
      const before = render(format, '?q=a');
      vi.setSystemTime(new Date('2099-12-31T23:59:59Z'));
      expect(render(format, '?q=a'), format).toBe(before);
      vi.useRealTimers();
    }
  });
});
