/**
 * The hand-labelled papers of `test/fixtures/topics/papers.jsonl` (see docs/topics/evaluation.md)
 * and their split into a tuning part and a held-out part.
 */
import { readFileSync } from 'node:fs';
import type { MatchablePaper } from '../../src/query';

/** Which part of the labelled set a paper is in (docs/topics/evaluation.md, "The split"). */
export type Split = 'tuning' | 'held-out';

/** One labelled paper: its text as the topics read it, where it came from, its topics and its part. */
export interface LabelledPaper extends MatchablePaper {
  id: string;
  source: string;
  /** Every built-in topic whose readers would want the paper (docs/topics/guidelines.md). */
  topics: string[];
  /**
   * Written beside the labels when the paper was labelled, never changed afterwards, so that
   * adding papers never moves old ones. Held out are the papers labelled after the definitions
   * were tuned (docs/topics/evaluation.md, "The split").
   */
  split: Split;
  /**
   * How a paper held out by a split was chosen: held out now, `arxiv` (from arXiv listings, by a
   * hash of its id) or `pool` (every paper of the Hugging Face archive not labelled before);
   * `arxiv-2`, `arxiv-3` and `arxiv-4`, later draws of arXiv listings, a third of each held out and
   * the rest tuning (the rules were never written on `arxiv-4`'s tuning papers); for
   * papers an earlier split held out and that are tuning papers since, `random` (by a hash of its
   * id) or `title:<topic>` (its title has words of a rare topic's area). Absent on the others.
   * See docs/topics/evaluation.md.
   */
  sample?: string;
}

const PAPERS_URL = new URL('../../test/fixtures/topics/papers.jsonl', import.meta.url);
const SPLITS: readonly string[] = ['tuning', 'held-out'] satisfies Split[];

/** Every labelled paper, in file order; throws on a paper without a valid part. */
export function labelledPapers(text = readFileSync(PAPERS_URL, 'utf8')): LabelledPaper[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const paper = JSON.parse(line) as LabelledPaper;
      if (!SPLITS.includes(paper.split)) throw new Error(`paper ${paper.id}: split must be one of ${SPLITS.join(', ')}`);
      return paper;
    });
}
