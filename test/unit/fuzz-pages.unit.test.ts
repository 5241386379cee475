/**
 * Property-based fuzzing of the whole pure path, page → parse → normalize → merge → compose →
 * RSS / Atom / JSON Feed, with generated and mutated pages (see test/support/fuzz-arbitraries.ts).
 * Whatever the page holds, nothing throws but a `PageParseError`, and every output passes the
 * checks of test/support/fuzz-pipeline.ts.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { garbagePage, hostileCardPage, hostileJsonPage, hostileString, hugeFieldPage, mutatedPage } from '../support/fuzz-arbitraries';
import { checkPage } from '../support/fuzz-pipeline';

// Pages checked per property; ≥ 1,000 in all. Sized so the file runs in seconds.
const RUNS = { json: 400, cards: 200, mutated: 300, garbage: 150, huge: 8 };
const seen = { pages: 0, rendered: 0, items: 0 };

function check(html: string, search = ''): void {
  const items = checkPage(html, search);
  seen.pages++;
  if (items > 0) seen.rendered++;
  seen.items += items;
}

afterAll(() => {
  // Guard against generators that silently stop producing renderable pages.
  expect(seen.pages).toBeGreaterThanOrEqual(1000);
  expect(seen.rendered).toBeGreaterThan(seen.pages / 3);
});

describe('fuzzed pages never break a feed', () => {
  it('hostile values and wrong types in the embedded JSON', () => {
    const search = hostileString.map((query) => new URL(`https://paperfeed.test/feeds/all.rss?${query}`).search);
    fc.assert(fc.property(hostileJsonPage, fc.option(search, { nil: '' }), (page, query) => check(page, query)), { numRuns: RUNS.json });
  });

  it('hostile cards read by the fallback parser', () => {
    fc.assert(fc.property(hostileCardPage, (page) => check(page)), { numRuns: RUNS.cards });
  });

  it('real pages with deleted, duplicated, inserted and truncated markup', () => {
    fc.assert(fc.property(mutatedPage, (page) => check(page)), { numRuns: RUNS.mutated });
  });

  it('random bytes and markup soup', () => {
    fc.assert(fc.property(garbagePage, (page) => check(page)), { numRuns: RUNS.garbage });
  });

  // Bounded work (8 pages of ~1 MB), but parsing a megabyte of entity-laden card text takes a
  // second or more, and much longer on a loaded machine: give it room rather than fewer pages.
  it('1 MB titles and summaries', { timeout: 300_000 }, () => {
    fc.assert(fc.property(hugeFieldPage, (page) => check(page)), { numRuns: RUNS.huge });
  });
});
