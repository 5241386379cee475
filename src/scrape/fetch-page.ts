/**
 * Downloads the trending page. Any answer other than a complete 2xx HTML document is an
 * `UpstreamError`, so a bad page can never become an empty snapshot.
 */

/** The upstream did not give us a usable page; `retryAfterMs` is set when it asked us to wait. */
export class UpstreamError extends Error {
  override name = 'UpstreamError';
  constructor(
    message: string,
    readonly status?: number,
    readonly retryAfterMs?: number,
  ) {
    super(message);
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

/** Fetches `url` and returns its body as text. */
export async function fetchPage(url: string, options: FetchPageOptions = {}): Promise<string> {
  const { timeoutMs = 15_000, maxBytes = 16 * 1024 * 1024, fetcher = fetch } = options;
  let response: Response;
  try {
    response = await fetcher(url, {
      headers: { 'user-agent': USER_AGENT, accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1' },
      redirect: 'follow',
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
    throw new UpstreamError(timedOut ? `timed out after ${timeoutMs} ms fetching ${url}` : `network error fetching ${url}: ${String(error)}`);
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new UpstreamError(
      `upstream answered ${response.status} ${response.statusText}`.trim(),
      response.status,
      retryAfterMs(response.headers.get('retry-after'), options.now ?? Date.now()),
    );
  }
  const type = response.headers.get('content-type') ?? '';
  if (type !== '' && !/\b(text\/html|application\/xhtml\+xml)\b/i.test(type)) {
    await response.body?.cancel();
    throw new UpstreamError(`upstream answered ${type}, not HTML`, response.status);
  }
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw new UpstreamError(`upstream page is ${declared} bytes, over the ${maxBytes}-byte limit`);
  }
  try {
    const text = await response.text();
    if (text.length > maxBytes) throw new UpstreamError(`upstream page is over the ${maxBytes}-byte limit`);
    return text;
  } catch (error) {
    if (error instanceof UpstreamError) throw error;
    throw new UpstreamError(`reading the upstream body failed: ${String(error)}`);
  }
}

/** Parses a `Retry-After` value (seconds or HTTP date) into milliseconds from `now`. */
export function retryAfterMs(value: string | null, now: number): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value.trim());
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isFinite(date) ? Math.max(0, date - now) : undefined;
}
