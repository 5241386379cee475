import { describe, expect, it } from 'vitest';
import { refresh } from '../../src/jobs/refresh';
import { assessHealth, healthSnapshotOf } from '../../src/jobs/health';
import { memoryStore, type MemoryStore } from '../support/memory-store';
import { dailyPageWith, entry, ids, pageWith } from '../support/pages';
import { routedFetch, type Answer } from '../support/upstream';

const T0 = Date.parse('2026-10-01T00:00:00Z');
const MIN = 60_000;
const config = { sourceUrl: 'https://upstream.test/papers/trending', dailyUrl: 'https://upstream.test/papers', retentionDays: 14, staleAfterMinutes: 90 };
const trending = pageWith(ids(20).map((id) => entry(id)));
const daily = dailyPageWith(ids(5, 15).map((id) => entry(id)));
const bad: Answer = { status: 502, body: '<html><body>502</body></html>' };

function run(store: MemoryStore, at: number, routes: { trending: Answer[]; daily: Answer[] }) {
  const fetcher = routedFetch({ '/papers/trending': routes.trending, '/papers': routes.daily });
  return { fetcher, report: refresh({ store, config, fetcher, now: () => at, sleep: async () => {} }) };
}

async function healthAt(store: MemoryStore, at: number) {
  const head = (await store.readIndex())?.head;
  const snapshot = head ? healthSnapshotOf(head) : null;
  return assessHealth({ status: store.status, snapshot, now: at, staleAfterMinutes: 90, lists: ['trending', 'daily'] });
}

describe('refresh: two lists in one run', () => {
  it('reads both lists concurrently and reports each', async () => {
    const store = await memoryStore();
    let dailyAsked!: () => void;
    const asked = new Promise<void>((resolve) => (dailyAsked = resolve));
    const fetcher = routedFetch({ '/papers/trending': [trending], '/papers': [daily] });
    const concurrent = (async (input: RequestInfo | URL) => {
      const url = String(input);
      if (url.endsWith('/papers')) dailyAsked();
      // The trending answer waits for the daily request: run one after the other, this would hang.
      else await Promise.race([asked, new Promise((_, reject) => setTimeout(() => reject(new Error('daily never asked')), 2_000))]);
      return fetcher(input);
    }) as typeof fetch;
    const report = await refresh({ store, config, fetcher: concurrent, now: () => T0 });
    expect(report).toMatchObject({ outcome: 'changed', attempts: 2, scraped: 25 });
    expect(report.lists).toMatchObject({ trending: { outcome: 'ok', scraped: 20 }, daily: { outcome: 'ok', scraped: 5, day: '2026-10-01' } });
    expect(store.writes).toEqual(['index']);
  });

  it('stores the trending papers when the daily list fails, writing snapshot and status once each', async () => {
    const store = await memoryStore();
    const report = await run(store, T0, { trending: [trending], daily: [bad] }).report;
    expect(report.outcome).toBe('changed');
    expect(report.error).toMatch(/^daily: .*answered 502/);
    expect(report.lists?.daily).toMatchObject({ outcome: 'failed', attempts: 3 });
    expect((await store.snapshot())?.papers).toHaveLength(20);
    expect(store.writes).toEqual(['index', 'status']);
    expect(store.status?.lists?.daily).toMatchObject({ consecutiveFailures: 1, lastSuccessAt: null });
    // Never read yet, the daily list is stale (and with it the whole service), not just failing.
    const health = await healthAt(store, T0 + MIN);
    expect(health.status).toBe('stale');
    expect(health.lists.trending).toMatchObject({ status: 'ok', consecutive_failures: 0 });
    expect(health.lists.daily).toMatchObject({ status: 'stale', consecutive_failures: 1, last_error: { message: expect.stringMatching(/502/) } });
  });

  it('a list that fails while the other is read counts its failures, and recovers', async () => {
    const store = await memoryStore();
    await run(store, T0, { trending: [trending], daily: [daily] }).report;
    await run(store, T0 + 30 * MIN, { trending: [trending], daily: [bad] }).report;
    await run(store, T0 + 60 * MIN, { trending: [trending], daily: [bad] }).report;
    let health = await healthAt(store, T0 + 61 * MIN);
    expect(health).toMatchObject({ status: 'failing', consecutive_failures: 2 });
    expect(health.lists.daily).toMatchObject({ status: 'failing', consecutive_failures: 2, last_success_at: new Date(T0).toISOString() });
    expect(health.lists.trending).toMatchObject({ status: 'ok', last_success_at: new Date(T0 + 60 * MIN).toISOString() });
    await run(store, T0 + 90 * MIN, { trending: [trending], daily: [daily] }).report;
    health = await healthAt(store, T0 + 91 * MIN);
    expect(health).toMatchObject({ status: 'ok', consecutive_failures: 0 });
    expect(health.lists.daily).toMatchObject({ status: 'ok', last_success_at: new Date(T0 + 90 * MIN).toISOString() });
  });

  it('honours a Retry-After per list: only that list waits', async () => {
    const store = await memoryStore();
    await run(store, T0, { trending: [trending], daily: [{ status: 429, headers: { 'retry-after': '3600' } }] }).report;
    const { fetcher, report } = run(store, T0 + 30 * MIN, { trending: [trending], daily: [daily] });
    expect(await report).toMatchObject({ lists: { trending: { outcome: 'ok' }, daily: { outcome: 'skipped', attempts: 0 } } });
    expect(fetcher.urls).toEqual(['https://upstream.test/papers/trending']);
    // While the daily list waits, quiet runs of the trending page write nothing more.
    const writes = store.writes.length;
    await run(store, T0 + 40 * MIN, { trending: [trending], daily: [daily] }).report;
    await run(store, T0 + 50 * MIN, { trending: [trending], daily: [daily] }).report;
    expect(store.writes.length).toBe(writes);
    expect((await healthAt(store, T0 + 50 * MIN)).lists.daily).toMatchObject({ retry_after_until: new Date(T0 + 60 * MIN).toISOString() });
  });

  it('fails the run only when every list failed', async () => {
    const store = await memoryStore();
    await run(store, T0, { trending: [trending], daily: [daily] }).report;
    const report = await run(store, T0 + 30 * MIN, { trending: [bad], daily: [bad] }).report;
    expect(report.outcome).toBe('failed');
    expect(report.error).toMatch(/^trending: .*; daily: /);
    expect(store.status).toMatchObject({ consecutiveFailures: 1, lists: { trending: { consecutiveFailures: 1 }, daily: { consecutiveFailures: 1 } } });
  });
});
