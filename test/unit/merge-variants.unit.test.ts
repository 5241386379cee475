/**
 * Merge and run edge cases: retention at its boundary, papers that leave and come back, reorders,
 * falling counts, card scrapes after JSON scrapes, and a clock that is behind the snapshot.
 * Throughout: a paper's `firstSeenAt` never changes once it is in the snapshot.
 */
import { describe, expect, it } from 'vitest';
import type { Paper, ScrapedPaper, Snapshot } from '../../src/domain/types';
import { refresh } from '../../src/jobs/refresh';
import { mergeSnapshot } from '../../src/snapshot/merge';
import { memoryStore } from '../support/memory-store';
import { entry, pageWith } from '../support/pages';
import { scriptedFetch } from '../support/upstream';

function scraped(id: string, rank: number, extra: Partial<ScrapedPaper> = {}): ScrapedPaper {
  return {
    id, title: `Paper ${id}`, abstract: `Abstract ${id}`, authors: ['A'], hfUrl: `https://huggingface.co/papers/${id}`,
    arxivUrl: `https://arxiv.org/abs/${id}`, pdfUrl: `https://arxiv.org/pdf/${id}`, upvotes: 10, comments: 1,
    githubStars: null, aiKeywords: [], rank, source: 'json', ...extra,
  };
}
const page = (...ids: string[]) => ids.map((id, i) => scraped(id, i + 1));

const T0 = Date.parse('2026-11-01T00:00:00.000Z');
const MIN = 60_000;
const DAY = 86_400_000;
const iso = (ms: number) => new Date(T0 + ms).toISOString();
const merge = (previous: Snapshot | null, papers: ScrapedPaper[], ms: number, retentionDays = 14) =>
  mergeSnapshot(previous, [{ list: 'trending', papers }], { now: iso(ms), retentionDays });
const byId = (snapshot: Snapshot) => new Map<string, Paper>(snapshot.papers.map((p) => [p.id, p]));
const firstSeen = (snapshot: Snapshot) => Object.fromEntries(snapshot.papers.map((p) => [p.id, p.firstSeenAt]));

/** Every paper of `before` is in `after` with the same `firstSeenAt`. */
function expectDatesKept(before: Snapshot, after: Snapshot): void {
  const dates = firstSeen(after);
  for (const [id, date] of Object.entries(firstSeen(before))) expect(dates[id], id).toBe(date);
}

describe('retention at its boundary', () => {
  const first = merge(null, page('2601.00001', '2601.00002'), 0).snapshot;

  it('keeps a paper last seen exactly RETENTION_DAYS ago, and drops it a millisecond later', () => {
    expect(merge(first, page('2601.00002'), 14 * DAY).snapshot.papers.map((p) => p.id)).toContain('2601.00001');
    const later = merge(first, page('2601.00002'), 14 * DAY + 1);
    expect(later.expired).toEqual(['2601.00001']);
    expect(later.snapshot.papers.map((p) => p.id)).toEqual(['2601.00002']);
  });

  it('counts from the last sighting, not the first', () => {
    let snapshot = first;
    for (let day = 1; day <= 20; day++) snapshot = merge(snapshot, page('2601.00001'), day * DAY).snapshot;
    // 33 days after it was first seen, 13 after it was last seen: still there (2601.00002 is not).
    const result = merge(snapshot, page('2601.00003'), 20 * DAY + 13 * DAY);
    expect(result.snapshot.papers.map((p) => p.id).sort()).toEqual(['2601.00001', '2601.00003']);
    expect(byId(result.snapshot).get('2601.00001')).toMatchObject({ firstSeenAt: iso(0), rank: null });
  });

  it('honours a retention of zero days: a paper goes as soon as it is off the page', () => {
    const result = merge(first, page('2601.00002'), 1, 0);
    expect(result.expired).toEqual(['2601.00001']);
  });
});

describe('a paper that leaves and comes back', () => {
  it('keeps its firstSeenAt, loses its rank while away and gets the new one back', () => {
    const first = merge(null, page('2601.00001', '2601.00002', '2601.00003'), 0).snapshot;
    const away = merge(first, page('2601.00002', '2601.00003'), 30 * MIN).snapshot;
    expect(byId(away).get('2601.00001')).toMatchObject({ rank: null, firstSeenAt: iso(0) });
    const back = merge(away, page('2601.00003', '2601.00001', '2601.00002'), 5 * DAY);
    expect(back.added).toEqual([]);
    expect(byId(back.snapshot).get('2601.00001')).toMatchObject({ rank: 2, firstSeenAt: iso(0), lastSeenAt: iso(5 * DAY) });
    expectDatesKept(first, back.snapshot);
  });
});

describe('pages that change only a little', () => {
  const first = merge(null, page('2601.00001', '2601.00002', '2601.00003'), 0).snapshot;

  it('a reorder is a change of ranks, never of dates', () => {
    const reordered = merge(first, page('2601.00003', '2601.00001', '2601.00002'), 30 * MIN);
    expect(reordered.changed).toBe(true);
    expect(reordered.added).toEqual([]);
    expect(reordered.updated.sort()).toEqual(['2601.00001', '2601.00002', '2601.00003']);
    expect(reordered.snapshot.papers.map((p) => [p.id, p.rank])).toEqual([
      ['2601.00001', 2], ['2601.00002', 3], ['2601.00003', 1],
    ]);
    expectDatesKept(first, reordered.snapshot);
  });

  it('a rerun moments later with papers further down keeps their dates', () => {
    // A paper that drops from rank 1 to rank 5 a few milliseconds later was still first seen first.
    const rerun = merge(first, page('2601.00004', '2601.00005', '2601.00003', '2601.00002', '2601.00001'), 3);
    expectDatesKept(first, rerun.snapshot);
    expect(rerun.added).toEqual(['2601.00004', '2601.00005']);
  });

  it('follows counts that fall as well as rise', () => {
    const fewer = merge(first, page('2601.00001', '2601.00002', '2601.00003').map((p) => ({ ...p, upvotes: 2, comments: 0, githubStars: 0 })), 30 * MIN);
    expect(fewer.changed).toBe(true);
    expect(byId(fewer.snapshot).get('2601.00001')).toMatchObject({ upvotes: 2, comments: 0, firstSeenAt: iso(0) });
  });
});

