/**
 * The evaluation as text: a table of precision and recall per topic and overall, then, per
 * topic, the papers it misses and the ones it wrongly includes.
 */
import type { Evaluation, Score } from './evaluate';

/** `evaluation` of the `part` named, as lines to print. */
export function formatEvaluation(part: string, evaluation: Evaluation): string {
  const rows = evaluation.topics.map((topic) => row(topic.slug, topic));
  const lines = [
    `Built-in topics on the ${part} part of the labelled papers (${evaluation.papers} papers)`,
    '',
    row('topic', null),
    ...rows,
    row('micro (all topics)', evaluation.micro),
  ];
  for (const topic of evaluation.topics) {
    if (topic.missed.length === 0 && topic.wronglyIncluded.length === 0) continue;
    lines.push('', `${topic.slug}:`);
    for (const paper of topic.missed) lines.push(`  missed          ${paper.id}  ${paper.title}`);
    for (const paper of topic.wronglyIncluded) lines.push(`  wrongly in     ${paper.id}  ${paper.title}`);
  }
  return lines.join('\n');
}

function row(name: string, score: Score | null): string {
  const cells = score
    ? [fraction(score.precision), fraction(score.recall), String(score.truePositives), String(score.falsePositives), String(score.falseNegatives)]
    : ['precision', 'recall', 'found', 'wrong', 'missed'];
  return `${name.padEnd(24)}${cells.map((cell) => cell.padStart(10)).join('')}`;
}

function fraction(value: number | null): string {
  return value === null ? 'n/a' : value.toFixed(2);
}
