import { describe, expect, it } from 'vitest';
import { describeFetchFailure } from '../../src/scrape/fetch-failure';
import { fetchPage } from '../../src/scrape/fetch-page';

const URL = 'https://huggingface.co/papers/trending';

// What workerd's fetch throws, as seen under `wrangler dev` (see docs/local-dev.md).
describe('describeFetchFailure', () => {
  it.each<[string, unknown, RegExp]>([
    ['a failed DNS lookup', new Error('internal error; reference = tm8m2pukiuebqus5r1t4nuks'), /^cannot resolve huggingface\.co: .*DNS.*reference tm8m2pukiuebqus5r1t4nuks/],
    ['a refused connection', new Error('Network connection lost.'), /^cannot connect to huggingface\.co: .*refused/],
    ['Node’s refused connection', new TypeError('fetch failed: connect ECONNREFUSED 127.0.0.1:1'), /^cannot connect to huggingface\.co/],
    ['a timeout', new DOMException('The operation was aborted due to timeout', 'TimeoutError'), /^timed out after 15000 ms waiting for huggingface\.co$/],
    ['anything else', new TypeError('connection reset'), /^network error reaching huggingface\.co: TypeError: connection reset$/],
  ])('names the host and the cause of %s', (_name, error, expected) => {
    expect(describeFetchFailure(error, URL, 15_000)).toMatch(expected);
  });

  it('keeps the port of a loopback source', () => {
    expect(describeFetchFailure(new Error('Network connection lost.'), 'http://127.0.0.1:8788/x', 1)).toContain('127.0.0.1:8788');
  });
});

describe('fetchPage', () => {
  it('names the host in an HTTP error', async () => {
    const fetcher = (async () => new Response('no', { status: 503, statusText: 'Service Unavailable' })) as typeof fetch;
    await expect(fetchPage(URL, { fetcher })).rejects.toThrow('huggingface.co answered 503 Service Unavailable');
  });

  it('turns a DNS failure into "cannot resolve"', async () => {
    const fetcher = (async () => {
      throw new Error('internal error; reference = abc');
    }) as typeof fetch;
    await expect(fetchPage(URL, { fetcher })).rejects.toThrow(/^cannot resolve huggingface\.co/);
  });
});
