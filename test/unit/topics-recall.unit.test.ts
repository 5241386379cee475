/**
 * The built-in topics against the held-out part of the labelled papers (docs/topics/evaluation.md):
 * papers labelled by hand and never used to tune the definitions. Keeps recall and precision from
 * regressing, and keeps the labelled set itself sound.
 */
import { describe, expect, it } from 'vitest';
import { evaluateTopics } from '../../scripts/topics-eval/evaluate';
import { labelledPapers, splitOf } from '../../scripts/topics-eval/labelled-papers';
import { BUILTIN_TOPICS } from '../../src/topics';

const papers = labelledPapers();
const heldOut = papers.filter((paper) => splitOf(paper.id) === 'held-out');
const evaluation = evaluateTopics(BUILTIN_TOPICS, heldOut);

// Issue 12 asks for micro precision 0.90 and recall 0.85, and recall 0.70 for every topic. The
// definitions do not reach all of that yet (docs/topics/evaluation.md has the figures): these
// floors are what they reach on the held-out papers, so that a change can only make them better.
const MIN_MICRO_PRECISION = 0.83;
const MIN_MICRO_RECALL = 0.84;
const MIN_TOPIC_RECALL = 0.7;
// Topics still below 0.70, with the floor each reaches now.
const SHORT_OF_TARGET: Record<string, number> = { efficiency: 0.64, 'continual-learning': 0.57 };
// Below this many held-out papers, one miss moves recall by a third: such a topic may miss one.
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

  it('split once by id: at least a third held out, at most two thirds for tuning', () => {
    expect(heldOut.length / papers.length).toBeGreaterThanOrEqual(1 / 3);
    expect(splitOf('2603.23268')).toBe(splitOf('2603.23268'));
    // The split depends on the id alone, never on the file order.
    expect(papers.map((paper) => splitOf(paper.id))).toEqual([...papers].reverse().map((paper) => splitOf(paper.id)).reverse());
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
      if (labelled < FEW_PAPERS) expect(missed.length, missed.join('\n')).toBeLessThanOrEqual(1);
      else expect(topic.recall, missed.join('\n')).toBeGreaterThanOrEqual(floor);
    });
  }
});
