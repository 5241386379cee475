/** The generated src/topics/builtin-scores.ts, as text: stable order, a few terms per line. */
import type { LearntScore } from '../../src/topics/learnt-score';

const WIDTH = 110;

/** The file's text for `scores` by topic slug, in the order given. */
export function formatScores(scores: Readonly<Record<string, LearntScore>>): string {
  const lines = [
    '/**',
    ' * The learnt scores of the built-in topics (docs/topics.md, "A learnt score"): per topic, title',
    ' * and abstract terms with weights, the sum of weights a paper must reach, and whether the score',
    ' * stands alone or beside the hand-written rule. GENERATED from the tuning part of',
    ' * test/fixtures/topics/papers.jsonl by `node scripts/topics-train.mjs`: retrain, do not edit.',
    ' */',
    "import type { LearntScore } from './learnt-score';",
    '',
    '/** Learnt scores by topic slug; a topic without one keeps its rule alone. */',
    'export const LEARNT_SCORES: Readonly<Record<string, LearntScore>> = {',
  ];
  for (const [slug, score] of Object.entries(scores)) {
    if (score.use === 'rule') continue;
    lines.push(`  '${slug}': {`, `    use: '${score.use}',`, `    threshold: ${score.threshold},`, '    terms: [');
    let line = '     ';
    for (const term of score.terms) {
      const item = ` '${term.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}',`;
      if (line.length + item.length > WIDTH) {
        lines.push(line);
        line = '     ';
      }
      line += item;
    }
    if (line.trim() !== '') lines.push(line);
    lines.push('    ],', '  },');
  }
  lines.push('};', '');
  return lines.join('\n');
}
