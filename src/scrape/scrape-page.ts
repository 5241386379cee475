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
}

/** Reads the papers out of a trending page; throws `PageParseError` when there are none. */
export function scrapePage(html: string): PageScrape {
  let page = parsePage(html);
  let { papers, dropped } = normalizeEntries(page.entries, page.source);
  if (papers.length === 0 && page.source === 'json') {
    // The JSON is there but none of its entries is usable: the cards may still be.
    page = parsePage(html, { skipJson: `none of the ${page.entries.length} dailyPapers entries is a valid paper` });
    ({ papers, dropped } = normalizeEntries(page.entries, page.source));
  }
  if (papers.length === 0) {
    throw new PageParseError(`the page lists ${page.entries.length} entries but none is a valid paper`);
  }
  return { papers, source: page.source, dropped, ...(page.fallbackReason ? { fallbackReason: page.fallbackReason } : {}) };
}
