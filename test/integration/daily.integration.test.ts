import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HealthReport } from '../../src/jobs/health';
import daily from '../fixtures/daily.html?raw';
import expected from '../fixtures/expected-ids.json';
import trending from '../fixtures/trending.html?raw';
import { DAILY_TEST_URL, fireCron, request, stubLists, type UpstreamAnswer } from './helpers';
import { resetState } from './kv-state';

const withDaily = { DAILY_URL: DAILY_TEST_URL };
const bad: UpstreamAnswer = { body: '<html><body><h1>502 Bad Gateway</h1></body></html>', status: 502 };

beforeEach(resetState);
afterEach(() => vi.restoreAllMocks());

async function scrape(answers: { trending: UpstreamAnswer; daily: UpstreamAnswer }): Promise<void> {
  stubLists(answers);
  await fireCron(withDaily);
  vi.restoreAllMocks();
}

/** arXiv ids of a feed, in feed order. */
async function ids(search: string): Promise<string[]> {
  const feed = (await (await request(`/feeds/all.json?limit=200${search}`, {}, withDaily)).json()) as { items: { url: string }[] };
  return feed.items.map((item) => item.url.replace('https://huggingface.co/papers/', ''));
}

async function health(): Promise<HealthReport> {
  return (await (await request('/health', {}, withDaily)).json()) as HealthReport;
}

describe('the trending page and the daily list in one run', () => {
  it('gives each source exactly its papers, and a paper on both lists one record', async () => {
    await scrape({ trending: { body: trending }, daily: { body: daily } });
    expect(await ids('&source=daily')).toEqual(expected.daily);
    expect(new Set(await ids(''))).toEqual(new Set(expected.trending));
    expect(await ids('&source=trending')).toEqual(await ids(''));
    // The 10 papers on both lists are one record each: 55 + 16 − 10, no id twice.
    const any = await ids('&source=any');
    expect(any).toHaveLength(61);
    expect(new Set(any)).toEqual(new Set([...expected.trending, ...expected.daily]));
    const { lists } = await health();
    expect(lists).toMatchObject({ trending: { status: 'ok', papers: 55 }, daily: { status: 'ok', papers: 16 } });
  });

  it('stores the trending papers when the daily list answers 502, and /health shows it', async () => {
    await scrape({ trending: { body: trending }, daily: bad });
    expect(await ids('&source=trending')).toHaveLength(55);
    expect(await ids('&source=daily')).toEqual([]);
    const report = await health();
    expect(report.lists.trending).toMatchObject({ status: 'ok', papers: 55, consecutive_failures: 0 });
    expect(report.lists.daily).toMatchObject({ papers: 0, consecutive_failures: 1, last_error: { message: expect.stringMatching(/502/) } });
    expect(report.last_error?.message).toMatch(/^daily: .*502/);
  });

  it('stores the daily papers when the trending page answers 502, and /health shows it', async () => {
    await scrape({ trending: bad, daily: { body: daily } });
    expect(await ids('&source=daily')).toEqual(expected.daily);
    expect(await ids('&source=trending')).toEqual([]);
    const report = await health();
    expect(report.lists.daily).toMatchObject({ status: 'ok', papers: 16, consecutive_failures: 0 });
    expect(report.lists.trending).toMatchObject({ papers: 0, consecutive_failures: 1, last_error: { message: expect.stringMatching(/502/) } });
  });

  it('POST /admin/refresh reports both lists, and 502 when one of them failed', async () => {
    stubLists({ trending: { body: trending }, daily: bad });
    const env = { ...withDaily, ADMIN_TOKEN: 's3cret' };
    const response = await request('/admin/refresh', { method: 'POST', headers: { authorization: 'Bearer s3cret' } }, env);
    expect(response.status).toBe(502);
    expect(await response.json()).toMatchObject({
      outcome: 'changed',
      papers: 55,
      lists: { trending: { outcome: 'ok', scraped: 55 }, daily: { outcome: 'failed', error: expect.stringMatching(/502/) } },
    });
  });
});
