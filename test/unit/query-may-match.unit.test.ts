/**
 * The quick no in front of the matcher (`mayMatchOf`): it may only ever say no where the full
 * test says no. Queries are made from the words of real labelled papers (plurals, prefixes,
 * phrases, compounds written split and joined, fields, NOT, counts, scores) and tried on those
 * papers and on text beyond ASCII.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileNode } from '../../src/query/compile';
import { mayMatchOf } from '../../src/query/may-match';
import { parseQuery, paperText, type MatchablePaper } from '../../src/query';

const labelled: MatchablePaper[] = readFileSync(new URL('../fixtures/topics/papers.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as MatchablePaper & { aiSummary?: string })
  .map(({ title, abstract, aiSummary, aiKeywords }) => ({ title, abstract, aiSummary, aiKeywords: aiKeywords ?? [] }));

const hostile: MatchablePaper[] = [
  { title: 'Naïve-Bayes über Graphs', abstract: "A model's multi-modal pre-training — α-divergence.", aiKeywords: ['vision-language', 'state space'] },
  { title: 'MULTIMODAL Hyper-Networks', abstract: 'see https://github.com/x/graph-nets', aiSummary: 'Studies of studies.', aiKeywords: [] },
  { title: '大模型 推理 🧠', abstract: 'Graph—learning, e-mail, co-operative-agents', aiKeywords: ['reinforcement learning'] },
];

// Deterministic choices, so a failure names the same query every run.
let seed = 12345;
const next = (n: number) => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
};
const pick = <T>(items: readonly T[]): T => items[next(items.length)] as T;

function termFrom(paper: MatchablePaper): string {
  const words = `${paper.title} ${paper.abstract}`.match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? ['x'];
  const at = next(words.length);
  const word = (words[at] ?? 'x').toLowerCase();
  switch (next(7)) {
    case 0:
      return `"${word} ${(words[at + 1] ?? 'model').toLowerCase()}"`;
    case 1:
      return word.length >= 4 && !word.includes('-') ? `${word.slice(0, 3 + next(word.length - 3))}*` : word;
    case 2:
      return word.replaceAll('-', '');
    case 3:
      return word.endsWith('s') ? word.slice(0, -1) : `${word}s`;
    case 4:
      return `${pick(['title', 'abstract', 'summary', 'keywords'])}:${word}`;
    default:
      return word;
  }
}

function queryFrom(paper: MatchablePaper): string {
  const term = () => termFrom(next(3) === 0 ? pick(labelled) : paper);
  switch (next(7)) {
    case 0:
      return `${term()} ${term()}`;
    case 1:
      return `${term()} OR ${term()} OR ${term()}`;
    case 2:
      return `${term()} -${term()}`;
    case 3:
      return `(${term()} OR ${term()}){2}`;
    case 4:
      return `(${term()}^2 OR ${term()}^-1 OR ${term()}){>=1.5}`;
    case 5:
      return `((${term()} -${term()})^2 OR (${term()} OR ${term()})^-1 OR ${term()}){>=2}`;
    default:
      return term();
  }
}

describe('the quick no before matching', () => {
  it('never says no to a paper the full test matches', () => {
    const papers = [...hostile, ...labelled.filter((_, i) => i % 7 === 0)];
    let pruned = 0;
    let matched = 0;
    for (let q = 0; q < 400; q++) {
      const query = queryFrom(pick(papers));
      const node = parseQuery(query);
      const may = mayMatchOf(node);
      const full = compileNode(node);
      for (const paper of papers) {
        const text = paperText(paper);
        const answer = full(text);
        if (answer) matched++;
        if (may && !may(text)) {
          pruned++;
          expect(answer, `${query} on "${paper.title}"`).toBe(false);
        }
      }
    }
    // Neither side is idle: queries match papers, and the quick test turns most others away.
    expect(matched).toBeGreaterThan(1000);
    expect(pruned).toBeGreaterThan(20_000);
  });

  it('finds compounds in either spelling, plural forms and text beyond ASCII', () => {
    const cases: [string, MatchablePaper][] = [
      ['multimodal', { title: 'Multi-modal pretraining', abstract: '', aiKeywords: [] }],
      ['multi-modal', { title: 'Multimodal pretraining', abstract: '', aiKeywords: [] }],
      ['study', { title: 'Two studies', abstract: '', aiKeywords: [] }],
      ['naive', { title: 'Naïve baselines', abstract: '', aiKeywords: [] }],
      ['models', { title: "The model's view", abstract: '', aiKeywords: [] }],
      ['keywords:"state space"', { title: 'x', abstract: '', aiKeywords: ['State-Space'] }],
    ];
    for (const [query, paper] of cases) {
      const node = parseQuery(query);
      expect(compileNode(node)(paperText(paper)), query).toBe(true);
      expect(mayMatchOf(node)?.(paperText(paper)) ?? true, query).toBe(true);
    }
  });

  it('is left out where it cannot help: a query with a NOT alone, a long topic', () => {
    expect(mayMatchOf(parseQuery('-survey'))).toBeNull();
    expect(mayMatchOf(parseQuery(Array.from({ length: 30 }, (_, i) => `word${i}`).join(' OR ')))).toBeNull();
    expect(mayMatchOf(parseQuery('diffusion -survey'))?.(paperText({ title: 'A survey', abstract: '', aiKeywords: [] }))).toBe(false);
  });
});
