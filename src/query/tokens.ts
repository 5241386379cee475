/**
 * The lexical layer of the query syntax: a query string → tokens with their positions, so that
 * every syntax error can point at the character at fault. Upper-case `OR`, `AND` and `NOT` are
 * operators; in any other case they are ordinary words.
 */

/** Where a term may match; a term without a field matches any of them. */
export type QueryField = 'title' | 'abstract' | 'summary' | 'keywords';
export const QUERY_FIELDS: readonly QueryField[] = ['title', 'abstract', 'summary', 'keywords'];
/** Where an unqualified term is looked for; short fields first, so most hits are found early. */
export const ANY_FIELD: readonly QueryField[] = ['title', 'summary', 'keywords', 'abstract'];

/** One token; `at` is the 1-based character position in the query, for error messages. */
export type Token =
  | { kind: 'term' | 'phrase'; text: string; at: number; weight?: Weight }
  | { kind: 'field'; field: QueryField; at: number }
  | { kind: 'not'; text: '-' | 'NOT'; at: number }
  | { kind: 'count'; min: number; at: number }
  | { kind: 'score'; min: number; at: number }
  | { kind: 'weight'; weight: Weight; at: number }
  | { kind: 'open' | 'close' | 'or' | 'and'; at: number };

/** `^w` right after a term or phrase: what it adds to a score (see parse.ts); `at` is where the `^` is. */
export interface Weight {
  value: number;
  at: number;
}

/** The query is not in the syntax; the message says what is wrong and where. */
export class QuerySyntaxError extends Error {
  override name = 'QuerySyntaxError';
}

