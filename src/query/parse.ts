/**
 * The grammar of the query syntax, from tokens to a tree. Precedence, loosest first: `OR`, then
 * AND (a space, or an explicit `AND`), then `-` / `NOT`; parentheses group. A field qualifier
 * (`title:`) applies to the term, phrase or group right after it; an inner qualifier wins.
 *
 *     query   = or
 *     or      = and { "OR" and }
 *     and     = unary { ["AND"] unary }
 *     unary   = ("-" | "NOT") unary | [field] primary
 *     primary = "(" or ")" [ "{" n "}" | "{>=" t "}" | "^" w ] | ( '"' phrase '"' | term | prefix "*" ) [ "^" w ]
 *
 * A term ending in `*` is a prefix: its last word matches any word that starts with it (`graph*`
 * matches graph, graphs, graphical, graph-based). The prefix needs `MIN_PREFIX` letters or
 * digits, so that it cannot match half the vocabulary; a `*` anywhere else is an error.
 *
 * A group of alternatives followed by `{n}` is a count: its terms and phrases must occur at least
 * `n` times in all (`abstract:(grpo OR "policy gradient"){2}`), so that a subject a text keeps
 * returning to can be told from one it names in passing. Each place in a field counts once, however
 * many alternatives end there (`"language model"` inside `"large language model"`).
 *
 * A group of alternatives followed by `{>=t}` is a score: each term or phrase may carry a weight
 * (`title:mamba^3`, `abstract:"state space"^1.5`, `survey^-2`; 1 when absent), and the group
 * matches when the weights of the alternatives that occur, each counted once, add up to at least
 * `t` (`(title:mamba^3 OR abstract:"state space"^1.5 OR abstract:ssm){>=2.5}`). An alternative may
 * also be a weighted group, any query in parentheses, which adds its weight when it matches
 * (`((title:ssm -title:survey)^2 OR abstract:mamba){>=2.5}`): a hand-written rule can then count
 * as evidence beside learnt terms instead of deciding alone. A weight outside a score is an
 * error, so that it never silently means nothing.
 */
import { textWords, type Words } from './words';
import { QuerySyntaxError, tokenize, type QueryField, type Token } from './tokens';

/**
 * A parsed query. `words` is a term or phrase: its words must appear consecutively; with `prefix`,
 * the last of them need only begin a word.
 */
export type QueryNode =
  | { kind: 'all' }
  | WordsNode
  | { kind: 'not'; node: QueryNode }
  | { kind: 'and' | 'or'; nodes: QueryNode[] }
  | { kind: 'count'; min: number; nodes: WordsNode[] }
  | { kind: 'score'; min: number; nodes: ScoreNode[] }
  | WeightedNode;

/** A group that adds `weight` to a score when it matches; only an alternative of a score. */
export type WeightedNode = { kind: 'weighted'; weight: number; node: QueryNode };

/** An alternative of a score: a term or phrase, or a weighted group. */
export type ScoreNode = WordsNode | WeightedNode;

/**
 * A term or phrase in a field (`null`: any field); `weight` is what it adds to a score (only in a
 * score's group, see above).
 */
export type WordsNode = { kind: 'words'; words: Words; field: QueryField | null; prefix?: true; weight?: number };

/** The largest `{n}` of a count: far beyond any use, and keeps a typo from meaning "never". */
export const MAX_COUNT = 20;

/** The fewest letters or digits a prefix (`graph*`) may have: `gr*` would match too much to mean anything. */
export const MIN_PREFIX = 3;

/** How deeply groups and negations may nest; far beyond any real query, and keeps recursion safe. */
export const MAX_DEPTH = 32;

/** Parses `query`; throws `QuerySyntaxError` saying exactly what is wrong. `''` matches everything. */
export function parseQuery(query: string): QueryNode {
  const parser = new Parser(tokenize(query));
  if (parser.done()) return { kind: 'all' };
  const node = parser.or(null, 0);
  const extra = parser.peek();
  if (extra) throw new QuerySyntaxError(`it has an unmatched ) at character ${extra.at}`);
  return node;
}

/** Refuses a `*` that is not the one ending a term; `text` is the token's text without that one. */
function checkStars(token: { kind: 'term' | 'phrase'; text: string; at: number }, text: string): void {
  const star = text.indexOf('*');
  if (star < 0) return;
  if (token.kind === 'phrase') {
    throw new QuerySyntaxError(`the * at character ${token.at + 1 + star} is inside a "phrase"; only a term can end in * (a prefix, like graph*)`);
  }
  const where = star === 0 ? 'starts' : 'is inside';
  throw new QuerySyntaxError(`the * at character ${token.at + star} ${where} a term; only a term can end in * (a prefix, like graph*)`);
}

