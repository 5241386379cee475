/**
 * The index merge gives the same papers as `mergeSnapshot`, run after run: dates, ranks, counts
 * and the richer record field by field, while touching only the papers a run lists.
 */
import { describe, expect, it } from 'vitest';
import type { ListScrape, Paper, ScrapedPaper, Snapshot } from '../../src/domain/types';
import { mergeSnapshot } from '../../src/snapshot/merge';
import { mergeIndex } from '../../src/snapshot/merge-index';
import { paperOf, type PaperBody, type PaperIndex } from '../../src/snapshot/paper-index';
import { scrapePage } from '../../src/scrape/scrape-page';
import { fixture as readFixture } from '../support/fixtures';

const T0 = Date.parse('2026-11-01T00:00:00.000Z');
const HOUR = 3_600_000;

// Keeps every body in memory, as the store would, and places new ones.
function indexRunner() {
  const stored = new Map<string, PaperBody>();
  let index: PaperIndex | null = null;
  return (scrapes: ListScrape[], at: number, retentionDays = 14): Paper[] => {
    const result = mergeIndex(index, scrapes, { now: new Date(at).toISOString(), retentionDays, matchTopics: () => 0, storedBodies: stored });
    for (const [id, body] of result.bodies) stored.set(id, body);
    const rows = result.index.rows.map((row) => ({ ...row, at: row.at ?? { chunk: 0, offset: 0, length: 0 } }));
    index = { ...result.index, rows };
    return rows.map((row) => paperOf(row, stored.get(row.id) as PaperBody));
  };
}

function comparable(papers: Paper[]) {
  return papers.map((paper) => JSON.parse(JSON.stringify(paper, Object.keys(paper).sort())) as unknown);
}

describe('mergeIndex', () => {
  it('agrees with mergeSnapshot over runs: new, leaving, returning and card-only pages', () => {
    const trending = scrapePage(readFixture('trending.html')).papers;
    const next = scrapePage(readFixture('trending-next.html')).papers;
    const thin = (papers: ScrapedPaper[]) => papers.map((paper): ScrapedPaper => ({ ...paper, source: 'cards', abstract: '', authors: [], aiKeywords: [], comments: null, upvotes: 0 }));
    // A JSON page that lacks what earlier pages had: the stored fields stay.
    const sparse = (papers: ScrapedPaper[]) => papers.map(({ aiSummary: _s, githubUrl: _g, ...paper }): ScrapedPaper => ({ ...paper, abstract: '', aiKeywords: [] }));
    const runs: [ListScrape[], number][] = [
      [[{ list: 'trending', papers: trending }], T0],
      [[{ list: 'trending', papers: next }], T0 + HOUR],
      [[{ list: 'trending', papers: thin(trending) }], T0 + 8 * HOUR],
      [[{ list: 'trending', papers: sparse(next) }], T0 + 9 * HOUR],
      [[{ list: 'trending', papers: next }, { list: 'daily', papers: trending.slice(0, 5), day: '2026-11-01' }], T0 + 16 * HOUR],
      [[{ list: 'trending', papers: next.slice(0, 30) }], T0 + 20 * 24 * HOUR],
    ];
    const byIndex = indexRunner();
    let snapshot: Snapshot | null = null;
    for (const [scrapes, at] of runs) {
      snapshot = mergeSnapshot(snapshot, scrapes, { now: new Date(at).toISOString(), retentionDays: 14 }).snapshot;
      expect(comparable(byIndex(scrapes, at))).toEqual(comparable(snapshot.papers));
    }
  });
});
