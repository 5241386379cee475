/**
 * From page HTML to raw paper entries: the embedded JSON when it is readable, the rendered cards
 * when it is not, and a `PageParseError` that says what was looked for when neither is there.
 */
import { readCards } from './cards';
import { findDataElement } from './embedded-json';

/** Raw entries in page (trending) order, and which part of the page they came from. */
export interface ParsedPage {
  source: 'json' | 'cards';
  entries: unknown[];
  /** Why the embedded JSON was not used, when the cards were. */
  fallbackReason?: string;
}

/** The page holds no papers we can read; the message says what was tried. */
export class PageParseError extends Error {
  override name = 'PageParseError';
}

/** Options for `parsePage`. */
export interface ParsePageOptions {
  /** Read the cards even though the JSON is readable (its entries turned out to be unusable). */
  skipJson?: string;
}

/** Parses a trending-page document. Pure: the same HTML always gives the same result. */
export function parsePage(html: string, options: ParsePageOptions = {}): ParsedPage {
  // A page cut off in transfer may still hold readable JSON and a subset of the cards; either would
  // quietly shrink the feed, so an unterminated document is refused outright.
  if (!/<\/(?:html|body)\s*>/i.test(html.slice(-4096))) {
    throw new PageParseError(
      html.trim() === '' ? 'the page is empty' : 'the page is truncated (it does not end with </body> or </html>)',
    );
  }
  const element = findDataElement(html);
  if (!options.skipJson && element && 'entries' in element.result && element.result.entries.length > 0) {
    return { source: 'json', entries: element.result.entries };
  }
  const reason = options.skipJson
    ? options.skipJson
    : !element
    ? 'no DailyPapers data element'
    : 'error' in element.result
      ? element.result.error
      : 'the dailyPapers array is empty';
  const from = element ? element.tag.end : Math.max(0, html.search(/<main[\s>]/i));
  const cards = readCards(html, from);
  if (cards.length > 0) return { source: 'cards', entries: cards, fallbackReason: reason };
  throw new PageParseError(`no papers found: ${reason}, and no paper cards (<article>) in the page`);
}
