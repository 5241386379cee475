import { describe, expect, it } from 'vitest';
import { compileQuery, type MatchablePaper } from '../../src/query';

const paper = (title: string, more: Partial<MatchablePaper> = {}): MatchablePaper => ({ title, abstract: '', aiKeywords: [], ...more });
const matches = (query: string, p: MatchablePaper) => compileQuery(query)(p);

describe('query matching: whole words', () => {
  it('matches whole words, case-insensitively, never substrings', () => {
    expect(matches('graph', paper('A Graph of Papers'))).toBe(true);
    expect(matches('GRAPH', paper('a graph of papers'))).toBe(true);
    expect(matches('graph', paper('Hypergraph Projection'))).toBe(false);
    expect(matches('graph', paper('One paragraph summaries'))).toBe(false);
    expect(matches('graph', paper('Graphical models'))).toBe(false);
    expect(matches('net', paper('Hypernetworks'))).toBe(false);
    expect(matches('rl', paper('World models for control'))).toBe(false);
  });

  it('matches simple plurals and singulars both ways', () => {
    expect(matches('hypernetwork', paper('A Review of Hypernetworks'))).toBe(true);
    expect(matches('hypernetworks', paper('One hypernetwork to rule them'))).toBe(true);
    expect(matches('graph', paper('From Graphs to Hypergraphs'))).toBe(true);
    expect(matches('study', paper('Three case studies'))).toBe(true);
    expect(matches('studies', paper('An empirical study'))).toBe(true);
    expect(matches('class', paper('Unseen classes'))).toBe(true);
    expect(matches('patch', paper('Image patches'))).toBe(true);
    expect(matches('llm', paper('LLMs as judges'))).toBe(true);
    expect(matches('model', paper("The model's memory"))).toBe(true);
    // A plural is not a prefix match.
    expect(matches('graph', paper('Graphene sheets'))).toBe(false);
  });

  it('matches a prefix (graph*) against the start of any word, and only the start', () => {
    for (const title of ['A Graph of Papers', 'From Graphs to Hypergraphs', 'Graphical models', 'Graph-based planning', 'GRAPHENE sheets']) {
      expect(matches('graph*', paper(title))).toBe(true);
    }
    for (const title of ['Hypergraph Projection', 'One paragraph summaries', 'A grap of papers', 'Geography']) {
      expect(matches('graph*', paper(title))).toBe(false);
    }
    expect(matches('title:graph*', paper('Nodes', { abstract: 'graphs' }))).toBe(false);
    expect(matches('abstract:graph*', paper('Nodes', { abstract: 'Graphormer layers' }))).toBe(true);
    expect(matches('-graph*', paper('Graphical models'))).toBe(false);
    // The last word of a hyphenated prefix: either spelling.
    expect(matches('self-sup*', paper('Self-supervised pretraining'))).toBe(true);
    expect(matches('self-sup*', paper('Selfsupervision at scale'))).toBe(true);
    expect(matches('self-sup*', paper('Self-attention is supported'))).toBe(false);
    // Among alternatives of the same field, next to exact terms.
    expect(matches('title:(mamba OR hypernet*)', paper('HyperNetworks for continual learning'))).toBe(true);
    expect(matches('title:(mamba OR hypernet*)', paper('Hyper networks'))).toBe(false);
  });

  it('treats hyphens and other punctuation inside words as either spelling', () => {
    expect(matches('model-based', paper('Model based control'))).toBe(true);
    expect(matches('"model based"', paper('Model-Based Reinforcement Learning'))).toBe(true);
    expect(matches('multimodal', paper('Multi-modal pretraining'))).toBe(true);
    expect(matches('multi-modal', paper('Multimodal pretraining'))).toBe(true);
    expect(matches('hypernetwork', paper('Training a Hyper-network on the server'))).toBe(true);
    expect(matches('"state space model"', paper('State-Space Models for audio'))).toBe(true);
    expect(matches('"vision language"', paper('Vision/Language alignment'))).toBe(true);
    expect(matches('based', paper('A model-based planner'))).toBe(true);
  });

  it('ignores accents and links', () => {
    expect(matches('schrodinger', paper('The Schrödinger bridge'))).toBe(true);
    expect(matches('hypernets', paper('Hypercomplex layers', { abstract: 'Code: https://github.com/x/HyperNets.' }))).toBe(false);
    expect(matches('github', paper('x', { abstract: 'See https: //github.com/x/y for code' }))).toBe(false);
  });
});

