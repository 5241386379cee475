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
  const element = findDataElement(html);
  // Where the papers start: the data element, whose content holds the cards.
  const from = element ? element.tag.end : Math.max(0, html.search(/<main[\s>]/i));
  // A page cut off in transfer may still hold readable JSON and a subset of the cards; either would
  // quietly shrink the feed, so an unterminated document is refused outright.
  if (!closedAfter(html, from)) {
    throw new PageParseError(
      html.trim() === '' ? 'the page is empty' : 'the page is truncated (no </body> or </html> after its papers)',
    );
  }
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
  const cards = readCards(html, from);
  if (cards.length > 0) return { source: 'cards', entries: cards, fallbackReason: reason };
  throw new PageParseError(`no papers found: ${reason}, and no paper cards (<article>) in the page`);
}

const CLOSING = /<\/(?:html|body)\s*>/gi;

/**
 * Whether a `</body>` or `</html>` end tag follows `from`, where the papers start (the cards come
 * after it). Usually it is in the page's last bytes, but a server may append comments or
 * whitespace after `</html>`; only then is the rest of the page searched. The cards' text is
 * escaped, so a raw end tag after the papers is the document's own.
 */
function closedAfter(html: string, from: number): boolean {
  const tail = Math.max(from, html.length - 4096);
  CLOSING.lastIndex = tail;
  if (CLOSING.test(html)) return true;
  if (tail === from) return false;
  CLOSING.lastIndex = from;
  return CLOSING.test(html);
}