/** `node{n}`: refused unless `node` is terms and phrases joined by OR, and `n` is from 1 to `MAX_COUNT`. */
function countOf(node: QueryNode, count: { min: number; at: number }): QueryNode {
  if (count.min < 1 || count.min > MAX_COUNT) {
    throw new QuerySyntaxError(`{${count.min}} at character ${count.at} must count from 1 to ${MAX_COUNT}`);
  }
  const nodes = alternativesOf(node);
  const words = nodes.filter((n): n is WordsNode => n.kind === 'words');
  if (words.length !== nodes.length) throw new QuerySyntaxError(`{${count.min}} at character ${count.at} counts only terms and phrases joined by OR`);
  return { kind: 'count', min: count.min, nodes: words };
}

/** `node{>=t}`: refused unless `node` is (weighted) terms, phrases and weighted groups joined by OR. */
function scoreOf(node: QueryNode, score: { min: number; at: number }): QueryNode {
  const nodes = alternativesOf(node);
  const scored = nodes.filter((n): n is ScoreNode => n.kind === 'words' || n.kind === 'weighted');
  if (scored.length !== nodes.length) {
    throw new QuerySyntaxError(`{>=${score.min}} at character ${score.at} adds up only terms, phrases and weighted (groups)^w joined by OR`);
  }
  return { kind: 'score', min: score.min, nodes: scored };
}

/** What `node` joins by OR (itself when it is not an OR). */
function alternativesOf(node: QueryNode): QueryNode[] {
  return node.kind === 'or' ? node.nodes : [node];
}

/** A weight (of a term, phrase or group) at character `at` where no score adds it up. */
function weightOutsideScore(at: number): QuerySyntaxError {
  return new QuerySyntaxError(`the weight at character ${at} counts only in a score, a group of terms and phrases joined by OR and followed by {>=n}`);
}

/** Whether the group opening at token `open` is closed by a `)` followed by `{>=t}`. */
function scoredGroup(tokens: readonly Token[], open: number): boolean {
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    const kind = tokens[i]?.kind;
    if (kind === 'open') depth++;
    else if (kind === 'close' && --depth === 0) return tokens[i + 1]?.kind === 'score';
  }
  return false;
}

class Parser {
  private i = 0;
  // Whether the group being read is a score's, where terms may carry weights.
  private scoring = false;
  constructor(private readonly tokens: Token[]) {}

  done(): boolean {
    return this.i >= this.tokens.length;
  }

  peek(): Token | undefined {
    return this.tokens[this.i];
  }

  or(field: QueryField | null, depth: number): QueryNode {
    const nodes = [this.and(field, depth)];
    while (this.peek()?.kind === 'or') {
      const or = this.next();
      if (this.endsGroup()) throw new QuerySyntaxError(`OR at character ${or.at} has nothing after it`);
      nodes.push(this.and(field, depth));
    }
    return nodes.length === 1 ? (nodes[0] as QueryNode) : { kind: 'or', nodes: nodes.flatMap((n) => (n.kind === 'or' ? n.nodes : [n])) };
  }

  private and(field: QueryField | null, depth: number): QueryNode {
    const nodes: QueryNode[] = [];
    for (let token = this.peek(); token && token.kind !== 'or' && token.kind !== 'close'; token = this.peek()) {
      if (token.kind === 'and') {
        this.next();
        if (nodes.length === 0) throw new QuerySyntaxError(`AND at character ${token.at} has nothing before it`);
        if (this.endsGroup() || this.peek()?.kind === 'or') throw new QuerySyntaxError(`AND at character ${token.at} has nothing after it`);
        continue;
      }
      nodes.push(this.unary(field, depth));
    }
    if (nodes.length === 0) throw this.nothingHere();
    return nodes.length === 1 ? (nodes[0] as QueryNode) : { kind: 'and', nodes: nodes.flatMap((n) => (n.kind === 'and' ? n.nodes : [n])) };
  }

