/**
 * Downloads the trending page. Any answer other than a complete 2xx HTML document is an
 * `UpstreamError`, so a bad page can never become an empty snapshot. Transient failures
 * (timeouts, network errors, 5xx) are retried a bounded number of times within the run's budget.
 */
import { describeFetchFailure, hostOf } from './fetch-failure';

/** The upstream did not give us a usable page; `retryAfterMs` is set when it asked us to wait. */
export class UpstreamError extends Error {
  override name = 'UpstreamError';
  constructor(
    message: string,
    readonly status?: number,
    readonly retryAfterMs?: number,
    /** A timeout or network failure: the same request may well succeed a moment later. */
    readonly transient = false,
  ) {
    super(message);
  }

  /** Whether trying again within the same run is worthwhile (never for 429 or any other 4xx). */
  get retryable(): boolean {
    return this.transient || (this.status !== undefined && this.status >= 500);
  }
}

/** Options for one download. */
export interface FetchPageOptions {
  timeoutMs?: number;
  /** Pages larger than this are refused (the real page is ~1.5 MB). */
  maxBytes?: number;
  now?: number;
  fetcher?: typeof fetch;
}

export const USER_AGENT = 'paperfeed/0.1 (feeds of Hugging Face trending papers; scrapes at most every 30 minutes)';

/**
 * Fetches `url` and returns its body as the UTF-8 bytes received: the parser decodes only the part
 * it reads (see `parse/page-bytes.ts`).
 */
export async function fetchPage(url: string, options: FetchPageOptions = {}): Promise<Uint8Array> {
  const { timeoutMs = 15_000, maxBytes = 16 * 1024 * 1024, fetcher = fetch } = options;
  let response: Response;
  try {
    response = await fetcher(url, {
      headers: { 'user-agent': USER_AGENT, accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1' },
      redirect: 'follow',
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    throw new UpstreamError(describeFetchFailure(error, url, timeoutMs), undefined, undefined, true);
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new UpstreamError(
      `${hostOf(url)} answered ${response.status} ${response.statusText}`.trim(),
      response.status,
      retryAfterMs(response.headers.get('retry-after'), options.now ?? Date.now()),
    );
  }
  const type = response.headers.get('content-type') ?? '';
  if (type !== '' && !/\b(text\/html|application\/xhtml\+xml)\b/i.test(type)) {
    await response.body?.cancel();
    throw new UpstreamError(`${hostOf(url)} answered ${type}, not HTML`, response.status);
  }
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw new UpstreamError(`upstream page is ${declared} bytes, over the ${maxBytes}-byte limit`);
  }
  try {
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes.length > maxBytes) throw new UpstreamError(`upstream page is over the ${maxBytes}-byte limit`);
    return bytes;
  } catch (error) {
    if (error instanceof UpstreamError) throw error;
    // The connection broke (or the timeout fired) mid-body: as transient as a failed connect.
    throw new UpstreamError(`reading the upstream body failed: ${String(error)}`, undefined, undefined, true);
  }
}

/** How hard one run tries to get the page. */
export interface RetryPolicy {
  /** Requests at most, the first included. */
  attempts: number;
  /** Wait before the first retry; doubled before each further one. */
  baseDelayMs: number;
  /** Timeout of a single request. */
  timeoutMs: number;
  /** Wall-clock time all requests and waits of one run must fit in. */
  budgetMs: number;
}

/**
 * Three tries within 40 s: enough to ride out a load-balancer hiccup, and the next cron comes 30
 * minutes later anyway. No jitter: there is exactly one client, so nothing to de-synchronise.
 */
export const DEFAULT_RETRY: RetryPolicy = { attempts: 3, baseDelayMs: 500, timeoutMs: 15_000, budgetMs: 40_000 };

// A retry is not worth starting with less time than this left in the budget.
const MIN_ATTEMPT_MS = 2_000;

/** Options for `fetchPageWithRetry`; clock and sleep are injectable for tests. */
export interface RetryOptions extends Omit<FetchPageOptions, 'timeoutMs' | 'now'> {
  policy?: RetryPolicy;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** Called before every request with its 1-based number. */
  onAttempt?: (attempt: number) => void;
}

/**
 * Fetches `url`, retrying retryable failures with exponential backoff (or the server's own
 * `Retry-After`, when that is shorter than what is left of the budget). Throws the last
 * `UpstreamError`, its message saying how many attempts were made.
 */
export async function fetchPageWithRetry(url: string, options: RetryOptions = {}): Promise<Uint8Array> {
  const { policy = DEFAULT_RETRY, now = Date.now, sleep = defaultSleep, onAttempt, ...fetchOptions } = options;
  const deadline = now() + policy.budgetMs;
  for (let attempt = 1; ; attempt++) {
    onAttempt?.(attempt);
    const timeoutMs = Math.max(1, Math.min(policy.timeoutMs, deadline - now()));
    try {
      return await fetchPage(url, { ...fetchOptions, timeoutMs, now: now() });
    } catch (error) {
      if (!(error instanceof UpstreamError) || !error.retryable || attempt >= policy.attempts) throw withAttempts(error, attempt);
      const delay = error.retryAfterMs ?? policy.baseDelayMs * 2 ** (attempt - 1);
      if (now() + delay + MIN_ATTEMPT_MS > deadline) throw withAttempts(error, attempt);
      await sleep(delay);
    }
  }
}

function withAttempts(error: unknown, attempts: number): unknown {
  if (!(error instanceof UpstreamError) || attempts === 1) return error;
  return new UpstreamError(`${error.message} (after ${attempts} attempts)`, error.status, error.retryAfterMs, error.transient);
}

function defaultSleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Parses a `Retry-After` value (seconds or HTTP date) into milliseconds from `now`. */
export function retryAfterMs(value: string | null, now: number): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  // An HTTP date always starts with the day name; anything else (`-5`, `1.5`) is not one.
  const date = /^[A-Za-z]{3}/.test(trimmed) ? Date.parse(trimmed) : NaN;
  return Number.isFinite(date) ? Math.max(0, date - now) : undefined;
}
