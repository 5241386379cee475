import { HTTPException } from 'hono/http-exception';
import { describe, expect, it } from 'vitest';
import type { Env } from '../../src/env';
import { resolveFeedRequest } from '../../src/http/feed-request';
import { selectPapers } from '../../src/select/select-papers';
import type { ListName, ListPresence, Paper } from '../../src/domain/types';
import { withPresences } from '../../src/snapshot/presence';
import { SAMPLE_PAPERS } from '../support/sample';

const paper = (id: string, lists: Partial<Record<ListName, ListPresence>>): Paper => withPresences({ ...SAMPLE_PAPERS[0]!, id }, lists);

const resolve = (name: string, search = '') => resolveFeedRequest(name, new URL(`https://p.test/feeds/${name}${search}`), {} as Env);

describe('source=: which list a feed follows', () => {
  it('defaults to trending with the titles feeds always had', () => {
    expect(resolve('all.rss')).toMatchObject({ source: 'trending', title: 'paperfeed: All trending papers' });
    expect(resolve('llm.rss', '?source=trending')).toMatchObject({ source: 'trending', title: 'paperfeed: Language models' });
  });

  it('names the daily list and both lists in titles and descriptions', () => {
    expect(resolve('all.rss', '?source=daily')).toMatchObject({ title: 'paperfeed: All daily papers', description: expect.stringMatching(/^Every paper in Hugging Face’s daily papers, as Hugging Face features them/) });
    expect(resolve('llm.atom', '?source=daily&min_upvotes=5').title).toBe('paperfeed: Language models in daily papers (with at least 5 upvotes)');
    expect(resolve('llm.json', '?source=any')).toMatchObject({ source: 'any', title: 'paperfeed: Language models in trending and daily papers' });
  });

  it('refuses another value with a 400 that names source and its values', async () => {
    let error: unknown;
    try {
      resolve('all.rss', '?source=weekly');
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(HTTPException);
    const response = (error as HTTPException).getResponse();
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ parameter: 'source', valid_values: ['trending', 'daily', 'any'], detail: expect.stringMatching(/source must be one of trending, daily, any, got "weekly"/) });
  });

  it('selects the papers of the list, dated by their sighting on it', () => {
    const trendingOnly = paper('2609.00001', { trending: { firstSeenAt: '2026-10-02T00:00:00.000Z', lastSeenAt: '2026-10-02T00:00:00.000Z', rank: 1 } });
    const both = paper('2609.00002', {
      daily: { firstSeenAt: '2026-10-01T00:00:00.000Z', lastSeenAt: '2026-10-01T00:00:00.000Z', rank: 1, day: '2026-10-01' },
      trending: { firstSeenAt: '2026-10-03T00:00:00.000Z', lastSeenAt: '2026-10-03T00:00:00.000Z', rank: 2 },
    });
    // Snapshot order: newest first by the earliest sighting on any list.
    const papers = [trendingOnly, both];
    const ids = (source: 'trending' | 'daily' | 'any') => selectPapers(papers, { source, limit: 50, sort: 'new' }).map((p) => [p.id, p.firstSeenAt]);
    expect(ids('daily')).toEqual([['2609.00002', '2026-10-01T00:00:00.000Z']]);
    expect(ids('trending')).toEqual([['2609.00002', '2026-10-03T00:00:00.000Z'], ['2609.00001', '2026-10-02T00:00:00.000Z']]);
    expect(ids('any').map(([id]) => id)).toEqual(['2609.00001', '2609.00002']);
  });
});
