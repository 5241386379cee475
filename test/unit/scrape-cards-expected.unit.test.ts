/**
 * The card reader's output, entry by entry, on the generated pages without their embedded JSON and
 * on variants of the real card, against the output stored in test/fixtures/cards-expected.json.
 * The reader builds a DOM of only part of each card; these pages pin that it reads what a DOM of
 * the whole page gives.
 */
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../src/scrape/parse';
import { cardPages } from '../support/card-pages';
import { fixture } from '../support/fixtures';

const expected = JSON.parse(fixture('cards-expected.json')) as Record<string, unknown>;

/** What `parsePage` gives, as JSON would store it (members that are `undefined` left out). */
function parsed(html: string): unknown {
  try {
    const page = parsePage(html);
    return JSON.parse(JSON.stringify({ source: page.source, entries: page.entries })) as unknown;
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

describe('card reader: stored output', () => {
  const pages = cardPages();

  it('covers every stored page', () => {
    expect(Object.keys(pages).sort()).toEqual(Object.keys(expected).sort());
  });

  for (const [name, html] of Object.entries(pages)) {
    it(`reads ${name} as stored`, () => {
      expect(parsed(html)).toEqual(expected[name]);
    });
  }
});
