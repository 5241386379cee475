import { afterEach, describe, expect, it, vi } from 'vitest';
import trending from '../fixtures/trending.html?raw';
import { fireCron, request, stubUpstream } from './helpers';

afterEach(() => vi.restoreAllMocks());

describe('cron scrape then feeds', () => {
  it('serves the scraped papers as RSS', async () => {
    stubUpstream({ body: trending });
    await fireCron();
    const response = await request('/feeds/all.rss?limit=200');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
    const body = await response.text();
    expect(body.match(/<item>/g)?.length).toBe(55);
  });
});
