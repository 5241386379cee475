import { describe, expect, it } from 'vitest';
import { refresh, type RefreshDeps } from '../../src/jobs/refresh';
import { ConfigError } from '../../src/env';
import { memoryStore, type MemoryStore } from '../support/memory-store';
import { entry, ids, pageWith } from '../support/pages';
import { scriptedFetch, type Answer } from '../support/upstream';

const T0 = Date.parse('2026-10-01T00:00:00Z');
const MIN = 60_000;
const config = { sourceUrl: 'https://upstream.test/papers/trending', retentionDays: 14, staleAfterMinutes: 90 };

function run(store: MemoryStore, at: number, ...answers: Answer[]) {
  const deps: RefreshDeps = { store, config, fetcher: scriptedFetch(...answers), now: () => at, sleep: async () => {} };
  return refresh(deps);
}

const page = (n: number, from = 0) => pageWith(ids(n, from).map((id) => entry(id)));

describe('refresh: KV write budget', () => {
  it('writes only the index (and its new bodies) on an ordinary run, and nothing when nothing changed', async () => {
    const store = await memoryStore();
    expect((await run(store, T0, page(20))).outcome).toBe('changed');
    expect(store.writes).toEqual(['index']);
    const again = await run(store, T0 + 30 * MIN, page(20));
    expect(again).toMatchObject({ outcome: 'unchanged', wrote: false });
    expect(store.writes).toEqual(['index']);
  });

  it('rewrites an unchanged index once it is an hour old, so /health sees the cron alive', async () => {
    const store = await memoryStore();
    await run(store, T0, page(20));
    await run(store, T0 + 61 * MIN, page(20));
    expect(store.writes).toEqual(['index', 'index']);
    expect((await store.snapshot())?.checkedAt).toBe(new Date(T0 + 61 * MIN).toISOString());
  });

  it('writes the status once for a failure, and once more when the next run succeeds', async () => {
    const store = await memoryStore();
    await run(store, T0, page(20));
    const failed = await run(store, T0 + 30 * MIN, { status: 404 });
    expect(failed.outcome).toBe('failed');
    expect(store.writes).toEqual(['index', 'status']);
    expect(store.status).toMatchObject({ consecutiveFailures: 1, lastError: { message: expect.stringContaining('404') } });
    await run(store, T0 + 60 * MIN, page(20));
    expect(store.status).toMatchObject({ consecutiveFailures: 0, lastSuccessAt: new Date(T0 + 60 * MIN).toISOString() });
  });
});

describe('refresh: failures keep the last good snapshot', () => {
  it.each<[string, Answer]>([
    ['an empty page', ''],
    ['a truncated page', page(20).slice(0, 300)],
    ['a JSON answer', { status: 200, body: '{}', headers: { 'content-type': 'application/json' } }],
    ['a page without papers', '<!doctype html><html><body><p>Maintenance</p></body></html>'],
  ])('%s', async (_name, answer) => {
    const store = await memoryStore();
    await run(store, T0, page(20));
    const before = await store.snapshot();
    const report = await run(store, T0 + 30 * MIN, answer);
    expect(report.outcome).toBe('failed');
    expect(await store.snapshot()).toEqual(before);
  });

  it('records a configuration error instead of throwing', async () => {
    const store = await memoryStore();
    const report = await refresh({
      store,
      config: () => {
        throw new ConfigError('SOURCE_URL must be an http(s) URL');
      },
    });
    expect(report).toMatchObject({ outcome: 'failed', error: expect.stringContaining('ConfigError') });
    expect(store.status?.lastError?.message).toContain('SOURCE_URL');
  });

  it('fails the run when KV cannot be read or written, and never throws', async () => {
    const store = await memoryStore();
    await run(store, T0, page(20));
    const before = await store.snapshot();
    store.fail.readIndex = new Error('KV GET failed: 500');
    expect((await run(store, T0 + 30 * MIN, page(25))).error).toContain('KV GET failed');
    store.fail = { writeIndex: new Error('KV PUT failed: 429 Too Many Requests') };
    expect((await run(store, T0 + 60 * MIN, page(25))).error).toContain('KV PUT failed');
    store.fail = { writeIndex: new Error('down'), writeStatus: new Error('down'), readStatus: new Error('down') };
    expect((await run(store, T0 + 90 * MIN, page(25))).outcome).toBe('failed');
    expect(await store.snapshot()).toEqual(before);
    expect(store.status?.consecutiveFailures).toBe(2);
  });
});

describe('refresh: upstream asking us to wait', () => {
  it('skips runs until Retry-After has passed, recording it once', async () => {
    const store = await memoryStore();
    await run(store, T0, page(20));
    const limited = await run(store, T0 + 30 * MIN, { status: 429, headers: { 'retry-after': '3600' } });
    expect(limited).toMatchObject({ outcome: 'failed', attempts: 1, retryAfterUntil: new Date(T0 + 90 * MIN).toISOString() });
    const fetcher = scriptedFetch(page(20));
    const skipped = await refresh({ store, config, fetcher, now: () => T0 + 60 * MIN });
    expect(skipped).toMatchObject({ outcome: 'skipped', attempts: 0 });
    expect(fetcher.urls).toEqual([]);
    expect(store.writes).toEqual(['index', 'status']);
    const resumed = await run(store, T0 + 91 * MIN, page(20));
    expect(resumed.outcome).not.toBe('failed');
    expect(store.status?.retryAfterUntil).toBeUndefined();
  });
});

describe('refresh: a suspicious drop in papers', () => {
  it('warns and ages nothing out', async () => {
    const store = await memoryStore();
    await run(store, T0, page(20));
    // 15 days later a page with 3 papers: the 17 others are past retention, but kept.
    const report = await run(store, T0 + 15 * 24 * 60 * MIN, page(3));
    expect(report.warning).toMatch(/only 3 papers/);
    expect(report.expired).toBe(0);
    expect((await store.snapshot())?.papers).toHaveLength(20);
    expect(store.status?.lastRun.warning).toMatch(/only 3 papers/);
  });

  it('ages papers out after an ordinary run', async () => {
    const store = await memoryStore();
    await run(store, T0, page(20));
    const report = await run(store, T0 + 15 * 24 * 60 * MIN, page(20, 10));
    expect(report.warning).toBeUndefined();
    expect(report.expired).toBe(10);
  });
});

describe('refresh: overlapping runs', () => {
  it('folds its page into a snapshot another run wrote meanwhile, keeping every firstSeenAt', async () => {
    const store = await memoryStore();
    await run(store, T0, page(10));
    // Run B starts later but writes first, between run A's read and its write.
    store.onReadIndex = async (read) => {
      if (read !== 2) return;
      store.onReadIndex = undefined;
      await run(store, T0 + 31 * MIN, page(10, 5));
    };
    await run(store, T0 + 30 * MIN, page(10, 2));
    const papers = new Map((await store.snapshot())?.papers.map((paper) => [paper.id, paper]));
    expect(papers.size).toBe(15);
    expect(papers.get(ids(1, 0)[0] ?? '')?.firstSeenAt).toBe(new Date(T0).toISOString());
    // New papers are dated a whole second apart in page order (position p → p seconds earlier).
    expect(papers.get(ids(1, 10)[0] ?? '')?.firstSeenAt).toBe(new Date(T0 + 30 * MIN - 8_000).toISOString());
    expect(papers.get(ids(1, 14)[0] ?? '')?.firstSeenAt).toBe(new Date(T0 + 31 * MIN - 9_000).toISOString());
  });
});
