/**
 * The features a learnt score may use: a word or a two-word phrase, in the title or in the
 * abstract, present or absent. Whether a paper has a feature is decided by the query matcher
 * itself (`title:word`, `abstract:"two words"`), so that what is learnt is exactly what the
 * score query will match: plurals, hyphenated spellings and links as every query reads them.
 */
import { matcherOf, parseQuery, textWords, type MatchablePaper } from '../../src/query';

/** A term of a score: `text` is a word or two words (a phrase) in `field`. */
export interface Feature {
  field: 'title' | 'abstract';
  text: string;
}

/** The papers as rows of feature numbers, and the features they are numbered in. */
export interface FeatureMatrix {
  features: Feature[];
  /** Per paper, the numbers of the features it has, ascending. */
  rows: Int32Array[];
}

/** The fewest papers a feature must occur in to be a candidate: rarer ones cannot be learnt. */
export const MIN_PAPERS = 3;

// Words too common to say anything about an area, as words and as either end of a phrase.
const STOPWORDS = new Set(
  (
    'a an the of and or in on for to with by from as at is are be been being was were this that these those it its we our ' +
    'us they their which while can could may might will would should than then also into via not no but such both each ' +
    'more most other over under between through about across using based new two one three first show shows shown how ' +
    'what when where whether has have had do does done up out only all any some same very'
  ).split(' '),
);

/** `query` for one feature. */
export function featureQuery(feature: Feature): string {
  return feature.text.includes(' ') ? `${feature.field}:"${feature.text}"` : `${feature.field}:${feature.text}`;
}

/**
 * The candidate features of `papers` (words and two-word phrases of titles and abstracts met in
 * at least `MIN_PAPERS` papers), each paper's features, and one feature per distinct set of
 * papers (`model` and `models` match the same papers: the shorter is kept).
 */
export function featureMatrix(papers: readonly MatchablePaper[]): FeatureMatrix {
  const seen = new Map<string, number>();
  for (const paper of papers) {
    for (const feature of candidatesOf(paper)) seen.set(feature, (seen.get(feature) ?? 0) + 1);
  }
  const candidates = [...seen]
    .filter(([, count]) => count >= MIN_PAPERS)
    .map(([key]) => {
      const [field, text] = key.split('\u0000') as ['title' | 'abstract', string];
      return { field, text };
    })
    // Shorter texts first, so that of two features matching the same papers the shorter stays.
    .sort((a, b) => a.field.localeCompare(b.field) || a.text.length - b.text.length || a.text.localeCompare(b.text));
  const features: Feature[] = [];
  const columns: number[][] = [];
  const byPapers = new Set<string>();
  for (const feature of candidates) {
    // The matcher is dropped after use: its remembered answers would fill memory.
    const matches = matcherOf(parseQuery(featureQuery(feature)));
    const column: number[] = [];
    papers.forEach((paper, i) => {
      if (matches(paper)) column.push(i);
    });
    const key = `${feature.field}:${column.join(',')}`;
    if (column.length < MIN_PAPERS || byPapers.has(key)) continue;
    byPapers.add(key);
    features.push(feature);
    columns.push(column);
  }
  const rows = papers.map(() => [] as number[]);
  columns.forEach((column, j) => column.forEach((i) => rows[i]?.push(j)));
  return { features, rows: rows.map((row) => Int32Array.from(row)) };
}

/** The distinct `field\0text` candidates of one paper. */
function candidatesOf(paper: MatchablePaper): Set<string> {
  const found = new Set<string>();
  for (const field of ['title', 'abstract'] as const) {
    const words = textWords(field === 'title' ? paper.title : paper.abstract);
    for (const spelling of words.joined ? [words.split, words.joined] : [words.split]) {
      spelling.forEach((word, i) => {
        if (!usable(word)) return;
        found.add(`${field}\u0000${word}`);
        const next = spelling[i + 1];
        if (next !== undefined && usable(next)) found.add(`${field}\u0000${word} ${next}`);
      });
    }
  }
  return found;
}

function usable(word: string): boolean {
  return word.length > 1 && !STOPWORDS.has(word) && !/^[0-9]+$/.test(word);
}
