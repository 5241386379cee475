/**
 * Precision of the built-in topics on words that summaries use in passing: an adverb or an
 * adjective must not put a paper in a topic it is not about, while the same word where it says
 * what the paper is (its title) still counts.
 */
import { describe, expect, it } from 'vitest';
import type { Paper } from '../../src/domain/types';
import { BUILTIN_TOPICS, topicMatcher } from '../../src/topics';

const inTopic = (slug: string, title: string, summary: string): boolean => {
  const topic = BUILTIN_TOPICS.find((t) => t.slug === slug);
  if (!topic) throw new Error(`no topic ${slug}`);
  return topicMatcher(topic)({ title, abstract: summary, aiSummary: summary, aiKeywords: [] } as unknown as Paper);
};

describe('built-in topics: passing mentions', () => {
  it.each([
    ['continual-learning', 'Self-Refine: Iterative Refinement with Self-Feedback', 'The model continually refines its own output using feedback from itself.'],
    ['efficiency', 'Grounded Visual Question Answering', 'A lightweight module links answers to image regions and improves VQA accuracy.'],
    ['efficiency', 'BenchHub: A Compilation of Reasoning Benchmarks', 'A unified compilation of 38 benchmarks for evaluating reasoning.'],
  ])('%s excludes "%s"', (slug, title, summary) => {
    expect(inTopic(slug, title, summary)).toBe(false);
  });

  it.each([
    ['continual-learning', 'Continual Pre-Training of Language Models', 'Models keep learning from new domains without forgetting old ones.'],
    ['efficiency', 'MobileViT: Light-weight, General-purpose Vision Transformer', 'A light-weight vision transformer for mobile devices.'],
    ['efficiency', 'TVM: An Automated End-to-End Optimizing Compiler for Deep Learning', 'TVM compiles models to diverse hardware back-ends.'],
  ])('%s still includes "%s"', (slug, title, summary) => {
    expect(inTopic(slug, title, summary)).toBe(true);
  });
});
