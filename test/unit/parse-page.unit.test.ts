import { describe, expect, it } from 'vitest';
import { PageParseError, parsePage } from '../../src/scrape/parse';
import { scrapePage } from '../../src/scrape/scrape-page';
import { expectedIds, fixture } from '../support/fixtures';
import { withoutDataProps } from '../support/pages';

const ids = (html: string) => scrapePage(html).papers.map((p) => p.id);

describe('parsePage: embedded JSON', () => {
  it('reads every paper of the generated pages in trending order', () => {
    expect(ids(fixture('trending.html'))).toEqual(expectedIds().trending);
    expect(ids(fixture('trending-next.html'))).toEqual(expectedIds()['trending-next']);
  });

  it('reads the one JSON paper of the real capture, not its card', () => {
    const page = parsePage(fixture('real-trending-excerpt.html'));
    expect(page.source).toBe('json');
    expect(ids(fixture('real-trending-excerpt.html'))).toEqual(['2606.03748']);
  });

  it('finds the element whatever the attribute order, quoting and references', () => {
    const real = fixture('real-trending-excerpt.html');
    const tag = /<div class="SVELTE_HYDRATER contents" data-target="DailyPapers" data-props="([^"]*)">/.exec(real);
    expect(tag).not.toBeNull();
    const json = tag![1]!.replace(/&quot;/g, '"');
    const variants = [
      `<div data-props="${tag![1]}"\n  class="x" DATA-TARGET = "DailyPapers">`,
      `<div class=x data-target=DailyPapers data-props='${json.replace(/'/g, '&#39;')}'>`,
      `<div data-target="DailyPapers" data-props="${json.replace(/"/g, '&#34;')}">`,
      `<div title="a < b" data-target="DailyPapers" data-props="${json.replace(/"/g, '&#x22;')}">`,
    ];
    for (const variant of variants) {
      expect(ids(real.replace(tag![0], variant))).toEqual(['2606.03748']);
    }
  });
});

describe('parsePage: card fallback', () => {
  it('reads every paper from the cards when data-props is gone (each card counted once)', () => {
    for (const name of ['trending.html', 'trending-next.html'] as const) {
      const page = parsePage(withoutDataProps(fixture(name)));
      expect(page.source).toBe('cards');
      const expected = expectedIds()[name === 'trending.html' ? 'trending' : 'trending-next'];
      expect(ids(withoutDataProps(fixture(name)))).toEqual(expected);
    }
  });

  it('reads the real card with its numbers and links', () => {
    const [paper] = scrapePage(withoutDataProps(fixture('real-trending-excerpt.html'))).papers;
    expect(paper).toMatchObject({
      id: '2609.08183',
      title: 'NeoHorse-1: Towards Recursive Self-Improvement via Agentic Post-Training with Routing Harness',
      upvotes: 327,
      githubUrl: 'https://github.com/TokenRhythm/NeoHorse',
      githubStars: 1660,
      thumbnailUrl: 'https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/2609.08183.png',
      organization: { name: 'TokenRhythm', url: 'https://huggingface.co/TokenRhythm' },
      publishedAt: '2026-09-08T00:00:00.000Z',
      source: 'cards',
      comments: null,
    });
  });

  it('falls back to the cards when the JSON is unreadable, and says why', () => {
    const broken = fixture('trending.html').replace(/(data-target="DailyPapers"[^>]*?data-props=")\{/, '$1{{');
    const page = parsePage(broken);
    expect(page.source).toBe('cards');
    expect(page.fallbackReason).toMatch(/not valid JSON/);
    expect(page.entries).toHaveLength(55);
  });
});

describe('parsePage: pages without papers', () => {
  const cases: Record<string, string> = {
    empty: '',
    '502 page': '<!doctype html><html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>',
    truncated: fixture('trending.html').slice(0, 200_000),
    'truncated among the cards': fixture('trending.html').slice(0, 900_000),
  };
  for (const [name, html] of Object.entries(cases)) {
    it(`refuses the ${name} with a clear error`, () => {
      expect(() => parsePage(html)).toThrow(PageParseError);
    });
  }

  it('names what it looked for', () => {
    expect(() => parsePage('<html><body><p>hi</p></body></html>')).toThrow(/no DailyPapers data element.*no paper cards/);
  });
});

describe('scrapePage', () => {
  it('reads the cards when every JSON entry is unusable', () => {
    const html = fixture('real-trending-excerpt.html').replace(/&quot;id&quot;:&quot;2606\.03748&quot;/, '&quot;id&quot;:42');
    const page = scrapePage(html);
    expect(page.source).toBe('cards');
    expect(page.fallbackReason).toMatch(/none of the 1 dailyPapers entries/);
    expect(page.papers.map((p) => p.id)).toEqual(['2609.08183']);
  });
});