// Characters XML cannot carry (the query is echoed in feed titles) and lone surrogates.
const FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const WHITESPACE = /\s/;
const OPERATORS: Record<string, Token> = {
  OR: { kind: 'or', at: 0 },
  AND: { kind: 'and', at: 0 },
  NOT: { kind: 'not', text: 'NOT', at: 0 },
};
// `{n}` right after a closing parenthesis: how often the group's terms must occur.
const COUNT = /^\{([0-9]{1,3})\}/;
// `{>=t}` right after a closing parenthesis: the score the group's weighted terms must reach.
const SCORE = /^\{>=([^{}()\s]*)\}/;
// `^w` right after a closing parenthesis: the group's weight in a score.
const GROUP_WEIGHT = /^\^[^\s()"]*/;
// `^w` ending a term or phrase: its weight in a score. Anything after `^` that starts like a
// number must be one; `a^b` stays an ordinary word, as it always was.
const WEIGHT = /\^(-?[0-9.][^\s()"]*)$/;
const NUMBER = /^-?[0-9]{1,4}(?:\.[0-9]{1,3})?$/;
// `name:` at the start of a bare word: a field qualifier when `name` is a field.
const QUALIFIER = /^([A-Za-z]+):/;

/** Splits `query` into tokens; throws `QuerySyntaxError` on an unmatched quote or bad character. */
export function tokenize(query: string): Token[] {
  const bad = FORBIDDEN.exec(query);
  if (bad) {
    const code = (bad[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
    throw new QuerySyntaxError(`it contains the control character U+${code} at character ${bad.index + 1}`);
  }
  const tokens: Token[] = [];
  let i = 0;
  while (i < query.length) {
    const c = query[i] ?? '';
    const at = i + 1;
    if (WHITESPACE.test(c)) {
      i++;
    } else if (c === '(' || c === ')') {
      tokens.push({ kind: c === '(' ? 'open' : 'close', at });
      i++;
      // `(…){2}`: the group's terms must occur at least twice; `(…){>=2.5}`: their weights must
      // add up to 2.5 (see parse.ts).
      const count = c === ')' ? COUNT.exec(query.slice(i)) : null;
      const score = c === ')' && !count ? SCORE.exec(query.slice(i)) : null;
      // `(…)^2`: inside a score, the group adds 2 when it matches (see parse.ts).
      const grouped = c === ')' && !count && !score ? GROUP_WEIGHT.exec(query.slice(i)) : null;
      const weight = grouped ? weightOf(grouped[0], i + 1) : undefined;
      if (weight) {
        tokens.push({ kind: 'weight', weight, at: i + 1 });
        i += grouped?.[0].length ?? 0;
      } else if (count) {
        tokens.push({ kind: 'count', min: Number(count[1]), at: i + 1 });
        i += count[0].length;
      } else if (score) {
        tokens.push({ kind: 'score', min: threshold(score[1] ?? '', i + 1), at: i + 1 });
        i += score[0].length;
      }
    } else if (c === '"') {
      const end = query.indexOf('"', i + 1);
      if (end < 0) throw new QuerySyntaxError(`it has an unmatched " at character ${at}`);
      i = end + 1;
      // `"a phrase"^1.5`: the weight follows the closing quote.
      let tail = i;
      while (tail < query.length && !/[\s()"]/.test(query[tail] ?? ' ')) tail++;
      const weight = query[i] === '^' ? weightOf(query.slice(i, tail), i + 1) : undefined;
      if (weight === undefined) {
        tokens.push({ kind: 'phrase', text: query.slice(at, end), at });
      } else {
        tokens.push({ kind: 'phrase', text: query.slice(at, end), at, weight });
        i = tail;
      }
    } else if (c === '-' && i + 1 < query.length && !WHITESPACE.test(query[i + 1] ?? ' ') && query[i + 1] !== ')') {
      // A leading minus excludes what follows it; inside a word (`model-based`) it is a hyphen.
      tokens.push({ kind: 'not', text: '-', at });
      i++;
    } else {
      let end = i;
      while (end < query.length && !/[\s()"]/.test(query[end] ?? ' ')) end++;
      i = end;
      pushWord(tokens, query.slice(at - 1, end), at);
    }
  }
  return tokens;
}

function pushWord(tokens: Token[], word: string, at: number): void {
  const operator = OPERATORS[word];
  if (operator) {
    tokens.push({ ...operator, at });
    return;
  }
  const qualifier = QUALIFIER.exec(word);
  if (!qualifier) {
    pushTerm(tokens, word, at);
    return;
  }
  const name = (qualifier[1] ?? '').toLowerCase();
  if (!(QUERY_FIELDS as readonly string[]).includes(name)) {
    throw new QuerySyntaxError(
      `it has the unknown field "${qualifier[0]}" at character ${at}; the fields are ${QUERY_FIELDS.map((f) => `${f}:`).join(', ')}`,
    );
  }
  tokens.push({ kind: 'field', field: name as QueryField, at });
  const rest = word.slice(qualifier[0].length);
  // `title:word`; `title:"a phrase"` and `title:(…)` continue with the next token.
  if (rest !== '') pushTerm(tokens, rest, at + qualifier[0].length);
}

/** A bare term, its weight (`mamba^3`) split off. */
function pushTerm(tokens: Token[], word: string, at: number): void {
  const weighted = WEIGHT.exec(word);
  if (!weighted) {
    tokens.push({ kind: 'term', text: word, at });
    return;
  }
  const weight = weightOf(weighted[0], at + weighted.index);
  tokens.push(weight ? { kind: 'term', text: word.slice(0, weighted.index), at, weight } : { kind: 'term', text: word, at });
}

/** `^w` at character `at` as a weight; `undefined` when it does not start like a number. */
function weightOf(text: string, at: number): Weight | undefined {
  const number = text.slice(1);
  if (!/^-?[0-9.]/.test(number)) return undefined;
  if (!NUMBER.test(number)) {
    throw new QuerySyntaxError(`the weight ${text} at character ${at} must be a number of at most four digits and three decimals, like ^2, ^0.5 or ^-1.5`);
  }
  return { value: Number(number), at };
}

/** The `t` of `{>=t}` at character `at`: a number above 0. */
function threshold(text: string, at: number): number {
  if (!NUMBER.test(text) || !(Number(text) > 0)) {
    throw new QuerySyntaxError(`{>=${text}} at character ${at} needs a score above 0, of at most four digits and three decimals, like {>=2.5}`);
  }
  return Number(text);
}
