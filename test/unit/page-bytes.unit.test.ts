/**
 * The page as the bytes fetched: the scrape decodes only the head up to the `DailyPapers` element
 * when the papers are there, and must read every page exactly as it reads the page's text —
 * same papers, same fallback, same errors — on the fixtures and on generated and mutated pages.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pageHead } from '../../src/scrape/parse/page-bytes';
import { scrapeList } from '../../src/scrape/scrape-list';
import { scrapePage } from '../../src/scrape/scrape-page';
import { cardPages } from '../support/card-pages';
import { fixture } from '../support/fixtures';
import { garbagePage, hostileCardPage, hostileJsonPage, mutatedPage } from '../support/fuzz-arbitraries';
import { entry, escapeAttribute, pageWith } from '../support/pages';

const utf8 = new TextEncoder();

// The scrape of `page` as text and as bytes: a result, or the error's class and message.
function outcome(read: () => unknown): unknown {
  try {
    return { ok: read() };
  } catch (error) {
    return { error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

// Against the text as `Response.text()` would give it (a generated string's lone surrogates do not survive UTF-8).
function expectSameScrape(html: string): void {
  const bytes = utf8.encode(html);
  const text = new TextDecoder().decode(bytes);
  expect(outcome(() => scrapePage(bytes))).toEqual(outcome(() => scrapePage(text)));
  expect(outcome(() => scrapeList('daily', bytes))).toEqual(outcome(() => scrapeList('daily', text)));
}

const props = (ids: string[]) => escapeAttribute(JSON.stringify({ dailyPapers: ids.map((id) => entry(id)), isTrending: true }));
const target = (ids: string[], extra = '') => `<div class="SVELTE_HYDRATER contents" data-target="DailyPapers"${extra} data-props="${props(ids)}"></div>`;
const page = (body: string, after = '') => `<!doctype html><html><head><title>t</title></head><body>${body}<main>${'<p>filler ü</p>'.repeat(500)}</main></body></html>${after}`;

afterEach(() => vi.restoreAllMocks());

describe('scraping the bytes fetched reads as scraping the text', () => {
  it('the fixture pages and every card variant', () => {
    for (const name of ['trending.html', 'trending-next.html', 'trending-large.html', 'daily.html', 'real-trending-excerpt.html']) expectSameScrape(fixture(name));
    for (const html of Object.values(cardPages())) expectSameScrape(html);
  });

  it('markup around the data element that only the whole page can settle', () => {
    const variants = [
      // The first target is inert, or has no papers, or is cut off: a later one is the answer.
      page(`<!-- ${target(['2601.00001'])} -->${target(['2601.00002'])}`),
      page(`<template>${target(['2601.00001'])}</template>${target(['2601.00002'])}`),
      page(`${target([])}${'<p>x</p>'.repeat(100)}${target(['2601.00003'])}`),
      page(`<script>var s = '${target(['2601.00001'])}';</script>${target(['2601.00004'])}`),
      // A comment opened before the target and closed far after it.
      page(`<!-- ${target(['2601.00001'])}${'<p>y</p>'.repeat(600)} -->${target(['2601.00005'])}`),
      // Quotes and `>` in later attributes of the tag, multi-byte text right at the cut.
      page(target(['2601.00006'], ` title='a > b "c"' data-x="é>ü"`) + 'ü€😀'),
      // Closed only before more than 4 KB of trailing comments, or not at all.
      page(target(['2601.00007']), `<!--${'z'.repeat(9000)}-->`),
      page(target(['2601.00008'])).replace('</body></html>', ''),
      // A byte-order mark; no target spelled as upstream spells it.
      `\uFEFF${page(target(['2601.00009']))}`,
      page(target(['2601.00010']).replace('data-target="DailyPapers"', "data-target='DailyPapers'")),
      pageWith([entry('2601.00011')]),
    ];
    for (const html of variants) expectSameScrape(html);
  });

  it('generated and mutated pages', () => {
    fc.assert(fc.property(fc.oneof(hostileJsonPage, hostileCardPage, mutatedPage, garbagePage), (html) => expectSameScrape(html)), { numRuns: 300 });
  });
});

describe('the head of the ordinary page', () => {
  it('ends with the DailyPapers start tag, before the cards, and knows the page is closed', () => {
    const html = fixture('trending.html');
    const head = pageHead(utf8.encode(html));
    expect(head?.closed).toBe(true);
    expect(head?.text).toMatch(/data-target="DailyPapers" data-props="[^"]*">$/);
    expect(html.startsWith(head?.text ?? '-')).toBe(true);
    expect(head?.text.length).toBeLessThan(html.length / 2);
  });

  it('ends at the `>` that closes the tag, past `>` and the other quote inside quoted values', () => {
    const tag = `<div data-target="DailyPapers" title='a > b "c"' data-x="it's > d" data-props="${props(['2601.00001'])}">`;
    const html = page(tag);
    const head = pageHead(utf8.encode(html));
    expect(head?.text).toBe(html.slice(0, html.indexOf(tag) + tag.length));
    expect(pageHead(utf8.encode(`<div data-target="DailyPapers" data-props="unclosed>`))).toBeNull();
  });

  it('is all the scrape decodes when the papers are there', () => {
    const bytes = utf8.encode(fixture('trending.html'));
    const decode = vi.spyOn(TextDecoder.prototype, 'decode');
    expect(scrapePage(bytes).source).toBe('json');
    const decoded = decode.mock.calls.reduce((sum, [input]) => sum + ((input as Uint8Array | undefined)?.byteLength ?? 0), 0);
    expect(decoded).toBeLessThan(bytes.length / 2);
  });
});
