import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileQuery, compileQueryOnce, paperText, type MatchablePaper } from '../../src/query';
import { BUILTIN_TOPICS } from '../../src/topics';

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

  it('answers as the remembering matcher does when it remembers nothing (new papers in a run)', () => {
    const papers: MatchablePaper[] = readFileSync(new URL('../fixtures/topics/papers.jsonl', import.meta.url), 'utf8')
      .trim()
      .split('\n')
      .slice(0, 400)
      .map((line) => JSON.parse(line) as MatchablePaper & { aiSummary?: string })
      .map(({ title, abstract, aiSummary, aiKeywords }) => ({ title, abstract, aiSummary, aiKeywords: aiKeywords ?? [] }));
    for (const topic of BUILTIN_TOPICS) {
      const remembering = compileQuery(topic.query);
      const once = compileQueryOnce(topic.query);
      expect(papers.map((one) => once(structuredClone(one))), topic.slug).toEqual(papers.map((one) => remembering(one)));
    }
  });
});
