import { describe, expect, it } from 'vitest';
import { fetchPageWithRetry, retryAfterMs, UpstreamError, type RetryPolicy } from '../../src/scrape/fetch-page';
import { scriptedFetch, type Answer } from '../support/upstream';

const URL = 'https://upstream.test/papers/trending';
const PAGE = '<!doctype html><html><body>ok</body></html>';
const policy: RetryPolicy = { attempts: 3, baseDelayMs: 500, timeoutMs: 15_000, budgetMs: 40_000 };

async function attempt(answers: Answer[], options: { policy?: RetryPolicy; clock?: { t: number } } = {}) {
  const clock = options.clock ?? { t: 0 };
  const sleeps: number[] = [];
  const fetcher = scriptedFetch(...answers);
  const run = fetchPageWithRetry(URL, {
    fetcher,
    policy: options.policy ?? policy,
    now: () => clock.t,
    sleep: async (ms) => {
      sleeps.push(ms);
      clock.t += ms;
    },
  });
  const result = await run.then(
    (bytes): { html?: string; error?: unknown } => ({ html: new TextDecoder().decode(bytes) }),
    (error: unknown) => ({ error }),
  );
  return { ...result, sleeps, calls: fetcher.urls.length };
}

describe('fetchPageWithRetry', () => {
  it('retries 5xx and network errors with doubling waits, then succeeds', async () => {
    const result = await attempt([{ status: 503 }, new TypeError('connection reset'), PAGE]);
    expect(result).toMatchObject({ html: PAGE, calls: 3, sleeps: [500, 1000] });
  });

  it('gives up after the last attempt with the last error', async () => {
    const result = await attempt([{ status: 500 }]);
    expect(result.calls).toBe(3);
    expect(result.error).toBeInstanceOf(UpstreamError);
    expect(String(result.error)).toMatch(/500.*after 3 attempts/);
  });

  it.each<[string, Answer]>([
    ['404', { status: 404 }],
    ['429', { status: 429, headers: { 'retry-after': '60' } }],
    ['a non-HTML answer', { status: 200, body: '{}', headers: { 'content-type': 'application/json' } }],
  ])('does not retry %s', async (_name, answer) => {
    const result = await attempt([answer, PAGE]);
    expect(result.calls).toBe(1);
    expect(result.error).toBeInstanceOf(UpstreamError);
  });

  it('reports how long a 429 asked us to wait', async () => {
    const { error } = await attempt([{ status: 429, headers: { 'retry-after': '120' } }]);
    expect((error as UpstreamError).retryAfterMs).toBe(120_000);
  });

  it('stops retrying when the run budget would be exceeded', async () => {
    const clock = { t: 0 };
    const slow = scriptedFetch({ status: 502 });
    const fetcher = (async (input: RequestInfo | URL, init?: RequestInit) => {
      clock.t += 19_000; // each attempt takes 19 s of the 40 s budget
      return slow(input, init);
    }) as typeof fetch;
    const sleeps: number[] = [];
    const error = await fetchPageWithRetry(URL, { fetcher, policy, now: () => clock.t, sleep: async (ms) => void sleeps.push(ms) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamError);
    expect(slow.urls.length).toBe(2);
    expect(sleeps).toEqual([500]);
  });

  it('times a hanging upstream out and says so', async () => {
    const hanging = ((_input: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
      })) as typeof fetch;
    const error = await fetchPageWithRetry(URL, {
      fetcher: hanging,
      policy: { attempts: 2, baseDelayMs: 1, timeoutMs: 20, budgetMs: 10_000 },
    }).catch((e: unknown) => e);
    expect(String(error)).toMatch(/timed out after 20 ms.*after 2 attempts/);
  });
});

describe('retryAfterMs', () => {
  const now = Date.parse('2026-10-01T00:00:00Z');
  it.each<[string | null, number | undefined]>([
    ['120', 120_000],
    [' 0 ', 0],
    ['Thu, 01 Oct 2026 00:02:00 GMT', 120_000],
    ['Wed, 30 Sep 2026 23:00:00 GMT', 0],
    ['soon', undefined],
    ['-5', undefined],
    [null, undefined],
  ])('%j → %j', (value, expected) => {
    expect(retryAfterMs(value, now)).toBe(expected);
  });
});
