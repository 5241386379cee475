import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import trending from '../fixtures/trending.html?raw';
import { refresh } from '../../src/jobs/refresh';
import { kvStore } from '../../src/store';
import { fireCron, request, stubUpstream, testEnv } from './helpers';
import { health, resetState } from './kv-state';

beforeEach(resetState);
afterEach(() => vi.restoreAllMocks());

const config = { sourceUrl: 'https://upstream.test/papers/trending', retentionDays: 14, staleAfterMinutes: 90 };

describe('GET /health', () => {
  it('is 503 "empty" before the first scrape', async () => {
    const { code, body } = await health();
    expect(code).toBe(503);
    expect(body).toMatchObject({ status: 'empty', papers: 0, last_success_at: null });
  });

  it('is 200 "ok" after a scrape, and never cached', async () => {
    stubUpstream({ body: trending });
    await fireCron();
    const response = await request('/health');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = await response.json();
    expect(body).toMatchObject({ status: 'ok', papers: 55, consecutive_failures: 0, last_error: null, stale_after_minutes: 90 });
  });

  it('is 503 "stale" when the last success is older than the threshold', async () => {
    stubUpstream({ body: trending });
    const twoHoursAgo = Date.now() - 120 * 60_000;
    await refresh({ store: kvStore(testEnv.PAPERS), config, now: () => twoHoursAgo });
    const { code, body } = await health();
    expect(code).toBe(503);
    expect(body.status).toBe('stale');
    expect(body.snapshot_age_seconds).toBeGreaterThanOrEqual(7200);
  });

  it('follows STALE_AFTER_MINUTES', async () => {
    stubUpstream({ body: trending });
    const tenMinutesAgo = Date.now() - 10 * 60_000;
    await refresh({ store: kvStore(testEnv.PAPERS), config, now: () => tenMinutesAgo });
    expect((await request('/health', {}, { STALE_AFTER_MINUTES: '5' })).status).toBe(503);
    expect((await request('/health', {}, { STALE_AFTER_MINUTES: '15' })).status).toBe(200);
  });

  it('reports a configuration error as failing instead of crashing, and the cron records it', async () => {
    const upstream = stubUpstream({ body: trending });
    await fireCron({ SOURCE_URL: 'ftp://example.test/' });
    expect(upstream).not.toHaveBeenCalled();
    expect((await health()).body.last_error?.message).toMatch(/SOURCE_URL/);
    const response = await request('/health', {}, { STALE_AFTER_MINUTES: 'soon' });
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ status: 'failing', last_error: { message: expect.stringMatching(/STALE_AFTER_MINUTES/) } });
  });
});
