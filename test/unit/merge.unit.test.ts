import { describe, expect, it } from 'vitest';
import type { ScrapedPaper, Snapshot } from '../../src/domain/types';
import { mergeSnapshot } from '../../src/snapshot/merge';

function scraped(id: string, rank: number, extra: Partial<ScrapedPaper> = {}): ScrapedPaper {
  return {
    id, title: `Paper ${id}`, abstract: `Abstract ${id}`, authors: ['A'], hfUrl: `https://huggingface.co/papers/${id}`,
    arxivUrl: `https://arxiv.org/abs/${id}`, pdfUrl: `https://arxiv.org/pdf/${id}`, upvotes: 10, comments: 1,
    githubStars: null, aiKeywords: [], rank, source: 'json', ...extra,
  };
}

const T0 = '2026-11-01T00:00:00.000Z';
const at = (hours: number) => new Date(Date.parse(T0) + hours * 3_600_000).toISOString();
const run = (previous: Snapshot | null, papers: ScrapedPaper[], hours: number, retentionDays = 14) =>
  mergeSnapshot(previous, [{ list: 'trending', papers }], { now: at(hours), retentionDays });

describe('mergeSnapshot', () => {
  it('dates new papers by first sighting, in trending order, and never moves that date', () => {
    const first = run(null, [scraped('2603.00001', 1), scraped('2603.00002', 2)], 0).snapshot;
    expect(first.papers.map((p) => [p.id, p.firstSeenAt])).toEqual([
      ['2603.00001', T0],
      ['2603.00002', new Date(Date.parse(T0) - 1_000).toISOString()],
    ]);
    const second = run(first, [scraped('2603.00002', 1, { upvotes: 99 }), scraped('2603.00003', 2)], 5).snapshot;
    const byId = new Map(second.papers.map((p) => [p.id, p]));
    expect(byId.get('2603.00002')).toMatchObject({ firstSeenAt: first.papers[1]!.firstSeenAt, upvotes: 99, rank: 1 });
    expect(byId.get('2603.00001')).toMatchObject({ firstSeenAt: T0, rank: null });
    expect(second.papers[0]!.id).toBe('2603.00003');
  });

  it('keeps papers that left trending until RETENTION_DAYS after they were last seen', () => {
    let snapshot = run(null, [scraped('2603.00001', 1)], 0).snapshot;
    snapshot = run(snapshot, [scraped('2603.00002', 1)], 24 * 14 - 1).snapshot;
    expect(snapshot.papers.map((p) => p.id)).toContain('2603.00001');
    const later = run(snapshot, [scraped('2603.00002', 1)], 24 * 14 + 1);
    expect(later.expired).toEqual(['2603.00001']);
    expect(later.snapshot.papers.map((p) => p.id)).toEqual(['2603.00002']);
  });

  it('does not age anything out on a suspicious run', () => {
    const snapshot = run(null, [scraped('2603.00001', 1)], 0).snapshot;
    const result = mergeSnapshot(snapshot, [{ list: 'trending', papers: [scraped('2603.00002', 1)] }], { now: at(24 * 30), retentionDays: 14, skipRetention: true });
    expect(result.snapshot.papers.map((p) => p.id).sort()).toEqual(['2603.00001', '2603.00002']);
  });

  it('is idempotent and reports no change for the same page', () => {
    const page = [scraped('2603.00001', 1), scraped('2603.00002', 2)];
    const first = run(null, page, 0);
    const again = run(first.snapshot, page, 0.5);
    expect(first.changed).toBe(true);
    expect(again.changed).toBe(false);
    expect(again.snapshot.version).toBe(first.snapshot.version);
    expect(again.snapshot.updatedAt).toBe(first.snapshot.updatedAt);
    expect(again.snapshot.papers).toEqual(first.snapshot.papers);
  });

  it('changes the version when a count changes', () => {
    const first = run(null, [scraped('2603.00001', 1)], 0);
    const next = run(first.snapshot, [scraped('2603.00001', 1, { upvotes: 11 })], 0.5);
    expect(next.changed).toBe(true);
    expect(next.updated).toEqual(['2603.00001']);
    expect(next.snapshot.updatedAt).toBe(at(0.5));
  });

  it('keeps what a JSON scrape knew when a later scrape only has the cards', () => {
    const first = run(null, [scraped('2603.00001', 1, { authors: ['Ada'], aiKeywords: ['LLM'] })], 0).snapshot;
    const cards = run(first, [scraped('2603.00001', 3, { abstract: 'short', authors: [], source: 'cards', upvotes: 50 })], 1).snapshot;
    expect(cards.papers[0]).toMatchObject({ abstract: 'Abstract 2603.00001', authors: ['Ada'], aiKeywords: ['LLM'], upvotes: 50, rank: 3, source: 'json' });
    // A card that shows no vote count does not wipe the known one.
    const noCount = run(cards, [scraped('2603.00001', 3, { abstract: 'short', authors: [], source: 'cards', upvotes: 0 })], 2).snapshot;
    expect(noCount.papers[0]?.upvotes).toBe(50);
  });
});
