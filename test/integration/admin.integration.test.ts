import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import trending from '../fixtures/trending.html?raw';
import type { RunReport } from '../../src/domain/types';
import { fireCron, request, stubUpstream, testEnv } from './helpers';
import { resetState } from './kv-state';

const TOKEN = 'correct horse battery staple';
const enabled = { ADMIN_TOKEN: TOKEN };
const refresh = (headers: Record<string, string> = {}, method = 'POST', path = '/admin/refresh') =>
  request(path, { method, headers }, enabled);

beforeEach(resetState);
afterEach(() => vi.restoreAllMocks());

describe('POST /admin/refresh', () => {
  it('runs a scrape with the right token and returns its report', async () => {
    const upstream = stubUpstream({ body: trending });
    const response = await refresh({ authorization: `Bearer ${TOKEN}` });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const report = (await response.json()) as RunReport;
    expect(report).toMatchObject({ outcome: 'changed', trigger: 'admin', scraped: 55, added: 55, wrote: true });
    expect(upstream).toHaveBeenCalledTimes(1);
    const feed = await request('/feeds/all.rss?limit=200');
    expect((await feed.text()).match(/<item>/g)).toHaveLength(55);
  });

  it.each([
    ['no Authorization header', {}],
    ['a wrong token', { authorization: 'Bearer correct horse battery stapler' }],
    ['a token prefix', { authorization: 'Bearer correct' }],
    ['another scheme', { authorization: `Basic ${btoa(`admin:${TOKEN}`)}` }],
    ['an empty bearer', { authorization: 'Bearer ' }],
  ])('refuses %s with 401', async (_name, headers) => {
    const upstream = stubUpstream({ body: trending });
    const response = await refresh(headers);
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(upstream).not.toHaveBeenCalled();
  });

  it('answers other methods with 405 and Allow: POST', async () => {
    for (const method of ['GET', 'PUT', 'DELETE', 'HEAD']) {
      const response = await refresh({ authorization: `Bearer ${TOKEN}` }, method);
      expect(response.status).toBe(405);
      expect(response.headers.get('allow')).toBe('POST');
    }
  });

  it('does not exist when no token is configured', async () => {
    const upstream = stubUpstream({ body: trending });
    for (const token of [undefined, '', '   ']) {
      for (const method of ['POST', 'GET']) {
        const response = await request('/admin/refresh', { method, headers: { authorization: `Bearer ${token}` } }, { ADMIN_TOKEN: token });
        expect(response.status).toBe(404);
        expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      }
    }
    expect(upstream).not.toHaveBeenCalled();
  });

  it('fetches only the configured source, whatever the request says', async () => {
    const upstream = stubUpstream({ body: trending });
    await refresh({ authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' }, 'POST', '/admin/refresh?url=https://evil.test/');
    expect(upstream).toHaveBeenCalledTimes(1);
    expect(String(upstream.mock.calls[0]?.[0])).toBe(testEnv.SOURCE_URL);
  });

  it('says 502 when the scrape failed and 503 with Retry-After while upstream asked us to wait', async () => {
    stubUpstream({ body: 'no', status: 429, headers: { 'retry-after': '600' } });
    const failed = await refresh({ authorization: `Bearer ${TOKEN}` });
    expect(failed.status).toBe(502);
    expect(((await failed.json()) as RunReport).error).toMatch(/429/);
    const skipped = await refresh({ authorization: `Bearer ${TOKEN}` });
    expect(skipped.status).toBe(503);
    expect(Number(skipped.headers.get('retry-after'))).toBeGreaterThan(500);
    expect(((await skipped.json()) as RunReport).outcome).toBe('skipped');
  });

  it('shares the state the cron writes', async () => {
    stubUpstream({ body: trending });
    await fireCron();
    const response = await refresh({ authorization: `Bearer ${TOKEN}` });
    expect(((await response.json()) as RunReport).outcome).toBe('unchanged');
  });
});
