import { describe, expect, it } from 'vitest';
import { compileQuery, paperText } from '../../src/query';

const paper = { title: 'Graph hypernetworks', abstract: 'We generate weights.', aiSummary: 'A summary.', aiKeywords: ['GNN'] };

describe('paper text cache', () => {
  it('shares one text between paper objects with the same content (a new snapshot version)', () => {
    expect(paperText(structuredClone(paper))).toBe(paperText(paper));
  });

  it('never shares it between papers whose text differs', () => {
    for (const change of [{ title: 'Graph hypernetwork' }, { abstract: 'x' }, { aiSummary: undefined }, { aiKeywords: ['GNN', 'x'] }]) {
      expect(paperText({ ...paper, ...change }), JSON.stringify(change)).not.toBe(paperText(paper));
    }
  });

  it('answers from the text, so a changed paper is matched afresh', () => {
    const matches = compileQuery('title:hypernetwork');
    expect(matches(paper)).toBe(true);
    expect(matches({ ...paper, title: 'Graph networks' })).toBe(false);
  });
});
