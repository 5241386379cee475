/**
 * The whole worker against HTTP semantics and hostile URLs: problem bodies that name the way out
 * (valid topics, valid formats), `Allow` that lists every method served, validators that differ
 * wherever the bytes do (per origin, per variant), strict If-Modified-Since, self links that are
 * valid URIs, and query strings built to break the parser answered with a 4xx, never a 500.
 */
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import worker from '../../src/index';
import trending from '../fixtures/trending.html?raw';
import { fireCron, request, stubUpstream, testEnv } from './helpers';
import { resetState } from './kv-state';

beforeAll(async () => {
  await resetState();
  stubUpstream({ body: trending });
  await fireCron();
  vi.restoreAllMocks();
});
afterEach(() => vi.restoreAllMocks());

async function fetchAt(url: string, init: RequestInit = {}): Promise<Response> {
  const ctx = createExecutionContext();
  const response = await worker.fetch(new Request(url, init), testEnv, ctx);
  await waitOnExecutionContext(ctx);
  return response;
}

async function problemOf(response: Response, status: number): Promise<Record<string, unknown>> {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
  expect(response.headers.get('cache-control')).toBe('no-store');
  const text = await response.text();
  expect(text).not.toMatch(/\bat .*\.(?:ts|js|mjs):\d+|node_modules|src\//);
  return JSON.parse(text) as Record<string, unknown>;
}

describe('feed names', () => {
  it('an upper-case slug is an unknown topic, with the valid ones and the likely URL', async () => {
    const body = await problemOf(await request('/feeds/ALL.rss'), 404);
    expect(body['title']).toBe('Unknown topic');
    expect(body['valid_topics']).toContain('all');
    expect(body['detail']).toContain('/feeds/all.rss');
  });

  it('an unknown or upper-case format names the valid formats', async () => {
    for (const path of ['/feeds/all.RSS', '/feeds/all.xml', '/feeds/all']) {
      const body = await problemOf(await request(path), 404);
      expect(body['valid_formats'], path).toEqual(['rss', 'atom', 'json']);
    }
    expect((await problemOf(await request('/feeds/all.RSS'), 404))['detail']).toContain('.rss');
  });

  it.each(['/feeds/all.rss/', '//feeds/all.rss', '/feeds//all.rss', '/feeds/%2e%2e/all.rss', '/feeds/all.rss%00', '/feeds/al%CC%88l.rss'])(
    '%s is a 404 problem',
    async (path) => {
      await problemOf(await request(path), 404);
    },
  );

  it('dot segments and escaped unreserved characters reach the one canonical feed', async () => {
    for (const path of ['/feeds/x/../all.rss', '/feeds/%61ll.rss']) {
      const response = await request(path);
      expect(response.status, path).toBe(200);
      expect(await response.text()).toContain('<atom:link href="https://paperfeed.test/feeds/all.rss" rel="self"');
    }
  });
});

describe('methods', () => {
  it('405 on the public read paths lists OPTIONS, which their preflights use', async () => {
    for (const path of ['/feeds/all.json', '/api/topics']) {
      const response = await request(path, { method: 'DELETE' });
      await problemOf(response, 405);
      expect(response.headers.get('allow'), path).toBe('GET, HEAD, OPTIONS');
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
      const preflight = await request(path, {
        method: 'OPTIONS',
        headers: { origin: 'https://app.example', 'access-control-request-method': 'GET', 'access-control-request-headers': 'if-none-match' },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
      expect(preflight.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('if-none-match');
    }
  });

  it('HEAD of a feed is GET without a body, 304 included', async () => {
    const get = await request('/feeds/all.atom?limit=3');
    const head = await request('/feeds/all.atom?limit=3', { method: 'HEAD' });
    expect([...head.headers].filter(([name]) => name !== 'date')).toEqual([...get.headers].filter(([name]) => name !== 'date'));
    expect(await head.text()).toBe('');
    const etag = get.headers.get('etag') ?? '';
    const notModified = await request('/feeds/all.atom?limit=3', { method: 'HEAD', headers: { 'if-none-match': etag } });
    expect(notModified.status).toBe(304);
    expect(notModified.headers.get('vary')).toBe('Accept');
  });
});

describe('validators', () => {
  it('differ between origins, since every link in the feed is absolute', async () => {
    const a = await fetchAt('https://paperfeed.test/feeds/all.rss');
    const b = await fetchAt('https://feeds.example.org/feeds/all.rss');
    expect(await b.text()).toContain('href="https://feeds.example.org/feeds/all.rss"');
    expect(a.headers.get('etag')).not.toBe(b.headers.get('etag'));
    const revalidated = await fetchAt('https://feeds.example.org/feeds/all.rss', { headers: { 'if-none-match': a.headers.get('etag') ?? '' } });
    expect(revalidated.status).toBe(200);
  });

  it('differ between the feed and its HTML preview, and both vary on Accept', async () => {
    const feed = await request('/feeds/llm.rss');
    const preview = await request('/feeds/llm.rss', { headers: { accept: 'text/html,application/xhtml+xml;q=0.9' } });
    expect(preview.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(feed.headers.get('etag')).not.toBe(preview.headers.get('etag'));
    expect(feed.headers.get('vary')).toBe('Accept');
    expect(preview.headers.get('vary')).toBe('Accept');
    const crossed = await request('/feeds/llm.rss', { headers: { 'if-none-match': preview.headers.get('etag') ?? '' } });
    expect(crossed.status).toBe(200);
  });

  it('If-Modified-Since that is not an HTTP-date is ignored', async () => {
    for (const junk of ['2100', '1', '9999-12-31']) {
      const response = await request('/feeds/all.json', { headers: { 'if-modified-since': junk } });
      expect(response.status, junk).toBe(200);
    }
    const real = await request('/feeds/all.json', { headers: { 'if-modified-since': 'Fri, 01 Jan 2100 00:00:00 GMT' } });
    expect(real.status).toBe(304);
  });
});

describe('hostile query strings', () => {
  it('a self link stays a valid URI whatever characters the query holds', async () => {
    const rss = await (await request('/feeds/all.rss?q=graph|x^y%2')).text();
    expect(rss).toContain('<atom:link href="https://paperfeed.test/feeds/all.rss?q=graph%7Cx%5Ey%252" rel="self"');
  });

  // As they appear in the URL: control characters and a lone surrogate escaped as a client would.
  it.each(['OR', 'AND', 'NOT', '-', '%22', '()', ')(', '%22%22', 'title:', 'OR+AND+NOT', '-+-+-', `${'('.repeat(40)}a${')'.repeat(40)}`, `${'NOT+'.repeat(40)}a`, 'nope:x', '%00', '%ED%A0%80', '%F0%9F%A7%A0'])(
    'q=%s is a 400 problem naming q',
    async (q) => {
      const body = await problemOf(await request(`/feeds/all.atom?q=${q}`), 400);
      expect(body['parameter']).toBe('q');
    },
  );

  it('q over 512 characters is a 414, in characters not bytes', async () => {
    expect((await request(`/feeds/all.rss?q=${encodeURIComponent('é'.repeat(512))}`)).status).toBe(200);
    const body = await problemOf(await request(`/feeds/all.rss?q=${encodeURIComponent('é'.repeat(513))}`), 414);
    expect(body['max_length']).toBe(512);
  });

  it('a long valid query of words, phrases and hyphens is answered, never a 500', async () => {
    for (const q of [`"${'a '.repeat(250)}"`, `x${'-y'.repeat(250)}`, `${'w OR '.repeat(100)}z`, `\u03b1 ${'\u03b2\u{1F9E0} '.repeat(100)}`]) {
      expect(q.length).toBeLessThanOrEqual(512);
      const response = await request(`/feeds/all.json?q=${encodeURIComponent(q)}`);
      expect(response.status, `query of length ${q.length}`).toBe(200);
    }
  });
});
