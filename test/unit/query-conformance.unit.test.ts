/**
 * The query matcher on text beyond Latin-1 (Greek letters, CJK, emoji are common in paper
 * titles): it matches as it does on ASCII, and it never builds a Unicode-property expression per
 * query. Those cost milliseconds each to compile for such text, and the index page matches every
 * topic at once, which added up to a quarter second of CPU on a plan that allows 10 ms.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compileQuery, type MatchablePaper } from '../../src/query';
import { BUILTIN_TOPICS } from '../../src/topics';

const paper = (title: string, more: Partial<MatchablePaper> = {}): MatchablePaper => ({ title, abstract: '', aiKeywords: [], ...more });
const matches = (query: string, p: MatchablePaper) => compileQuery(query)(p);

describe('query matching beyond Latin-1', () => {
  it('matches words and phrases around Greek letters, CJK and emoji', () => {
    expect(matches('α', paper('α-Divergence Variational Inference'))).toBe(true);
    expect(matches('divergence', paper('α-Divergence Variational Inference'))).toBe(true);
    expect(matches('"brain decoding"', paper('Brain 🧠 Decoding from fMRI'))).toBe(true);
    expect(matches('推理', paper('大模型 推理 benchmark'))).toBe(true);
    expect(matches('"graph learning"', paper('Graph — learning on trees'))).toBe(true);
    expect(matches('café', paper('Le Café des réseaux'))).toBe(true);
  });

  it('keeps whole words, hyphen spellings and line breaks as on ASCII text', () => {
    expect(matches('graph', paper('Hypergraph 🧠 models'))).toBe(false);
    expect(matches('net', paper('Hypernetworks für α'))).toBe(false);
    expect(matches('multimodal', paper('Multi-modal α pretraining'))).toBe(true);
    expect(matches('multi-modal', paper('Multimodal β pretraining'))).toBe(true);
    expect(matches('graphs', paper('Ein Graph — α'))).toBe(true);
    // Keywords are one per line: a phrase never spans two of them.
    expect(matches('keywords:"vision model"', paper('x', { aiKeywords: ['vision α', 'model β'] }))).toBe(false);
    expect(matches('keywords:"vision model"', paper('x', { aiKeywords: ['vision 🧠 model'] }))).toBe(true);
  });
});

describe('query expressions', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('are not built per query at all: terms are looked up in a word index, for every built-in topic and a long phrase', () => {
    const flags: string[] = [];
    const Native = RegExp;
    vi.stubGlobal(
      'RegExp',
      new Proxy(Native, {
        construct(target, args: [string | RegExp, string?]) {
          flags.push(args[1] ?? (args[0] instanceof Native ? args[0].flags : ''));
          return new target(...args);
        },
      }),
    );
    // The spy sees what the matcher would construct.
    new RegExp('x', 'u');
    expect(flags).toEqual(['u']);
    flags.length = 0;
    const greek = paper('α-Divergence 🧠 for LLM agents', { abstract: 'β', aiSummary: 'γ graph', aiKeywords: ['δ'] });
    for (const topic of BUILTIN_TOPICS) compileQuery(`${topic.query} `)(greek);
    compileQuery(`"${'ω '.repeat(200)}"`)(greek);
    compileQuery('graph* OR title:hyper*')(greek);
    expect(flags).toEqual([]);
  });
});