describe('query matching: phrases', () => {
  it('matches consecutive words only, in order', () => {
    expect(matches('"link prediction"', paper('Higher-order link prediction'))).toBe(true);
    expect(matches('"link prediction"', paper('Link load prediction after failures'))).toBe(false);
    expect(matches('"link prediction"', paper('Prediction of a link'))).toBe(false);
    expect(matches('"graph neural networks"', paper('Temporal Graph Neural Network explanations'))).toBe(true);
  });

  it('does not run a phrase across two keywords', () => {
    const p = paper('x', { aiKeywords: ['graph neural networks', 'hypernetworks'] });
    expect(matches('"networks hypernetworks"', p)).toBe(false);
    expect(matches('"graph neural network"', p)).toBe(true);
  });
});

describe('query matching: operators', () => {
  const hyper = paper('A survey of hypernetworks');
  const weights = paper('Weight generation for transformers');
  const both = paper('Hypernetworks for weight generation');
  const neither = paper('Diffusion models');

  it('ANDs words separated by spaces, regardless of order', () => {
    expect(matches('hypernetwork survey', hyper)).toBe(true);
    expect(matches('survey hypernetwork', hyper)).toBe(true);
    expect(matches('hypernetwork transformer', hyper)).toBe(false);
    expect(matches('hypernetwork AND survey', hyper)).toBe(true);
  });

  it('binds AND tighter than OR, and groups with parentheses', () => {
    // a b OR c = (a AND b) OR c
    expect(matches('diffusion hypernetwork OR weight', neither)).toBe(false);
    expect(matches('diffusion hypernetwork OR weight', weights)).toBe(true);
    expect(matches('diffusion (hypernetwork OR weight)', weights)).toBe(false);
    expect(matches('survey OR diffusion model', hyper)).toBe(true);
    expect(matches('(survey OR diffusion) model', hyper)).toBe(false);
  });

  it('excludes with -term, -"phrase", -(group) and NOT', () => {
    const q = '(hypernetwork OR "weight generation") -survey';
    expect([hyper, weights, both, neither].map((p) => matches(q, p))).toEqual([false, true, true, false]);
    expect(matches('hypernetwork -"weight generation"', both)).toBe(false);
    expect(matches('-(survey OR diffusion)', weights)).toBe(true);
    expect(matches('-(survey OR diffusion)', neither)).toBe(false);
    expect(matches('NOT survey hypernetwork', both)).toBe(true);
    // NOT binds tighter than AND and OR.
    expect(matches('NOT survey OR diffusion', neither)).toBe(true);
    expect(matches('NOT survey OR diffusion', hyper)).toBe(false);
  });

  it('reads lower-case or/and/not as words', () => {
    expect(matches('survey or diffusion', hyper)).toBe(false);
    expect(matches('survey or', paper('Survey or benchmark'))).toBe(true);
  });

  it('matches everything for an empty query', () => {
    expect(matches('', neither)).toBe(true);
    expect(matches('   ', neither)).toBe(true);
  });
});

describe('query matching: fields', () => {
  const p = paper('Scaling hypernetworks', {
    abstract: 'We mention diffusion models once.',
    aiSummary: 'A study of weight generation.',
    aiKeywords: ['flow matching'],
  });

  it('looks in title, abstract, summary and keywords without a qualifier', () => {
    for (const q of ['hypernetwork', 'diffusion', '"weight generation"', '"flow matching"']) expect(matches(q, p)).toBe(true);
  });

  it('restricts a term, phrase or group to one field with a qualifier', () => {
    expect(matches('title:hypernetwork', p)).toBe(true);
    expect(matches('title:diffusion', p)).toBe(false);
    expect(matches('abstract:diffusion', p)).toBe(true);
    expect(matches('summary:"weight generation"', p)).toBe(true);
    expect(matches('keywords:"flow matching"', p)).toBe(true);
    expect(matches('keywords:hypernetwork', p)).toBe(false);
    expect(matches('title:(diffusion OR scaling)', p)).toBe(true);
    expect(matches('title:(diffusion OR abstract:diffusion)', p)).toBe(true);
    expect(matches('Title:hypernetworks -abstract:diffusion', p)).toBe(false);
  });
});