  private unary(field: QueryField | null, depth: number): QueryNode {
    const token = this.next();
    if (token.kind === 'not') {
      if (depth >= MAX_DEPTH) throw new QuerySyntaxError(`it nests more than ${MAX_DEPTH} levels deep at character ${token.at}`);
      if (this.endsGroup() || this.peek()?.kind === 'or' || this.peek()?.kind === 'and') {
        throw new QuerySyntaxError(`${token.text} at character ${token.at} has nothing after it`);
      }
      const node = this.unary(field, depth + 1);
      return node.kind === 'not' ? node.node : { kind: 'not', node };
    }
    if (token.kind === 'field') {
      const target = this.peek();
      if (!target || (target.kind !== 'term' && target.kind !== 'phrase' && target.kind !== 'open')) {
        throw new QuerySyntaxError(`${token.field}: at character ${token.at} must be followed by a term, a "phrase" or a (group)`);
      }
      return this.primary(this.next(), token.field, depth);
    }
    return this.primary(token, field, depth);
  }

  private primary(token: Token, field: QueryField | null, depth: number): QueryNode {
    switch (token.kind) {
      case 'open': {
        if (depth >= MAX_DEPTH) throw new QuerySyntaxError(`it nests more than ${MAX_DEPTH} levels deep at character ${token.at}`);
        if (this.peek()?.kind === 'close') throw new QuerySyntaxError(`it has empty parentheses at character ${token.at}`);
        const outer = this.scoring;
        this.scoring = scoredGroup(this.tokens, this.i - 1);
        const node = this.or(field, depth + 1);
        this.scoring = outer;
        if (this.peek()?.kind !== 'close') throw new QuerySyntaxError(`it has an unmatched ( at character ${token.at}`);
        this.next();
        const count = this.peek();
        if (count?.kind === 'weight') {
          this.next();
          if (!outer) {
            throw weightOutsideScore(count.at);
          }
          // Only an alternative of the score itself: `scoreOf` refuses one inside an AND.
          return { kind: 'weighted', weight: count.weight.value, node };
        }
        if (count?.kind !== 'count' && count?.kind !== 'score') return node;
        this.next();
        return count.kind === 'count' ? countOf(node, count) : scoreOf(node, count);
      }
      case 'count':
        throw new QuerySyntaxError(`{${token.min}} at character ${token.at} must follow a (group)`);
      case 'score':
        throw new QuerySyntaxError(`{>=${token.min}} at character ${token.at} must follow a (group)`);
      case 'term':
      case 'phrase': {
        const prefix = token.kind === 'term' && token.text.endsWith('*');
        const text = prefix ? token.text.slice(0, -1) : token.text;
        checkStars(token, text);
        const words = textWords(text);
        const { weight } = token;
        if (weight && !this.scoring) {
          throw weightOutsideScore(weight.at);
        }
        if (words.split.length === 0) {
          if (prefix) throw new QuerySyntaxError(`the prefix ${token.text} at character ${token.at} needs at least ${MIN_PREFIX} letters or digits right before the *`);
          if (token.text === '-') throw new QuerySyntaxError(`"-" at character ${token.at} must be followed by a term, a "phrase" or a (group)`);
          const shown = token.kind === 'phrase' ? `"${token.text}"` : token.text;
          throw new QuerySyntaxError(`${shown} at character ${token.at} has no letters or digits to match`);
        }
        const weighted = weight ? { weight: weight.value } : {};
        if (!prefix) return { kind: 'words', words, field, ...weighted };
        const last = words.split[words.split.length - 1] ?? '';
        if (last.length < MIN_PREFIX || !/[\p{L}\p{N}]$/u.test(text)) {
          throw new QuerySyntaxError(`the prefix ${token.text} at character ${token.at} needs at least ${MIN_PREFIX} letters or digits right before the *`);
        }
        return { kind: 'words', words, field, prefix: true, ...weighted };
      }
      case 'close':
        throw new QuerySyntaxError(`it has an unmatched ) at character ${token.at}`);
      default:
        throw new QuerySyntaxError(`${token.kind.toUpperCase()} at character ${token.at} has nothing before it`);
    }
  }

  private next(): Token {
    const token = this.tokens[this.i++];
    // Callers check for the end first; reaching it here is a parser bug, not a user error.
    if (!token) throw new Error('query parser read past the end');
    return token;
  }

  private endsGroup(): boolean {
    const token = this.peek();
    return !token || token.kind === 'close';
  }

  private nothingHere(): QuerySyntaxError {
    const token = this.peek();
    if (!token) return new QuerySyntaxError('it ends where a term was expected');
    if (token.kind === 'or') return new QuerySyntaxError(`OR at character ${token.at} has nothing before it`);
    return new QuerySyntaxError(`it has an unmatched ) at character ${token.at}`);
  }
}
