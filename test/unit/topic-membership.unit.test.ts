/**
 * Topic bits when the definitions change: known queries keep their answers, a new one is matched
 * for new papers at once and for older ones a batch per run, and until then readers are told to
 * match those themselves.
 */
import { describe, expect, it } from 'vitest';
import { compileQuery } from '../../src/query';
import type { IndexRow, PaperBody, PaperIndex } from '../../src/snapshot/paper-index';
import { backfillRows, backfillTopics, matchTopics, retopic, topicRowFilter } from '../../src/topics/membership';

const T0 = Date.parse('2026-11-01T00:00:00.000Z');
const titles = ['Graph hypernetworks', 'Diffusion for robots', 'A graph of agents', 'Robot hypernetwork policies', 'Plain survey'];

function indexOf(queries: string[]): { index: PaperIndex; bodies: Map<string, PaperBody> } {
  const bodies = new Map<string, PaperBody>();
  const topics = { queries, pending: [] };
  const rows = Array.from({ length: 25 }, (_, i): IndexRow => {
    const id = `2611.${String(i).padStart(5, '0')}`;
    const body = { id, title: `${titles[i % titles.length]} ${i}`, abstract: '', authors: [], hfUrl: '', arxivUrl: '', pdfUrl: '', aiKeywords: [] } as PaperBody;
    bodies.set(id, body);
    const first = T0 - i * 60_000;
    return { id, hash: '', at: { chunk: 0, offset: i, length: 1 }, source: 'json', upvotes: 0, comments: null, githubStars: null, topics: matchTopics(topics, body), fields: 0, lists: { trending: { first, last: first, rank: null } } };
  });
  return { index: { version: 'v', updatedAt: '', checkedAt: '', topics, rows, storage: { slots: [], retired: [] } }, bodies };
}

describe('topic bits', () => {
  it('survive a reorder, and a new query is matched over runs, newest first', () => {
    const { index, bodies } = indexOf(['graph', 'robot']);
    let next = retopic(index, ['hypernetwork', 'robot', 'graph']);
    const truth = (query: string) => next.rows.map((row) => compileQuery(query)(bodies.get(row.id) as PaperBody));
    const bit = (query: string) => next.rows.map((row) => topicRowFilter(next.topics, query)(row));
    // Known queries answer at once, from their moved bits; the new one cannot tell yet.
    expect(bit('graph')).toEqual(truth('graph'));
    expect(bit('robot')).toEqual(truth('robot'));
    expect(bit('hypernetwork').every((answer) => answer === undefined)).toBe(true);
    let runs = 0;
    while (next.topics.pending.length > 0 && runs < 10) {
      const batch = backfillRows(next, 10);
      expect(batch[0]?.id).toBe(next.rows.find((row) => topicRowFilter(next.topics, 'hypernetwork')(row) === undefined)?.id);
      next = backfillTopics(next, batch, bodies);
      runs++;
    }
    expect(runs).toBe(3);
    expect(bit('hypernetwork')).toEqual(truth('hypernetwork'));
    expect(bit('graph')).toEqual(truth('graph'));
  });

  it('leave a batch for later when a body cannot be read', () => {
    const { index, bodies } = indexOf(['graph']);
    const next = retopic(index, ['graph', 'robot']);
    const batch = backfillRows(next, 5);
    bodies.delete(batch[2]?.id ?? '');
    expect(backfillTopics(next, batch, bodies)).toBe(next);
  });
});
