/**
 * `npm run topics:eval`: the built-in topics on the held-out part of the labelled papers
 * (`-- --part tuning` for the tuning part, `-- --part all` for both).
 */
import { BUILTIN_TOPICS } from '../../src/topics';
import { evaluateTopics } from './evaluate';
import { labelledPapers, splitOf } from './labelled-papers';
import { formatEvaluation } from './report';

const PARTS = ['held-out', 'tuning', 'all'] as const;

/** Prints the evaluation of the part named by `--part` (held-out when absent) of `papers` (JSON lines). */
export function main(argv: readonly string[], papers: string): void {
  const at = argv.indexOf('--part');
  const part = at >= 0 ? argv[at + 1] : 'held-out';
  if (!PARTS.includes(part as (typeof PARTS)[number])) {
    throw new Error(`--part must be one of ${PARTS.join(', ')}, got ${String(part)}`);
  }
  const chosen = labelledPapers(papers).filter((paper) => part === 'all' || splitOf(paper.id) === part);
  console.log(formatEvaluation(part as string, evaluateTopics(BUILTIN_TOPICS, chosen)));
}
