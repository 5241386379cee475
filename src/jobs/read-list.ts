/**
 * One list's part of a run: download its page (with its own retries and its own Retry-After) and
 * read its papers. A list that fails says why in its report and yields no scrape; it never throws,
 * so one list's trouble can never keep the other from being stored.
 */
import type { ListName, ListRunReport, ListStatus } from '../domain/types';
import type { ListSource } from '../env';
import { fetchPageWithRetry, UpstreamError, type RetryPolicy } from '../scrape/fetch-page';
import { scrapeList, type ListPageScrape } from '../scrape/scrape-list';

/** What reading one list gave: its report, and its papers when it was read. */
export interface ListRead {
  list: ListName;
  report: ListRunReport;
  scrape?: ListPageScrape;
}

/** What `readList` needs from the run. */
export interface ReadListOptions {
  /** The list's stored history: its Retry-After is honoured. */
  status: ListStatus | undefined;
  now: () => number;
  fetcher?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  retry?: RetryPolicy;
}

// However long upstream asks us to stay away, a bad header must not silence the feeds for days.
const MAX_RETRY_AFTER_MS = 6 * 3_600_000;

/** Reads one list; resolves with its report (and scrape), never rejects. */
export async function readList(source: ListSource, options: ReadListOptions): Promise<ListRead> {
  const { list } = source;
  const report: ListRunReport = { outcome: 'failed', attempts: 0, scraped: 0, dropped: 0 };
  const waitUntil = options.status?.retryAfterUntil;
  if (waitUntil !== undefined && Date.parse(waitUntil) > options.now()) {
    return { list, report: { ...report, outcome: 'skipped', retryAfterUntil: waitUntil } };
  }
  try {
    const page = await fetchPageWithRetry(source.url, {
      ...(options.fetcher ? { fetcher: options.fetcher } : {}),
      ...(options.retry ? { policy: options.retry } : {}),
      ...(options.sleep ? { sleep: options.sleep } : {}),
      now: options.now,
      onAttempt: (attempt) => (report.attempts = attempt),
    });
    const scrape = scrapeList(list, page);
    Object.assign(report, {
      outcome: 'ok',
      source: scrape.source,
      scraped: scrape.papers.length,
      dropped: scrape.dropped.length,
      ...(scrape.day !== undefined ? { day: scrape.day } : {}),
      ...(scrape.fallbackReason ? { warning: `read from the paper cards: ${scrape.fallbackReason}` } : {}),
    });
    return { list, report, scrape };
  } catch (error) {
    report.error = describe(error);
    if (error instanceof UpstreamError && error.retryAfterMs !== undefined && (error.status === 429 || error.status === 503)) {
      report.retryAfterUntil = new Date(options.now() + Math.min(error.retryAfterMs, MAX_RETRY_AFTER_MS)).toISOString();
    }
    return { list, report };
  }
}

/** An error as one line for logs and the run status, at most 500 characters. */
export function describe(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.length > 500 ? `${text.slice(0, 499)}…` : text;
}
