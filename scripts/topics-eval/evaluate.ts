/**
 * How well topic definitions find the papers labelled for them: per topic and over all topics
 * (micro-averaged: every paper–topic decision counts once), with the papers each topic misses
 * and the ones it wrongly includes.
 */
import type { Topic } from '../../src/topics';
import { compileQuery } from '../../src/query';
import type { LabelledPaper } from './labelled-papers';

/** Counts and lists for one topic, or for all of them together. */
export interface Score {
  /** Labelled for the topic and matched. */
  truePositives: number;
  /** Matched but not labelled for the topic. */
  falsePositives: number;
  /** Labelled for the topic but not matched. */
  falseNegatives: number;
  /** `null` when the topic matched nothing (or, for recall, has no labelled paper). */
  precision: number | null;
  recall: number | null;
}

/** A topic's score and the papers behind its errors. */
export interface TopicScore extends Score {
  slug: string;
  missed: LabelledPaper[];
  wronglyIncluded: LabelledPaper[];
}

/** Everything `npm run topics:eval` prints. */
export interface Evaluation {
  papers: number;
  topics: TopicScore[];
  micro: Score;
}

/** Scores every topic of `topics` on `papers`. */
export function evaluateTopics(topics: readonly Topic[], papers: readonly LabelledPaper[]): Evaluation {
  const scores = topics.map((topic): TopicScore => {
    const matches = compileQuery(topic.query);
    const missed: LabelledPaper[] = [];
    const wronglyIncluded: LabelledPaper[] = [];
    let truePositives = 0;
    for (const paper of papers) {
      const wanted = paper.topics.includes(topic.slug);
      const matched = matches(paper);
      if (wanted && matched) truePositives++;
      else if (wanted) missed.push(paper);
      else if (matched) wronglyIncluded.push(paper);
    }
    return { slug: topic.slug, ...score(truePositives, wronglyIncluded.length, missed.length), missed, wronglyIncluded };
  });
  const sum = (pick: (s: Score) => number) => scores.reduce((total, s) => total + pick(s), 0);
  const micro = score(sum((s) => s.truePositives), sum((s) => s.falsePositives), sum((s) => s.falseNegatives));
  return { papers: papers.length, topics: scores, micro };
}

function score(truePositives: number, falsePositives: number, falseNegatives: number): Score {
  const ratio = (part: number, whole: number) => (whole === 0 ? null : part / whole);
  return {
    truePositives,
    falsePositives,
    falseNegatives,
    precision: ratio(truePositives, truePositives + falsePositives),
    recall: ratio(truePositives, truePositives + falseNegatives),
  };
}
