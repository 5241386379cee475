/**
 * The JSON Feed renderer is written for speed (its own string escaper, the document assembled from
 * pieces); its bytes must be exactly what the plain JSON.stringify of the feed gives
 * (test/support/json-feed-reference.ts), for the fixture pages, the hostile paper and any text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Paper } from '../../src/domain/types';
import { composeFeed, renderFeed, type FeedContext } from '../../src/feeds';
import { jsonString } from '../../src/feeds/json-feed';
import { scrapePage } from '../../src/scrape/scrape-page';
import { mergeSnapshot } from '../../src/snapshot/merge';
import { fixture } from '../support/fixtures';
import { referenceJsonFeed } from '../support/json-feed-reference';
import { SAMPLE_CONTEXT, SAMPLE_PAPERS } from '../support/sample';

const awkward = fc.string({ unit: fc.oneof(fc.constantFrom('"', '\\', '\n', '\r', '\t', '\u0000', '\u001f', '\u2028', '▲', '\ud83d', '\ude00', '😀', '</script>', '<SCRIPT'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })) });

/** The papers of a fixture page as a first run stores them. */
function fixturePapers(name: string): Paper[] {
  const list = name === 'daily.html' ? 'daily' : 'trending';
  return mergeSnapshot(null, [{ list, papers: scrapePage(fixture(name)).papers }], { now: '2026-11-30T12:00:00.000Z', retentionDays: 14 }).snapshot.papers;
}

const renderBoth = (papers: readonly Paper[], context: FeedContext = SAMPLE_CONTEXT) => {
  const model = composeFeed(papers, context);
  return { fast: renderFeed('json', model), reference: referenceJsonFeed(model) };
};

describe('JSON Feed bytes', () => {
  it('jsonString writes any string as JSON.stringify does', () => {
    fc.assert(
      fc.property(awkward, (text) => {
        expect(jsonString(text)).toBe(JSON.stringify(text));
      }),
      { numRuns: 2000 },
    );
  });

  it.each(['trending.html', 'trending-next.html', 'trending-large.html', 'daily.html'])('%s renders the reference bytes', (name) => {
    const { fast, reference } = renderBoth(fixturePapers(name));
    expect(JSON.parse(fast)).toEqual(JSON.parse(reference));
    expect(fast).toBe(reference);
  });

  it('the hostile paper renders the reference bytes, script tags escaped', () => {
    const { fast, reference } = renderBoth(SAMPLE_PAPERS);
    expect(fast).toContain('\\u003cscript>');
    expect(JSON.parse(fast)).toEqual(JSON.parse(reference));
    expect(fast).toBe(reference);
  });

  it('a feed titled with a script tag renders the reference bytes', () => {
    const { fast, reference } = renderBoth(SAMPLE_PAPERS.slice(0, 1), { ...SAMPLE_CONTEXT, title: 'a </script><script>', description: '"\\\n' });
    expect(fast).toBe(reference);
  });

  it('a text written as the body stand-in is left as it is', () => {
    const papers: Paper[] = [{ ...SAMPLE_PAPERS[0]!, title: '\u0000', authors: ['\u0000'], aiKeywords: ['\u0000'] }];
    const { fast, reference } = renderBoth(papers, { ...SAMPLE_CONTEXT, title: '\u0000' });
    expect(fast).toBe(reference);
  });

  it('a feed of any text renders the reference bytes', () => {
    const base = SAMPLE_PAPERS[0]!;
    fc.assert(
      fc.property(fc.array(fc.record({ title: awkward, abstract: awkward, author: awkward, keyword: awkward }), { minLength: 1, maxLength: 4 }), (texts) => {
        const papers: Paper[] = texts.map((t, i) => ({ ...base, id: `2606.0${i}`, title: t.title, abstract: t.abstract, aiSummary: '', authors: [t.author], aiKeywords: [t.keyword] }));
        const { fast, reference } = renderBoth([...papers, ...SAMPLE_PAPERS]);
        expect(fast).toBe(reference);
      }),
      { numRuns: 300 },
    );
  });

  it('an empty feed, and feeds of one item either side of where the items are cut into parts, render the reference bytes', () => {
    const base = SAMPLE_PAPERS[0]!;
    const many = (count: number): Paper[] => Array.from({ length: count }, (_, i) => ({ ...base, id: `2606.${String(i).padStart(5, '0')}`, title: i % 7 === 0 ? `</script> ${i}` : `Paper ${i}` }));
    for (const count of [0, 1, 24, 25, 26, 49, 50, 51, 101]) {
      const { fast, reference } = renderBoth(many(count));
      expect(fast, `${count} items`).toBe(reference);
    }
  });
});
