import { describe, expect, it } from 'vitest';
import { compileQuery, parseQuery } from '../../src/query';
import { BUILTIN_RULES, BUILTIN_TOPICS } from '../../src/topics/builtin';
import { LEARNT_SCORES } from '../../src/topics/builtin-scores';
import { scoredQuery, type LearntScore } from '../../src/topics/learnt-score';

const score = (use: LearntScore['use']): LearntScore => ({ use, threshold: 2.5, terms: ['title:mamba^3', 'abstract:"state space"^1.5'] });
const paper = (title: string, abstract = '') => ({ title, abstract, aiKeywords: [] });

describe('learnt scores', () => {
  it('puts a score beside the rule, instead of it, or leaves the rule alone', () => {
    expect(scoredQuery('title:rnn', score('rule-or-score'))).toBe('title:rnn OR (title:mamba^3 OR abstract:"state space"^1.5){>=2.5}');
    expect(scoredQuery('title:rnn', score('score'))).toBe('(title:mamba^3 OR abstract:"state space"^1.5){>=2.5}');
    expect(scoredQuery('title:rnn', score('rule'))).toBe('title:rnn');
    expect(scoredQuery('title:rnn', undefined)).toBe('title:rnn');
    const either = compileQuery(scoredQuery('title:rnn', score('rule-or-score')));
    expect(either(paper('An RNN'))).toBe(true);
    expect(either(paper('Mamba'))).toBe(true);
    expect(either(paper('A model', 'A state space model.'))).toBe(false);
  });

  it('are valid scores of title and abstract terms, each beside its topic’s rule', () => {
    expect(Object.keys(LEARNT_SCORES).length).toBeGreaterThan(0);
    for (const [slug, learnt] of Object.entries(LEARNT_SCORES)) {
      const rule = BUILTIN_RULES.find((topic) => topic.slug === slug);
      const topic = BUILTIN_TOPICS.find((t) => t.slug === slug);
      expect(rule, slug).toBeDefined();
      expect(learnt.terms.length, slug).toBeGreaterThan(0);
      expect(learnt.terms.length, slug).toBeLessThanOrEqual(150);
      for (const term of learnt.terms) expect(term, slug).toMatch(/^(title|abstract):("[a-z0-9 ]+"|[a-z0-9]+)\^-?[0-9]+(\.[0-9])?$/);
      const node = parseQuery(`(${learnt.terms.join(' OR ')}){>=${learnt.threshold}}`);
      expect(node).toMatchObject({ kind: 'score', min: learnt.threshold });
      expect(topic?.query, slug).toBe(scoredQuery(rule?.query ?? '', learnt));
    }
  });

  it('find papers of their area that the rule misses', () => {
    // Words of the area that no hand-written list of `llm` holds, named as a paper would.
    const llm = BUILTIN_TOPICS.find((topic) => topic.slug === 'llm');
    const rule = BUILTIN_RULES.find((topic) => topic.slug === 'llm');
    const text = paper('Shorter multi-hop reasoning', 'The tokens spent on reasoning can be halved without losing the evidence each final answer needs.');
    expect(compileQuery(rule?.query ?? '')(text)).toBe(false);
    expect(compileQuery(llm?.query ?? '')(text)).toBe(true);
  });
});
