import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import trending from '../fixtures/trending.html?raw';
import trendingNext from '../fixtures/trending-next.html?raw';
import { forgetCachedIndex } from '../../src/store';
import { fireCron, request, stubUpstream, testEnv } from './helpers';
import { health, seedWith, storedFeed } from './kv-state';

beforeEach(() => seedWith(trending));
afterEach(() => vi.restoreAllMocks());

// Every way of reading a value fails (the index is read with its metadata).
function failReads(): void {
  vi.spyOn(testEnv.PAPERS, 'get').mockRejectedValue(new Error('KV GET failed: 500'));
  vi.spyOn(testEnv.PAPERS, 'getWithMetadata').mockRejectedValue(new Error('KV GET failed: 500'));
}

describe('KV failures', () => {
  it('a failed snapshot write keeps the previous snapshot and shows in /health', async () => {
    const before = await storedFeed();
    stubUpstream({ body: trendingNext });
    vi.spyOn(testEnv.PAPERS, 'put').mockRejectedValueOnce(new Error('KV PUT failed: 429 Too Many Requests'));
    await fireCron();
    expect(await storedFeed()).toBe(before);
    const { code, body } = await health();
    expect(code).toBe(200);
    expect(body.status).toBe('failing');
    expect(body.last_error?.message).toMatch(/KV PUT failed/);
  });

  it('with every write failing, feeds keep serving and the run reports the failure', async () => {
    const before = await storedFeed();
    stubUpstream({ body: trendingNext });
    vi.spyOn(testEnv.PAPERS, 'put').mockRejectedValue(new Error('KV PUT failed: 503'));
    const response = await request('/admin/refresh', { method: 'POST', headers: { authorization: 'Bearer s3cret' } }, { ADMIN_TOKEN: 's3cret' });
    expect(response.status).toBe(502);
    expect(await response.json()).toMatchObject({ outcome: 'failed', error: expect.stringContaining('KV PUT failed') });
    expect(await storedFeed()).toBe(before);
  });

  it('a failed read fails the run without touching the snapshot; the isolate keeps serving', async () => {
    const before = await storedFeed();
    stubUpstream({ body: trendingNext });
    failReads();
    await fireCron();
    // This isolate still has the snapshot it read before KV went away.
    const served = await request('/feeds/all.json?limit=200');
    expect(served.status).toBe(200);
    expect(await served.text()).toBe(before);
    vi.restoreAllMocks();
    expect(await storedFeed()).toBe(before);
    expect((await health()).body.last_error?.message).toMatch(/KV GET failed/);
  });

  it('an isolate with nothing cached answers 503 problems while KV cannot be read', async () => {
    forgetCachedIndex(testEnv.PAPERS);
    failReads();
    for (const path of ['/feeds/all.rss', '/health']) {
      const response = await request(path);
      expect(response.status).toBe(503);
      expect(response.headers.get('content-type')).toMatch(/^application\/(problem\+)?json/);
    }
  });
});