describe('a card scrape after a JSON scrape of the same papers', () => {
  const json = merge(null, [
    scraped('2601.00001', 1, { authors: ['Ada', 'Bo'], aiSummary: 'S', aiKeywords: ['LLM'], comments: 4, githubUrl: 'https://github.com/a/b', githubStars: 10 }),
    scraped('2601.00002', 2),
  ], 0).snapshot;
  const cards = (extra: Partial<ScrapedPaper> = {}) => [
    scraped('2601.00002', 1, { source: 'cards', abstract: 'Card blurb', authors: [], comments: null, upvotes: 30, ...extra }),
    scraped('2601.00001', 2, { source: 'cards', abstract: 'Card blurb', authors: [], comments: null, upvotes: 12, ...extra }),
  ];

  it('keeps abstracts, authors, summary, keywords and comments; takes ranks and upvotes', () => {
    const result = merge(json, cards(), 30 * MIN);
    const paper = byId(result.snapshot).get('2601.00001');
    expect(paper).toMatchObject({
      abstract: 'Abstract 2601.00001', authors: ['Ada', 'Bo'], aiSummary: 'S', aiKeywords: ['LLM'], comments: 4,
      githubUrl: 'https://github.com/a/b', githubStars: 10, upvotes: 12, rank: 2, source: 'json', firstSeenAt: iso(0),
    });
    expect(byId(result.snapshot).get('2601.00002')).toMatchObject({ abstract: 'Abstract 2601.00002', rank: 1, upvotes: 30 });
  });

  it('changes nothing when the same cards come again, and yields to the next JSON scrape', () => {
    const once = merge(json, cards(), 30 * MIN).snapshot;
    expect(merge(once, cards(), 60 * MIN).changed).toBe(false);
    const back = merge(once, [scraped('2601.00001', 1, { abstract: 'New abstract' }), scraped('2601.00002', 2)], 90 * MIN).snapshot;
    expect(byId(back).get('2601.00001')).toMatchObject({ abstract: 'New abstract', authors: ['A'], source: 'json', firstSeenAt: iso(0) });
  });
});

describe('a clock behind the snapshot', () => {
  const first = merge(null, page('2601.00001', '2601.00002'), 0);
  const skewed = merge(first.snapshot, page('2601.00002', '2601.00001', '2601.00003'), -10 * MIN);

  it('moves no firstSeenAt and no lastSeenAt back', () => {
    expectDatesKept(first.snapshot, skewed.snapshot);
    for (const paper of first.snapshot.papers) {
      expect(byId(skewed.snapshot).get(paper.id)!.lastSeenAt >= paper.lastSeenAt, paper.id).toBe(true);
    }
  });

  it('dates a new paper after every paper readers already have', () => {
    const newest = Math.max(...first.snapshot.papers.map((p) => Date.parse(p.firstSeenAt)));
    expect(Date.parse(byId(skewed.snapshot).get('2601.00003')!.firstSeenAt)).toBeGreaterThan(newest);
    expect(skewed.snapshot.papers[0]!.id).toBe('2601.00003');
  });

  it('moves updatedAt (Last-Modified, in whole seconds) forward on a change', () => {
    expect(skewed.changed).toBe(true);
    expect(Math.floor(Date.parse(skewed.snapshot.updatedAt) / 1000)).toBeGreaterThan(Math.floor(Date.parse(first.snapshot.updatedAt) / 1000));
  });

  it('leaves updatedAt alone when nothing changed', () => {
    const same = merge(first.snapshot, page('2601.00001', '2601.00002'), -10 * MIN);
    expect(same.changed).toBe(false);
    expect(same.snapshot.updatedAt).toBe(first.snapshot.updatedAt);
  });

  it('is not pinned forever by a date a broken clock once put far ahead', () => {
    const ahead = merge(null, page('2601.00001'), 365 * DAY).snapshot;
    const next = merge(ahead, page('2601.00001', '2601.00002'), 30 * MIN);
    expect(byId(next.snapshot).get('2601.00002')!.firstSeenAt).toBe(iso(30 * MIN - 1_000));
    expect(byId(next.snapshot).get('2601.00001')!.firstSeenAt).toBe(iso(365 * DAY));
  });

  it('holds through whole runs: fetch, merge, store', async () => {
    const store = await memoryStore();
    const config = { sourceUrl: 'https://upstream.test/papers/trending', retentionDays: 14, staleAfterMinutes: 90 };
    const run = (at: number, ids: string[]) =>
      refresh({ store, config, fetcher: scriptedFetch(pageWith(ids.map((id) => entry(id)))), now: () => T0 + at, sleep: async () => {} });
    await run(0, ['2601.00001', '2601.00002']);
    const before = (await store.snapshot())!;
    const report = await run(-20 * MIN, ['2601.00002', '2601.00003', '2601.00001']);
    expect(report.outcome).toBe('changed');
    const after = (await store.snapshot())!;
    expectDatesKept(before, after);
    expect(after.papers[0]!.id).toBe('2601.00003');
    expect(after.updatedAt > before.updatedAt).toBe(true);
  });
});
