/**
 * A parsed query → a predicate over papers. Everything that does not depend on the paper happens
 * once per query string: parsing, plural forms, and the spellings of each group of alternative
 * terms in the same field. Matching a paper looks those up in the word index of its normalized
 * fields (word-index.ts), built once per paper and shared by every query; each answer is
 * remembered per paper text, so a warm isolate answers a repeated query without matching at all,
 * even across snapshot versions. A query of a few terms first asks whether their words are in the
 * paper's text at all (may-match.ts), so a rare `q` does not index every paper it turns away.
 */
import { mayMatchOf } from './may-match';
import { paperText, type MatchablePaper, type PaperText } from './paper-text';
import { parseQuery, type QueryNode, type ScoreNode, type WordsNode } from './parse';
import { ANY_FIELD, type QueryField } from './tokens';
import { countedPhrases, holdsWord, occurrences, occurs, vocabularyWord, type Phrase, type VocabularyWord } from './word-index';
import { wordForms, type Words } from './words';

/** Whether a paper matches a query. */
export type PaperMatcher = (paper: MatchablePaper) => boolean;

/** A compiled query over a paper's text. */
export type Test = (text: PaperText) => boolean;

const MAX_CACHED = 256;
const compiled = new Map<string, Compiled>();

/** A query's two matchers: one that remembers its answers per paper text, one that does not. */
interface Compiled {
  matcher: PaperMatcher;
  once: PaperMatcher;
}

/**
 * The matcher of `query`, compiled once per query string and cached (topics and shared feed
 * URLs repeat the same few queries). Throws `QuerySyntaxError` when `query` is not valid.
 */
export function compileQuery(query: string): PaperMatcher {
  return compiledQuery(query).matcher;
}

/**
 * The matcher of `query` for papers matched once (a run's new papers): the same answers as
 * `compileQuery`'s, none of them remembered. Remembering an answer that is never asked for again
 * cost more than a tenth of matching a paper against every topic.
 */
export function compileQueryOnce(query: string): PaperMatcher {
  return compiledQuery(query).once;
}

function compiledQuery(query: string): Compiled {
  const hit = compiled.get(query);
  if (hit) return hit;
  const matchers = matchersOf(parseQuery(query));
  // A bounded cache, emptied when full: it only ever needs the few queries in use.
  if (compiled.size >= MAX_CACHED) compiled.clear();
  compiled.set(query, matchers);
  return matchers;
}

/** The matcher of an already parsed query. */
export function matcherOf(node: QueryNode): PaperMatcher {
  return matchersOf(node).matcher;
}

function matchersOf(node: QueryNode): Compiled {
  if (node.kind === 'all') {
    const matchesAll = () => true;
    return { matcher: matchesAll, once: matchesAll };
  }
  const test = compileNode(node);
  const mayMatch = mayMatchOf(node);
  const matches = (text: PaperText) => (mayMatch === null || mayMatch(text)) && test(text);
  // Answers per paper text, not per paper object: they carry over to the next snapshot version.
  const answers = new WeakMap<PaperText, boolean>();
  const matcher = function matchesQuery(paper: MatchablePaper) {
    const text = paperText(paper);
    let answer = answers.get(text);
    if (answer === undefined) {
      answer = matches(text);
      answers.set(text, answer);
    }
    return answer;
  };
  return { matcher, once: (paper) => matches(paperText(paper)) };
}

/**
 * The full test of `node` over a paper's text, without the quick no of `mayMatchOf` (exported so
 * that tests can hold the two against each other).
 */
export function compileNode(node: QueryNode): Test {
  switch (node.kind) {
    case 'all':
      return () => true;
    case 'not': {
      const inner = compileNode(node.node);
      return (text) => !inner(text);
    }
    case 'and': {
      const tests = node.nodes.map(compileNode);
      return (text) => {
        for (let i = 0; i < tests.length; i++) if (!(tests[i] as Test)(text)) return false;
        return true;
      };
    }
    case 'or':
      return compileOr(node.nodes);
    case 'words':
      return wordsTest(node.field, [node]);
    case 'count':
      return countTest(node.min, node.nodes);
    case 'score':
      return scoreTest(node.min, node.nodes);
    case 'weighted':
      // The parser keeps weighted groups inside scores; on its own, one matches as its group.
      return compileNode(node.node);
  }
}

/**
 * Whether the weights of the terms of `nodes` that occur (or of the weighted groups that match),
 * each in its field and each counted once, add up to `min`. Each term is one test (a bit test for
 * a word); the heaviest are tested first, and testing stops as soon as the terms left cannot
 * change the answer.
 */
