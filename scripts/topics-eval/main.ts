/**
 * `npm run topics:eval`: the built-in topics on the held-out part of the labelled papers
 * (`-- --part tuning` for the tuning part, `-- --part all` for both). `-- --sample` keeps the
 * papers one split chose: `arxiv` (arXiv listings) or `pool` (the Hugging Face archive's remaining
 * papers), held out; `arxiv-2`, `arxiv-3` and `arxiv-4` (the second, third and fourth draws of arXiv
 * listings: a third held out, the rest tuning); `random` or `title`, the second split's, tuning papers
 * now (use them with `--part tuning`).
 */
import { BUILTIN_TOPICS } from '../../src/topics';
import { evaluateTopics } from './evaluate';
import { type LabelledPaper, labelledPapers } from './labelled-papers';
import { formatEvaluation } from './report';

const PARTS = ['held-out', 'tuning', 'all'] as const;
const SAMPLES = ['arxiv', 'arxiv-2', 'arxiv-3', 'arxiv-4', 'pool', 'random', 'title'] as const;

/** Prints the evaluation of the part named by `--part` (held-out when absent) of `papers` (JSON lines). */
export function main(argv: readonly string[], papers: string): void {
  const part = option(argv, '--part', PARTS) ?? 'held-out';
  const sample = option(argv, '--sample', SAMPLES);
  const chosen = labelledPapers(papers).filter(
    (paper) => (part === 'all' || paper.split === part) && (sample === undefined || sampledBy(paper, sample)),
  );
  const name = sample === undefined ? part : `${part} (${sample} sample)`;
  console.log(formatEvaluation(name, evaluateTopics(BUILTIN_TOPICS, chosen)));
}

function option<T extends string>(argv: readonly string[], flag: string, allowed: readonly T[]): T | undefined {
  const at = argv.indexOf(flag);
  if (at < 0) return undefined;
  const value = argv[at + 1];
  if (!allowed.includes(value as T)) throw new Error(`${flag} must be one of ${allowed.join(', ')}, got ${String(value)}`);
  return value as T;
}

function sampledBy(paper: LabelledPaper, sample: (typeof SAMPLES)[number]): boolean {
  return sample === 'title' ? (paper.sample ?? '').startsWith('title:') : paper.sample === sample;
}
