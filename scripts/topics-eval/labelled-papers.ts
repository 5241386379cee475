/**
 * The hand-labelled papers of `test/fixtures/topics/papers.jsonl` (see docs/topics/evaluation.md)
 * and their one fixed split into a tuning part and a held-out part.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { MatchablePaper } from '../../src/query';

/** One labelled paper: its text as the topics read it, where it came from, and its topics. */
export interface LabelledPaper extends MatchablePaper {
  id: string;
  source: string;
  /** Every built-in topic whose readers would want the paper (docs/topics/guidelines.md). */
  topics: string[];
}

/** Which part of the labelled set a paper is in; decided by its id alone, once and for all. */
export type Split = 'tuning' | 'held-out';

const PAPERS_URL = new URL('../../test/fixtures/topics/papers.jsonl', import.meta.url);

/** Every labelled paper, in file order. */
export function labelledPapers(text = readFileSync(PAPERS_URL, 'utf8')): LabelledPaper[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as LabelledPaper);
}

/**
 * The part `id` belongs to: held-out for two ids in five by the SHA-256 of the id (40%), tuning
 * for the rest. A hash, not the file order, so that adding papers never moves old ones.
 */
export function splitOf(id: string): Split {
  const bucket = Number.parseInt(createHash('sha256').update(id).digest('hex').slice(0, 8), 16) % 5;
  return bucket < 2 ? 'held-out' : 'tuning';
}
