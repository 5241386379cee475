import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import trending from '../fixtures/trending.html?raw';
import { request } from './helpers';
import { seedWith } from './kv-state';

beforeAll(() => seedWith(trending));
afterEach(() => vi.restoreAllMocks());

async function expectProblem(response: Response, status: number): Promise<Record<string, unknown>> {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  const text = await response.text();
  // Nothing a client sends may surface a stack trace or a source path.
  expect(text).not.toMatch(/\bat .*\.(?:ts|js|mjs):\d+|node_modules|src\//);
  const body = JSON.parse(text) as Record<string, unknown>;
  expect(body).toMatchObject({ status, title: expect.any(String), detail: expect.any(String) });
  return body;
}

describe('wrong methods', () => {
  it.each([
    ['POST', '/feeds/all.rss'],
    ['PUT', '/feeds/all.atom'],
    ['DELETE', '/feeds/all.json'],
    ['POST', '/health'],
    ['POST', '/'],
  ])('%s %s is 405 with Allow: GET, HEAD (and OPTIONS where CORS preflights are answered)', async (method, path) => {
    const response = await request(path, { method });
    await expectProblem(response, 405);
    expect(response.headers.get('allow')).toBe(path.startsWith('/feeds/') ? 'GET, HEAD, OPTIONS' : 'GET, HEAD');
  });
});

describe('HEAD', () => {
  it.each(['/feeds/all.rss', '/feeds/all.atom', '/feeds/all.json', '/health', '/'])('%s is GET without a body', async (path) => {
    const get = await request(path);
    const head = await request(path, { method: 'HEAD' });
    expect(head.status).toBe(get.status);
    expect(head.headers.get('content-type')).toBe(get.headers.get('content-type'));
    expect(head.headers.get('etag')).toBe(get.headers.get('etag'));
    expect(await head.text()).toBe('');
  });

  it('HEAD of an unknown path is a 404 without a body', async () => {
    const head = await request('/nothing-here', { method: 'HEAD' });
    expect(head.status).toBe(404);
    expect(await head.text()).toBe('');
  });
});

describe('malformed input', () => {
  it.each(['/nothing-here', '/feeds', '/feeds/', '/feeds/all', '/feeds/all.xml', '/feeds/nope.rss', '/feeds/ALL.rss', '/health/', '/%E0%A4%A', '/feeds/%E0%A4%A.rss', '/feeds/..%2F..%2Fetc.rss'])(
    'GET %s is a 404 problem',
    async (path) => {
      await expectProblem(await request(path), 404);
    },
  );

  it.each([
    '/feeds/all.rss?limit=abc',
    '/feeds/all.rss?limit=0',
    '/feeds/all.rss?limit=-1',
    '/feeds/all.rss?limit=1e3',
    `/feeds/all.rss?limit=${'9'.repeat(400)}`,
    '/feeds/all.rss?limit=1&limit=2',
  ])('GET %s is a 400 problem', async (path) => {
    await expectProblem(await request(path), 400);
  });

  it('an oversized URL is a 414 problem', async () => {
    await expectProblem(await request(`/feeds/all.rss?q=${'a'.repeat(5000)}`), 414);
  });
});