describe('query matching: counts', () => {
  it('needs the terms of a counted group to occur at least that often in all, in their fields', () => {
    const rl = 'abstract:("reinforcement learning" OR grpo OR "policy gradient"){2}';
    expect(matches(rl, paper('x', { abstract: 'We train with reinforcement learning and compare GRPO.' }))).toBe(true);
    expect(matches(rl, paper('x', { abstract: 'Reinforcement learning twice: reinforcement learning.' }))).toBe(true);
    expect(matches(rl, paper('x', { abstract: 'Trained with reinforcement learning, then evaluated.' }))).toBe(false);
    expect(matches(rl, paper('GRPO', { abstract: 'We study GRPO.' }))).toBe(false);
    expect(matches('(grpo){2}', paper('GRPO', { abstract: 'We study GRPO.' }))).toBe(true);
    expect(matches('(grpo OR abstract:ppo){2}', paper('GRPO', { abstract: 'and PPO' }))).toBe(true);
  });

  it('counts a place once, however many alternatives end there, and each spelling of a compound once', () => {
    const lm = 'abstract:("language model" OR "large language model"){2}';
    expect(matches(lm, paper('x', { abstract: 'A large language model.' }))).toBe(false);
    expect(matches(lm, paper('x', { abstract: 'A large language model and a small language model.' }))).toBe(true);
    expect(matches('abstract:(multi-agent){2}', paper('x', { abstract: 'A multi-agent system.' }))).toBe(false);
    expect(matches('abstract:(multi-agent){2}', paper('x', { abstract: 'Multi-agent, multiagent and multi agent.' }))).toBe(true);
    expect(matches('abstract:(graph*){3}', paper('x', { abstract: 'Graphs, graphical and graph-based.' }))).toBe(true);
    expect(matches('abstract:(graph*){3}', paper('x', { abstract: 'Graphs and graphical.' }))).toBe(false);
  });
});

describe('query matching: scores', () => {
  const ssm = '(title:mamba^3 OR abstract:"state space"^1.5 OR abstract:ssm OR title:survey^-2){>=2.5}';

  it('adds up the weights of the terms that occur, each in its field and each once', () => {
    expect(matches(ssm, paper('Mamba for vision'))).toBe(true);
    expect(matches(ssm, paper('A model', { abstract: 'A state space model (SSM) for audio.' }))).toBe(true);
    expect(matches(ssm, paper('A model', { abstract: 'A state space model for state space lovers.' }))).toBe(false);
    expect(matches(ssm, paper('A model', { abstract: 'SSMs and SSMs and SSMs.' }))).toBe(false);
    // In the wrong field a term adds nothing.
    expect(matches(ssm, paper('State space SSM', { abstract: 'Mamba.' }))).toBe(false);
    // A negative weight takes away.
    expect(matches(ssm, paper('Mamba: a survey'))).toBe(false);
    expect(matches(ssm, paper('Mamba: a survey', { abstract: 'State space models (SSMs).' }))).toBe(true);
  });

  it('reaches the threshold exactly, whatever the order the weights are added in', () => {
    const tenths = '(a^0.1 OR b^0.2 OR c^0.3 OR d^-0.1){>=0.6}';
    expect(matches(tenths, paper('a b c'))).toBe(true);
    expect(matches(tenths, paper('a b c d'))).toBe(false);
    expect(matches(tenths, paper('b c'))).toBe(false);
    // In floating point 0.7 + 0.2 + 0.1 falls short of 1.
    expect(matches('(a^0.7 OR b^0.2 OR c^0.1){>=1}', paper('a b c'))).toBe(true);
    expect(matches('(a OR b OR c){>=2}', paper('c a'))).toBe(true);
    expect(matches('(a OR b OR c){>=2}', paper('c'))).toBe(false);
  });

  it('combines with the other operators, and reads spellings as any term does', () => {
    expect(matches(`${ssm} OR title:rnn`, paper('An RNN'))).toBe(true);
    expect(matches(`${ssm} -title:vision`, paper('Mamba for vision'))).toBe(false);
    expect(matches('(title:"multi-modal"^2 OR title:model*^1){>=3}', paper('Multimodal modelling'))).toBe(true);
    expect(matches('(title:"multi-modal"^2 OR title:model*^1){>=3}', paper('Multimodal'))).toBe(false);
  });

  it('adds the weight of a (group)^w when the whole group matches', () => {
    // A rule worth 2 of the 3 needed: it matches only with some word of the score's own.
    const ruled = '((title:ssm -title:survey)^2 OR abstract:mamba OR abstract:recurrent^0.5 OR abstract:benchmark^-1){>=3}';
    expect(matches(ruled, paper('An SSM', { abstract: 'Mamba layers.' }))).toBe(true);
    expect(matches(ruled, paper('An SSM', { abstract: 'Nothing else.' }))).toBe(false);
    expect(matches(ruled, paper('An SSM survey', { abstract: 'Mamba layers.' }))).toBe(false);
    expect(matches(ruled, paper('An SSM', { abstract: 'Mamba, recurrent, a benchmark.' }))).toBe(false);
    // Without the rule the words must carry the whole score.
    expect(matches(ruled, paper('A model', { abstract: 'Mamba and recurrent layers.' }))).toBe(false);
    expect(matches('((title:ssm)^2 OR abstract:mamba^3){>=3}', paper('A model', { abstract: 'Mamba.' }))).toBe(true);
    // A negative group takes away.
    expect(matches('((title:survey)^-5 OR title:mamba^3){>=3}', paper('Mamba: a survey'))).toBe(false);
  });
});