function scoreTest(min: number, nodes: readonly ScoreNode[]): Test {
  // In thousandths, as whole numbers: weights have at most three decimals, and sums of whole numbers are exact
  // (0.7 + 0.2 + 0.1 is not 1 in floating point).
  const bar = Math.round(min * 1000);
  const terms = nodes
    .map((node) => ({
      weight: Math.round((node.weight ?? 1) * 1000),
      test: node.kind === 'words' ? wordsTest(node.field, [node]) : compileNode(node.node),
    }))
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
  // What the terms from `i` on can still add at most (`gain`) and take away at most (`loss`).
  const gain = new Float64Array(terms.length + 1);
  const loss = new Float64Array(terms.length + 1);
  for (let i = terms.length - 1; i >= 0; i--) {
    const weight = terms[i]?.weight ?? 0;
    gain[i] = (gain[i + 1] ?? 0) + Math.max(weight, 0);
    loss[i] = (loss[i + 1] ?? 0) + Math.min(weight, 0);
  }
  return (text) => {
    let score = 0;
    for (let i = 0; i < terms.length; i++) {
      if (score + (loss[i] ?? 0) >= bar) return true;
      if (score + (gain[i] ?? 0) < bar) return false;
      const term = terms[i] as { weight: number; test: Test };
      if (term.test(text)) score += term.weight;
    }
    return score >= bar;
  };
}

/** Whether the terms of `nodes` occur at least `min` times in all, each in its field. */
function countTest(min: number, nodes: readonly WordsNode[]): Test {
  const byField = new Map<QueryField | null, WordsNode[]>();
  for (const node of nodes) byField.set(node.field, [...(byField.get(node.field) ?? []), node]);
  const groups = [...byField].map(([field, group]) => ({ fields: field ? [field] : ANY_FIELD, phrases: countedPhrases(phrasesOf(group)) }));
  return (text) => {
    let found = 0;
    for (const { fields, phrases } of groups) {
      for (const name of fields) {
        const { words, joined } = text.index(name);
        // The field is indexed with compounds split and joined; each reading holds every occurrence.
        const needed = min - found;
        found += Math.max(occurrences(words, phrases, needed), joined === null ? 0 : occurrences(joined, phrases, needed));
        if (found >= min) return true;
      }
    }
    return false;
  };
}

/** Alternatives: terms and phrases grouped per field into one test each, the rest as they are. */
function compileOr(nodes: readonly QueryNode[]): Test {
  const byField = new Map<QueryField | null, Alternative[]>();
  const tests: Test[] = [];
  for (const node of nodes) {
    if (node.kind !== 'words') {
      tests.push(compileNode(node));
      continue;
    }
    const group = byField.get(node.field) ?? [];
    group.push(node);
    byField.set(node.field, group);
  }
  // Word groups first: they are the cheap tests.
  tests.unshift(...[...byField].map(([field, group]) => wordsTest(field, group)));
  if (tests.length === 1) return tests[0] as Test;
  return (text) => {
    for (let i = 0; i < tests.length; i++) if ((tests[i] as Test)(text)) return true;
    return false;
  };
}

/** A term or phrase; with `prefix`, its last word need only begin a word of the text. */
interface Alternative {
  words: Words;
  prefix?: true;
}

/** Whether any of `alternatives` occurs in `field` (or, for `null`, in any field). */
function wordsTest(field: QueryField | null, alternatives: readonly Alternative[]): Test {
  const phrases = phrasesOf(alternatives);
  // Single words (most terms) are bit tests of the field's words either way it is read; every
  // form of every one of them in one list. Phrases and prefixes are looked for in each reading.
  const singles = phrases.flatMap((phrase) => (phrase.forms.length === 1 && phrase.prefix === null ? (phrase.forms[0] as VocabularyWord[]) : []));
  const longer = phrases.filter((phrase) => phrase.forms.length !== 1 || phrase.prefix !== null);
  const fields = field ? [field] : ANY_FIELD;
  // Plain loops: a learnt score runs this for each of its terms on every new paper, and a
  // callback per field and term was most of what matching allocated.
  return (text) => {
    for (let f = 0; f < fields.length; f++) {
      const index = text.index(fields[f] as QueryField);
      if (singles.length > 0 && holdsWord(index, singles)) return true;
      for (let p = 0; p < longer.length; p++) {
        const phrase = longer[p] as Phrase;
        if (occurs(index.words, phrase) || (index.joined !== null && occurs(index.joined, phrase))) return true;
      }
    }
    return false;
  };
}

/**
 * Every way `alternatives` may be spelled in a field: each word in its plural and singular forms;
 * a hyphenated alternative both split and joined. The field is indexed both with its compounds
 * split and joined, which covers every spelling. A prefix's last word begins a word of the text.
 */
function phrasesOf(alternatives: readonly Alternative[]): Phrase[] {
  const phrases = new Map<string, Phrase>();
  for (const { words, prefix } of alternatives) {
    for (const spelling of words.joined ? [words.split, words.joined] : [words.split]) {
      const phrase: Phrase = prefix
        ? { forms: spelling.slice(0, -1).map(formsOf), prefix: spelling[spelling.length - 1] ?? '' }
        : { forms: spelling.map(formsOf), prefix: null };
      phrases.set(`${prefix ? '*' : ''}${spelling.join(' ')}`, phrase);
    }
  }
  return [...phrases.values()];
}

function formsOf(word: string): VocabularyWord[] {
  return wordForms(word).map(vocabularyWord);
}
