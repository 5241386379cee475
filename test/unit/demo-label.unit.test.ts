import { describe, expect, it } from 'vitest';
import type { Env } from '../../src/env';
import { arrivalPhrase, demoHostOfLists, demoSourceHost, demoTitleSuffix } from '../../src/feeds';
import { renderFeedPreview } from '../../src/html';
import { resolveFeedRequest } from '../../src/http/feed-request';
import { ALL_TOPIC } from '../../src/topics';

describe('demoSourceHost', () => {
  it.each([
    ['https://huggingface.co/papers/trending', null],
    ['https://HuggingFace.co/papers', null],
    ['https://www.huggingface.co/papers/trending', null],
    ['http://127.0.0.1:8788/papers/trending', '127.0.0.1:8788'],
    ['https://upstream.test/papers/trending', 'upstream.test'],
    ['https://huggingface.co.evil.test/papers/trending', 'huggingface.co.evil.test'],
  ])('%s → %s', (url, host) => {
    expect(demoSourceHost(url)).toBe(host);
  });

  it('turns a host into a title suffix and a description phrase, and Hugging Face into neither', () => {
    expect(demoTitleSuffix('127.0.0.1:8788')).toBe(' — demo data from 127.0.0.1:8788');
    expect(demoTitleSuffix(null)).toBe('');
    expect(arrivalPhrase('trending', '127.0.0.1:8788')).toBe('as they appear on 127.0.0.1:8788 (demo data, not huggingface.co)');
    expect(arrivalPhrase('trending', null)).toBe('as they start trending on huggingface.co/papers/trending');
  });

  it('names every demo host among the lists a feed follows, and none when all are Hugging Face', () => {
    expect(demoHostOfLists(['https://huggingface.co/papers/trending', 'https://huggingface.co/papers'])).toBeNull();
    expect(demoHostOfLists(['https://huggingface.co/papers/trending', 'http://127.0.0.1:9/papers'])).toBe('127.0.0.1:9');
    expect(demoHostOfLists(['http://127.0.0.1:8/t', 'http://127.0.0.1:9/d', 'http://127.0.0.1:9/e'])).toBe('127.0.0.1:8 and 127.0.0.1:9');
  });
});

describe('a feed from a demo source', () => {
  const resolve = (sourceUrl: string | undefined, search = '', dailyUrl = '') =>
    resolveFeedRequest('all.rss', new URL(`https://p.test/feeds/all.rss${search}`), { SOURCE_URL: sourceUrl, DAILY_URL: dailyUrl } as Env);

  it('says where its papers come from in its title and description', () => {
    const feed = resolve('http://127.0.0.1:8788/papers/trending', '?q=graph');
    expect(feed.title).toBe('paperfeed: All trending papers (matching graph) — demo data from 127.0.0.1:8788');
    expect(feed.description).toContain('as they appear on 127.0.0.1:8788 (demo data, not huggingface.co).');
    expect(feed.sourceHost).toBe('127.0.0.1:8788');
  });

  it('judges each list on its own: a daily feed from a demo daily page says so, its trending twin does not', () => {
    const daily = resolve(undefined, '?source=daily', 'http://127.0.0.1:9000/papers');
    expect(daily.title).toBe('paperfeed: All daily papers — demo data from 127.0.0.1:9000');
    expect(resolve(undefined, '', 'http://127.0.0.1:9000/papers').sourceHost).toBeNull();
    expect(resolve(undefined, '?source=any', 'http://127.0.0.1:9000/papers').sourceHost).toBe('127.0.0.1:9000');
  });

  it('says nothing of the kind for Hugging Face', () => {
    const feed = resolve(undefined);
    expect(feed.title).toBe('paperfeed: All trending papers');
    expect(feed.description).toContain('huggingface.co/papers/trending.');
    expect(feed.sourceHost).toBeNull();
  });

  it('carries a notice on its HTML page', () => {
    const page = (sourceHost: string | null) =>
      renderFeedPreview({ url: new URL('https://p.test/feeds/all.rss'), topic: ALL_TOPIC, source: 'trending', format: 'rss', title: 't', description: 'd', papers: [], sourceHost });
    expect(page('127.0.0.1:8788')).toContain('demo data from <code>127.0.0.1:8788</code>');
    expect(page(null)).not.toContain('demo data');
  });
});
