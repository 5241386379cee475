/**
 * One list's page → that list's papers. Both lists use the same component, so the parser is the
 * same; what differs is what counts as a valid page: the daily list may be empty (early in a day,
 * before anything is featured), and a page that says it is the trending list is not the daily one.
 */
import type { ListName } from '../domain/types';
import { PageParseError } from './parse';
import { scrapePage, type PageScrape } from './scrape-page';

/** A list's scrape: its papers in list order and, for the daily list, the day it shows. */
export interface ListPageScrape extends PageScrape {
  list: ListName;
}

/** Reads `list` from its page (text, or the bytes fetched); throws `PageParseError` when the page is not a usable copy of it. */
export function scrapeList(list: ListName, html: string | Uint8Array): ListPageScrape {
  if (list === 'trending') return { list, ...scrapePage(html) };
  const page = scrapePage(html, { allowEmpty: true });
  // DAILY_URL pointed at the trending page would quietly turn the daily feeds into trending ones.
  if (page.isTrending === true) {
    throw new PageParseError('the page is the trending list ("isTrending": true), not the daily papers list');
  }
  return { list, ...page };
}
