/**
 * The elements of a card the reader reads its entry from, found by CSS selectors: per card, or for
 * every card of a document at once. linkedom compiles a selector on every query, which costs more
 * than matching it; for cards cut out one after another (no card inside another, none inside a
 * heading), a query per selector over the document, each match given to the card around it, finds
 * the same elements in the same order as a query per card.
 */
import type { parseHTML } from 'linkedom';

/** What a span says when it is a card's date: "Published on Sep 8, 2026" or "Sep 8, 2026". */
export const DATE_TEXT = /^(?:Published on )?([A-Z][a-z]{2} \d{1,2}, \d{4})$/;

/** An element of linkedom's DOM. */
export type Element = ReturnType<typeof parseHTML>['document']['body'];

/** A card's elements by what the reader reads from them, in document order. */
export interface CardElements {
  paperLinks: Element[];
  headingLinks: Element[];
  githubLinks: Element[];
  rootLinks: Element[];
  spans: Element[];
  clamped: Element[];
  paragraphs: Element[];
  counts: Element[];
}

const SELECTORS: Record<keyof CardElements, string> = {
  paperLinks: 'a[href*="/papers/"]',
  headingLinks: 'h3 a[href*="/papers/"]',
  githubLinks: 'a[href*="github.com/"]',
  rootLinks: 'a[href^="/"]',
  spans: 'span',
  clamped: 'p.line-clamp-2',
  paragraphs: 'p',
  counts: '.text-orange-500.font-semibold, div.font-semibold.text-orange-500',
};
const KEYS = Object.keys(SELECTORS) as Array<keyof CardElements>;

/** The elements of one card, queried in it. */
export function elementsOf(article: Element): CardElements {
  const found = {} as CardElements;
  for (const key of KEYS) found[key] = [...article.querySelectorAll(SELECTORS[key])];
  return found;
}

/** The elements of each of `articles`, none inside another, queried once in their `document`. */
export function elementsByArticle(document: Element['ownerDocument'], articles: readonly Element[]): CardElements[] {
  const index = new Map(articles.map((article, i) => [article, i]));
  const all = articles.map(() => ({}) as CardElements);
  for (const key of KEYS) {
    for (const card of all) card[key] = [];
    for (const element of document.querySelectorAll(SELECTORS[key])) {
      let at: Element | null = element;
      while (at && !index.has(at)) at = at.parentElement;
      if (at) all[index.get(at)!]![key].push(element);
    }
  }
  return all;
}
