/**
 * Selecting from the index gives the papers `papersOn` gives from the whole snapshot: per source,
 * dated and ordered by their sightings on that list.
 */
import { describe, expect, it } from 'vitest';
import type { FeedSource, ScrapedPaper } from '../../src/domain/types';
import { selectIndexed } from '../../src/select/select-indexed';
import { papersOn } from '../../src/snapshot/list-view';
import { mergeSnapshot } from '../../src/snapshot/merge';
import { indexFromSnapshot } from '../../src/snapshot/migrate';
import { scrapePage } from '../../src/scrape/scrape-page';
import { fixture } from '../support/fixtures';

const T0 = Date.parse('2026-11-01T00:00:00.000Z');

describe('selectIndexed', () => {
  it.each<FeedSource>(['trending', 'daily', 'any'])('source=%s: the papers and dates of papersOn', async (source) => {
    const trending = scrapePage(fixture('trending.html')).papers;
    const next = scrapePage(fixture('trending-next.html')).papers;
    // Daily lists papers trending saw days ago, and papers trending sees only later.
    const daily: ScrapedPaper[] = [...trending.slice(40, 50), ...next.slice(-5)].map((paper, i) => ({ ...paper, rank: i + 1 }));
    let snapshot = mergeSnapshot(null, [{ list: 'trending', papers: trending }], { now: new Date(T0).toISOString(), retentionDays: 14 }).snapshot;
    snapshot = mergeSnapshot(snapshot, [{ list: 'daily', papers: daily, day: '2026-11-03' }], { now: new Date(T0 + 2 * 86_400_000).toISOString(), retentionDays: 14 }).snapshot;
    snapshot = mergeSnapshot(snapshot, [{ list: 'trending', papers: next }], { now: new Date(T0 + 3 * 86_400_000).toISOString(), retentionDays: 14 }).snapshot;
    const { index, bodies } = indexFromSnapshot(snapshot, () => 0);
    const papers = await selectIndexed(index.rows, { source, limit: 200, sort: 'new', inTopic: () => true }, async () => bodies);
    const expected = papersOn(snapshot.papers, source);
    expect(papers.map((paper) => [paper.id, paper.firstSeenAt, paper.lastSeenAt])).toEqual(expected.map((paper) => [paper.id, paper.firstSeenAt, paper.lastSeenAt]));
  });
});
