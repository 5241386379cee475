import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import trending from '../fixtures/trending.html?raw';
import { fireCron, stubUpstream, type UpstreamAnswer } from './helpers';
import { health, seedWith, storedFeed } from './kv-state';

beforeEach(() => seedWith(trending));
afterEach(() => vi.restoreAllMocks());

const withoutCards = trending.slice(0, trending.indexOf('<article')) + trending.slice(trending.lastIndexOf('</article>') + 10);
const brokenJson = (page: string) => page.replace(/(data-target="DailyPapers" data-props=")[^"]*"/, '$1{&quot;dailyPapers&quot;:[{&quot;paper&quot;: oops"');

describe('an upstream fault keeps the last good feeds and shows in /health', () => {
  it.each<[string, UpstreamAnswer, RegExp]>([
    ['a timeout', new DOMException('The operation was aborted due to timeout', 'TimeoutError'), /timed out.*after 3 attempts/],
    ['a network error', new TypeError('Network connection lost.'), /cannot connect to upstream.test.*after 3 attempts/],
    ['a 500', { body: 'oops', status: 500 }, /answered 500.*after 3 attempts/],
    ['a 502 HTML page', { body: '<html><body><h1>502 Bad Gateway</h1></body></html>', status: 502 }, /answered 502/],
    ['an empty page', { body: '' }, /the page is empty/],
    ['a truncated page', { body: trending.slice(0, 700_000) }, /truncated/],
    ['a JSON blob that is not JSON, and no cards', { body: brokenJson(withoutCards) }, /not valid JSON/],
    ['a page that is not HTML', { body: '{"error":"maintenance"}', headers: { 'content-type': 'application/json' } }, /not HTML/],
  ])('%s', async (_name, answer, message) => {
    const before = await storedFeed();
    stubUpstream(answer);
    await fireCron();
    expect(await storedFeed()).toBe(before);
    const { code, body } = await health();
    expect(code).toBe(200);
    expect(body).toMatchObject({ status: 'failing', consecutive_failures: 1, papers: 55 });
    expect(body.last_error?.message).toMatch(message);
  });

  it('reads the cards when the JSON blob is broken, keeping what the JSON had said', async () => {
    const before = JSON.parse(await storedFeed()) as { items: { id: string; content_html: string }[] };
    stubUpstream({ body: brokenJson(trending) });
    await fireCron();
    const after = JSON.parse(await storedFeed()) as { items: { id: string; content_html: string }[] };
    expect(after.items.map((item) => item.id)).toEqual(before.items.map((item) => item.id));
    // Cards carry no abstracts: the ones from the JSON scrape survive.
    const abstract = /<p>([^<]{200,})<\/p>/.exec(before.items[0]?.content_html ?? '')?.[1];
    expect(abstract).toBeDefined();
    expect(after.items[0]?.content_html).toContain(abstract);
    const { code, body } = await health();
    expect(code).toBe(200);
    expect(body.status).toBe('ok');
    expect(body.warning).toMatch(/paper cards.*not valid JSON/);
  });

  it('honours 429 Retry-After: no request upstream until then', async () => {
    stubUpstream({ body: 'slow down', status: 429, headers: { 'retry-after': '3600' } });
    await fireCron();
    const { body } = await health();
    expect(body.status).toBe('failing');
    expect(body.last_error?.message).toMatch(/429/);
    expect(Date.parse(body.retry_after_until ?? '') - Date.now()).toBeGreaterThan(3500_000);
    vi.restoreAllMocks();
    const spy = stubUpstream({ body: trending });
    await fireCron();
    expect(spy).not.toHaveBeenCalled();
    expect((await health()).body).toEqual(body);
  });
});
