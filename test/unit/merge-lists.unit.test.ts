import { describe, expect, it } from 'vitest';
import type { ListScrape, Paper, ScrapedPaper, Snapshot } from '../../src/domain/types';
import { listView, papersOn } from '../../src/snapshot/list-view';
import { mergeSnapshot } from '../../src/snapshot/merge';

function scraped(id: string, rank: number, extra: Partial<ScrapedPaper> = {}): ScrapedPaper {
  return {
    id, title: `Paper ${id}`, abstract: `Abstract ${id}`, authors: ['A'], hfUrl: `https://huggingface.co/papers/${id}`,
    arxivUrl: `https://arxiv.org/abs/${id}`, pdfUrl: `https://arxiv.org/pdf/${id}`, upvotes: 10, comments: 1,
    githubStars: null, aiKeywords: [], rank, source: 'json', ...extra,
  };
}
const T0 = Date.parse('2026-11-01T00:00:00.000Z');
const HOUR = 3_600_000;
const iso = (ms: number) => new Date(T0 + ms).toISOString();
const trending = (...ids: string[]): ListScrape => ({ list: 'trending', papers: ids.map((id, i) => scraped(id, i + 1)) });
const daily = (day: string, ...ids: string[]): ListScrape => ({ list: 'daily', day, papers: ids.map((id, i) => scraped(id, i + 1)) });
const run = (previous: Snapshot | null, scrapes: ListScrape[], ms: number, retentionDays = 14) =>
  mergeSnapshot(previous, scrapes, { now: iso(ms), retentionDays });
const byId = (snapshot: Snapshot) => new Map<string, Paper>(snapshot.papers.map((p) => [p.id, p]));

describe('mergeSnapshot with two lists', () => {
  it('stores a paper on both lists once, with a sighting per list', () => {
    const { snapshot } = run(null, [trending('2601.00001', '2601.00002'), daily('2026-11-01', '2601.00002', '2601.00003')], 0);
    expect(snapshot.papers.map((p) => p.id).sort()).toEqual(['2601.00001', '2601.00002', '2601.00003']);
    const both = byId(snapshot).get('2601.00002')!;
    expect(Object.keys(both.lists).sort()).toEqual(['daily', 'trending']);
    expect(both.lists.trending).toMatchObject({ rank: 2 });
    expect(both.lists.daily).toMatchObject({ rank: 1, day: '2026-11-01' });
    expect(both.rank).toBe(2);
    expect(byId(snapshot).get('2601.00003')!.rank).toBeNull();
  });

  it('dates each list whole seconds apart in list order, the second list after the first', () => {
    const { snapshot } = run(null, [trending('2601.00001', '2601.00002'), daily('2026-11-01', '2601.00003', '2601.00004')], 0);
    const dates = snapshot.papers.map((p) => p.firstSeenAt);
    expect(new Set(dates).size).toBe(4);
    for (const date of dates) expect(date.endsWith('.000Z')).toBe(true);
    expect(papersOn(snapshot.papers, 'trending').map((p) => p.id)).toEqual(['2601.00001', '2601.00002']);
    expect(papersOn(snapshot.papers, 'daily').map((p) => p.id)).toEqual(['2601.00003', '2601.00004']);
    expect(papersOn(snapshot.papers, 'any').map((p) => p.id)).toEqual(['2601.00003', '2601.00004', '2601.00001', '2601.00002']);
  });

  it('dates a paper in each list by when it joined that list, and never moves either date', () => {
    const first = run(null, [daily('2026-11-01', '2601.00001')], 0).snapshot;
    const second = run(first, [trending('2601.00001'), daily('2026-11-02', '2601.00002')], 24 * HOUR).snapshot;
    const paper = byId(second).get('2601.00001')!;
    expect(paper.lists.daily?.firstSeenAt).toBe(iso(0));
    expect(paper.lists.trending?.firstSeenAt).toBe(iso(24 * HOUR));
    expect(paper.lists.daily?.rank).toBeNull();
    expect(paper.lists.daily?.day).toBe('2026-11-01');
    expect(listView(paper, 'trending')?.firstSeenAt).toBe(iso(24 * HOUR));
    expect(listView(paper, 'daily')?.firstSeenAt).toBe(iso(0));
    expect(listView(paper, 'any')?.firstSeenAt).toBe(iso(0));
    expect(listView(byId(second).get('2601.00002')!, 'trending')).toBeNull();
  });

  it('leaves a list that was not read this run as it was', () => {
    const first = run(null, [trending('2601.00001'), daily('2026-11-01', '2601.00002')], 0).snapshot;
    const second = run(first, [trending('2601.00003')], HOUR).snapshot;
    expect(byId(second).get('2601.00002')!.lists.daily).toEqual(byId(first).get('2601.00002')!.lists.daily);
    expect(byId(second).get('2601.00001')!.lists.trending?.rank).toBeNull();
  });

  it('ages a paper out only once it has left every list for the retention period', () => {
    const first = run(null, [trending('2601.00001'), daily('2026-11-01', '2601.00001')], 0).snapshot;
    const stillDaily = run(first, [trending('2601.00002'), daily('2026-11-10', '2601.00001')], 10 * 24 * HOUR).snapshot;
    const later = run(stillDaily, [trending('2601.00002'), daily('2026-11-20', '2601.00003')], 20 * 24 * HOUR);
    expect(later.expired).toEqual([]);
    const gone = run(later.snapshot, [trending('2601.00002'), daily('2026-11-25', '2601.00003')], 25 * 24 * HOUR);
    expect(gone.expired).toEqual(['2601.00001']);
  });

  it('lets the richer record win field by field', () => {
    const json = { list: 'daily' as const, papers: [scraped('2601.00001', 1, { aiSummary: 'From daily', githubStars: 5 })] };
    const cards = { list: 'trending' as const, papers: [scraped('2601.00001', 1, { source: 'cards', abstract: 'short', authors: [], upvotes: 40 })] };
    const { snapshot } = run(null, [json, cards], 0);
    expect(snapshot.papers[0]).toMatchObject({ abstract: 'Abstract 2601.00001', authors: ['A'], aiSummary: 'From daily', githubStars: 5, upvotes: 40, source: 'json' });
    const later = run(snapshot, [{ list: 'trending', papers: [scraped('2601.00001', 1, { githubUrl: 'https://github.com/a/b' })] }], HOUR).snapshot;
    expect(later.papers[0]).toMatchObject({ aiSummary: 'From daily', githubUrl: 'https://github.com/a/b' });
  });

  it('reads a snapshot stored before lists existed as trending papers, dates untouched', () => {
    const legacyPaper = { ...scraped('2601.00001', 1), rank: 1, firstSeenAt: '2026-10-31T23:59:59.123Z', lastSeenAt: iso(0) };
    const legacy = { version: 'v', updatedAt: iso(0), checkedAt: iso(0), papers: [legacyPaper] } as unknown as Snapshot;
    expect(listView(legacy.papers[0]!, 'trending')?.firstSeenAt).toBe('2026-10-31T23:59:59.123Z');
    expect(listView(legacy.papers[0]!, 'daily')).toBeNull();
    const merged = run(legacy, [trending('2601.00001', '2601.00002')], HOUR);
    const paper = byId(merged.snapshot).get('2601.00001')!;
    expect(paper.lists.trending).toEqual({ firstSeenAt: '2026-10-31T23:59:59.123Z', lastSeenAt: iso(0), rank: 1 });
    expect(paper.firstSeenAt).toBe('2026-10-31T23:59:59.123Z');
    expect(merged.added).toEqual(['2601.00002']);
  });
});
