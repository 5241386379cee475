/**
 * Parse + normalize: the pure part of a scrape, from page HTML to ranked papers.
 */
import type { ScrapedPaper } from '../domain/types';
import { normalizeEntries, type DroppedEntry } from './normalize';
import { PageParseError, parsePage } from './parse';

/** The papers of one page and how they were read. */
export interface PageScrape {
  papers: ScrapedPaper[];
  source: 'json' | 'cards';
  dropped: DroppedEntry[];
  fallbackReason?: string;
  /** The list's day, when the page states one (the daily list's `date`). */
  day?: string;
  /** The page's `isTrending` prop, when it states one. */
  isTrending?: boolean;
}

/** Options for `scrapePage`. */
export interface ScrapePageOptions {
  /** An empty `dailyPapers` array is an empty list, not a failure (see `parsePage`). */
  allowEmpty?: boolean;
}

/** Reads the papers out of a papers page (text, or the bytes fetched); throws `PageParseError` when there are none. */
export function scrapePage(html: string | Uint8Array, options: ScrapePageOptions = {}): PageScrape {
  let page = parsePage(html, options.allowEmpty ? { allowEmpty: true } : {});
  let { papers, dropped } = normalizeEntries(page.entries, page.source);
  if (papers.length === 0 && page.source === 'json' && page.entries.length > 0) {
    // The JSON is there but none of its entries is usable: the cards may still be.
    page = parsePage(html, { skipJson: `none of the ${page.entries.length} dailyPapers entries is a valid paper` });
    ({ papers, dropped } = normalizeEntries(page.entries, page.source));
  }
  if (papers.length === 0 && page.entries.length > 0) {
    throw new PageParseError(`the page lists ${page.entries.length} entries but none is a valid paper`);
  }
  return {
    papers,
    source: page.source,
    dropped,
    ...(page.fallbackReason ? { fallbackReason: page.fallbackReason } : {}),
    ...(page.day !== undefined ? { day: page.day } : {}),
    ...(page.isTrending !== undefined ? { isTrending: page.isTrending } : {}),
  };
}
