/**
 * From page HTML to raw paper entries: the embedded JSON when it is readable, the rendered cards
 * when it is not, and a `PageParseError` that says what was looked for when neither is there.
 */
import { readCards } from './cards';
import { findDataElement, type ListProps } from './embedded-json';
import { pageHead, pageText } from './page-bytes';

/** Raw entries in page order, and which part of the page they came from. */
export interface ParsedPage {
  source: 'json' | 'cards';
  entries: unknown[];
  /** Why the embedded JSON was not used, when the cards were. */
  fallbackReason?: string;
  /** The list's day as the page's props state it (the daily list's `date`). */
  day?: string;
  /** The page's `isTrending` prop, when it states one. */
  isTrending?: boolean;
}

/** The page holds no papers we can read; the message says what was tried. */
export class PageParseError extends Error {
  override name = 'PageParseError';
}

/** Options for `parsePage`. */
export interface ParsePageOptions {
  /** Read the cards even though the JSON is readable (its entries turned out to be unusable). */
  skipJson?: string;
  /**
   * An empty `dailyPapers` array is a valid, empty list rather than a broken page (the daily list
   * early in a day, before papers are featured). A page without the element is still refused.
   */
  allowEmpty?: boolean;
}

/**
 * Parses a trending-page document, as text or as the UTF-8 bytes fetched. Pure: the same page
 * always gives the same result. Of bytes, only the text up to the `DailyPapers` element is
 * decoded when the papers are there (the ordinary page); anything else decodes the whole page
 * and reads it exactly as text would be read.
 */
export function parsePage(page: string | Uint8Array, options: ParsePageOptions = {}): ParsedPage {
  if (typeof page !== 'string') return (!options.skipJson && fromHead(page)) || parsePage(pageText(page), options);
  const html = page;
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
  const props = element && 'entries' in element.result ? element.result : undefined;
  const about = aboutList(props);
  if (!options.skipJson && props && props.entries.length > 0) return jsonPage(props);
  const reason = options.skipJson
    ? options.skipJson
    : !element
    ? 'no DailyPapers data element'
    : 'error' in element.result
      ? element.result.error
      : 'the dailyPapers array is empty';
  const cards = readCards(html, from);
  if (cards.length > 0) return { source: 'cards', entries: cards, fallbackReason: reason, ...about };
  if (options.allowEmpty && !options.skipJson && props?.entries.length === 0) return { source: 'json', entries: [], ...about };
  throw new PageParseError(`no papers found: ${reason}, and no paper cards (<article>) in the page`);
}

/**
 * The JSON path over the head of the bytes alone: taken when the head holds the page's settled
 * data element and the page's last bytes close the document, which is exactly when the whole
 * text would give the same answer (the element is the first usable target whatever follows, and
 * `closedAfter` finds the same end tag in the same last 4 KB). `null`: decode everything.
 */
function fromHead(bytes: Uint8Array): ParsedPage | null {
  const head = pageHead(bytes);
  if (!head?.closed) return null;
  const element = findDataElement(head.text);
  return element?.settled && 'entries' in element.result ? jsonPage(element.result) : null;
}

function jsonPage(props: ListProps): ParsedPage {
  return { source: 'json', entries: props.entries, ...aboutList(props) };
}

function aboutList(props: ListProps | undefined): Pick<ParsedPage, 'day' | 'isTrending'> {
  return {
    ...(props?.date !== undefined ? { day: props.date } : {}),
    ...(props?.isTrending !== undefined ? { isTrending: props.isTrending } : {}),
  };
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
