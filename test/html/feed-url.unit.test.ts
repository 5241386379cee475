import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { feedUrl, filterSearch } from '../../src/html';

const fields = (entries: Record<string, string>) => new URLSearchParams(entries);

describe('filterSearch', () => {
  it('keeps the filters in a fixed order and drops blanks, defaults and other fields', () => {
    expect(filterSearch(fields({ topic: 'all', format: 'rss', sort: 'upvotes', min_upvotes: ' 20 ', q: '' }))).toBe('?min_upvotes=20&sort=upvotes');
    expect(filterSearch(fields({ q: '  ', sort: 'new', min_upvotes: '' }))).toBe('');
  });

  it('round-trips any query text through the built URL', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (q) => {
        const url = new URL(feedUrl('https://paperfeed.test', 'all', 'json', filterSearch(fields({ q }))));
        expect(url.pathname).toBe('/feeds/all.json');
        expect(url.searchParams.get('q') ?? '').toBe(q.trim());
      }),
    );
  });
});
