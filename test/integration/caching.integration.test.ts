import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import trending from '../fixtures/trending.html?raw';
import trendingNext from '../fixtures/trending-next.html?raw';
import { fireCron, request, stubUpstream } from './helpers';

afterEach(() => vi.restoreAllMocks());

beforeAll(async () => {
  stubUpstream({ body: trending });
  await fireCron();
  vi.restoreAllMocks();
});

const VALIDATORS = ['etag', 'last-modified', 'cache-control', 'access-control-allow-origin'] as const;
const validators = (response: Response) => VALIDATORS.map((name) => response.headers.get(name));

describe('feed responses are cacheable', () => {
  it('carry validators from the snapshot, a max-age of the cron interval and CORS', async () => {
    const response = await request('/feeds/all.rss');
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toMatch(/^W\/"[0-9a-f]+-[0-9a-f]+"$/);
    expect(response.headers.get('cache-control')).toBe('public, max-age=1800');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('expires')).toBeNull();
    const body = await response.text();
    expect(body).toContain('<ttl>30</ttl>');
    expect(new Date(response.headers.get('last-modified') ?? '').toUTCString()).toBe(/<lastBuildDate>(.*)<\/lastBuildDate>/.exec(body)?.[1]);
  });

  it('answer 304 with the same validators to a matching If-None-Match, weak or strong', async () => {
    const first = await request('/feeds/all.json');
    const etag = first.headers.get('etag') ?? '';
    for (const tag of [etag, etag.replace(/^W\//, ''), `"nope", ${etag}`]) {
      const again = await request('/feeds/all.json', { headers: { 'if-none-match': tag } });
      expect(again.status).toBe(304);
      expect(await again.text()).toBe('');
      expect(validators(again)).toEqual(validators(first));
    }
  });

  it('answer 304 to If-Modified-Since unless If-None-Match disagrees', async () => {
    const first = await request('/feeds/all.atom');
    const since = first.headers.get('last-modified') ?? '';
    const notModified = await request('/feeds/all.atom', { headers: { 'if-modified-since': since } });
    expect(notModified.status).toBe(304);
    expect(validators(notModified)).toEqual(validators(first));
    const stale = await request('/feeds/all.atom', { headers: { 'if-modified-since': 'Thu, 01 Jan 2015 00:00:00 GMT' } });
    expect(stale.status).toBe(200);
    const precedence = await request('/feeds/all.atom', { headers: { 'if-none-match': 'W/"nope"', 'if-modified-since': since } });
    expect(precedence.status).toBe(200);
  });

  it('tag each route and query apart', async () => {
    const tags = await Promise.all(
      ['/feeds/all.rss', '/feeds/all.atom', '/feeds/all.json', '/feeds/all.rss?limit=5'].map(async (path) => (await request(path)).headers.get('etag')),
    );
    expect(new Set(tags).size).toBe(4);
  });

  it('change validators and body as soon as a new snapshot is stored', async () => {
    const before = await request('/feeds/all.rss?limit=200');
    stubUpstream({ body: trendingNext });
    await fireCron();
    const after = await request('/feeds/all.rss?limit=200', { headers: { 'if-none-match': before.headers.get('etag') ?? '' } });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(before.headers.get('etag'));
    expect(await after.text()).not.toBe(await before.text());
  });

  it('allow cross-origin reads, preflight included', async () => {
    const preflight = await request('/feeds/all.json', {
      method: 'OPTIONS',
      headers: { origin: 'https://app.example', 'access-control-request-method': 'GET', 'access-control-request-headers': 'if-none-match' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('if-none-match');
    const missing = await request('/feeds/nope.json', { headers: { origin: 'https://app.example' } });
    expect(missing.status).toBe(404);
    expect(missing.headers.get('access-control-allow-origin')).toBe('*');
  });
});
