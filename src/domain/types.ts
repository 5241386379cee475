/**
 * The domain model, in one place. Everything downstream of the parser speaks these types; the
 * renderers never see upstream shapes, and nothing outside `store/` sees how they are stored.
 */

/** An organisation a paper is attributed to on Hugging Face. */
export interface Organization {
  /** Handle on huggingface.co, e.g. `Ultralytics`. */
  name: string;
  /** Display name; equals `name` when upstream gives none. */
  fullname: string;
  /** Absolute URL of the organisation page on huggingface.co. */
  url: string;
  avatar?: string;
}

/** Which part of the page a paper was read from; card data is thinner than the embedded JSON. */
export type PaperSource = 'json' | 'cards';

/**
 * The Hugging Face lists paperfeed follows: the trending page (`SOURCE_URL`) and the daily
 * papers list (`DAILY_URL`). A paper is stored once, whichever lists it appeared on.
 */
export type ListName = 'trending' | 'daily';
export const LIST_NAMES: readonly ListName[] = ['trending', 'daily'];

/** Which papers a feed follows: one list, or every paper on any list. */
export type FeedSource = ListName | 'any';

/** When and where this service saw a paper on one list. */
export interface ListPresence {
  /**
   * First time a scrape of this list found the paper (ISO 8601, whole seconds for papers seen since
   * whole-second dating; older snapshots may hold milliseconds): the item date in this list's
   * feeds. Never changes once set.
   */
  firstSeenAt: string;
  /** Last time a scrape of this list found the paper. */
  lastSeenAt: string;
  /** 1-based position on the list in its latest scrape, or `null` once the paper has left it. */
  rank: number | null;
  /** Daily list only: the day the list featured the paper (`YYYY-MM-DD`), when the page said. */
  day?: string;
}

/**
 * One paper as read from the trending page and normalized: every string trimmed and free of
 * characters XML 1.0 forbids, every URL absolute http(s), every count a finite integer.
 */
export interface ScrapedPaper {
  /** arXiv id, e.g. `2606.03748` (or an old-style id such as `hep-th/9901001`). */
  id: string;
  title: string;
  /** The arXiv abstract; on card-only scrapes, the card's short summary; `''` when unknown. */
  abstract: string;
  authors: string[];
  /** Page on huggingface.co; also the item id that feed readers deduplicate on. */
  hfUrl: string;
  arxivUrl: string;
  pdfUrl: string;
  thumbnailUrl?: string;
  upvotes: number;
  /** `null` when the page did not say (the cards carry no comment count). */
  comments: number | null;
  githubUrl?: string;
  githubStars: number | null;
  projectPageUrl?: string;
  organization?: Organization;
  aiSummary?: string;
  aiKeywords: string[];
  /** arXiv publication time (ISO 8601), when known. */
  publishedAt?: string;
  /** When the paper was featured on Hugging Face's daily papers (ISO 8601), when known. */
  featuredAt?: string;
  /** 1-based position on the scraped list (trending or daily) in this scrape. */
  rank: number;
  source: PaperSource;
}

/** One successful scrape of one list, as the merge takes it. */
export interface ListScrape {
  list: ListName;
  /** The list's papers, in list order. */
  papers: ScrapedPaper[];
  /** Daily list: the day the page lists (`YYYY-MM-DD`), when the page says. */
  day?: string;
}

/**
 * A paper in the stored snapshot: the richest scraped data from any list, plus what this service
 * observed on each list. `lists` is the truth; `rank`, `firstSeenAt` and `lastSeenAt` are kept
 * equal to the view of the paper that a feed shows (see `snapshot/list-view.ts`): for a stored
 * paper, the trending rank and the earliest / latest sighting on any list.
 */
export interface Paper extends Omit<ScrapedPaper, 'rank'> {
  /** The lists the paper has appeared on; at least one. */
  lists: Partial<Record<ListName, ListPresence>>;
  /** Current trending position, or `null` when the paper is not on the trending page now. */
  rank: number | null;
  /** The item date: first sighting (on the feed's list, in a list view). Never changes. */
  firstSeenAt: string;
  lastSeenAt: string;
}

/** What one stored snapshot holds: the papers, newest `firstSeenAt` first, and when they changed. */
export interface Snapshot {
  /** Content hash of `papers`; changes exactly when a feed's content would. */
  version: string;
  /** When `papers` last changed (ISO 8601): the feeds' `updated` / `lastBuildDate`. */
  updatedAt: string;
  /** When a scrape last succeeded and confirmed this content (ISO 8601). */
  checkedAt: string;
  papers: Paper[];
}

/** How one scheduled (or manual) scrape ended. */
export type RunOutcome = 'changed' | 'unchanged' | 'failed' | 'skipped';

/** What started a run. */
export type RunTrigger = 'cron' | 'admin';

/** What one run did, as logged and as kept for the health report. */
export interface RunReport {
  outcome: RunOutcome;
  startedAt: string;
  durationMs: number;
  trigger?: RunTrigger;
  /** Requests made to the upstream page this run (retries included); 0 when the run was skipped. */
  attempts?: number;
  /** Upstream asked us (429/503 `Retry-After`) not to come back before this time. */
  retryAfterUntil?: string;
  /** Where the papers came from, when the page was read. */
  source?: PaperSource;
  /** Papers on the page this run, and in the snapshot after it. */
  scraped: number;
  papers: number;
  added: number;
  updated: number;
  expired: number;
  dropped: number;
  /** Whether this run wrote the snapshot. */
  wrote: boolean;
  warning?: string;
  /** Why the run failed, or (when it still stored something) why one of its lists did. */
  error?: string;
  /** Each followed list's part of the run; the fields above sum them up. */
  lists?: Partial<Record<ListName, ListRunReport>>;
}

/** The run history needed to report health; stored apart from the snapshot. */
export interface RunStatus {
  lastAttemptAt: string;
  lastSuccessAt: string | null;
  lastError: { message: string; at: string } | null;
  consecutiveFailures: number;
  lastRun: RunReport;
  /** Upstream asked us (429 Retry-After) not to come back before this time. */
  retryAfterUntil?: string;
  /** Each list's history; a status without it (stored before lists) is the trending page's. */
  lists?: Partial<Record<ListName, ListStatus>>;
}

/** What one run did with one list. */
export interface ListRunReport {
  /** `ok`: read (possibly empty, for the daily list); `skipped`: upstream's Retry-After holds. */
  outcome: 'ok' | 'failed' | 'skipped';
  /** Requests made for this list (retries included). */
  attempts: number;
  source?: PaperSource;
  /** Papers on the list's page this run, and page entries the normalizer refused. */
  scraped: number;
  dropped: number;
  /** The day the daily list showed. */
  day?: string;
  retryAfterUntil?: string;
  warning?: string;
  error?: string;
}

/** One list's run history, for the health report; kept in the run status. */
export interface ListStatus {
  lastAttemptAt: string;
  lastSuccessAt: string | null;
  lastError: { message: string; at: string } | null;
  consecutiveFailures: number;
  retryAfterUntil?: string;
  warning?: string;
}
