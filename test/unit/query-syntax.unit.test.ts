import { describe, expect, it } from 'vitest';
import { MAX_COUNT, MAX_DEPTH, parseQuery, QuerySyntaxError } from '../../src/query';

function errorOf(query: string): string {
  try {
    parseQuery(query);
  } catch (error) {
    expect(error).toBeInstanceOf(QuerySyntaxError);
    return (error as Error).message;
  }
  throw new Error(`${query} parsed`);
}

describe('query syntax errors', () => {
  it('points at unbalanced quotes and parentheses', () => {
    expect(errorOf('"weight generation')).toBe('it has an unmatched " at character 1');
    expect(errorOf('a "b" "c')).toBe('it has an unmatched " at character 7');
    expect(errorOf('(a OR b')).toBe('it has an unmatched ( at character 1');
    expect(errorOf('a OR b)')).toBe('it has an unmatched ) at character 7');
    expect(errorOf('((a) b')).toBe('it has an unmatched ( at character 1');
    expect(errorOf(')a(')).toBe('it has an unmatched ) at character 1');
  });

  it('refuses operators without operands and empty groups', () => {
    expect(errorOf('OR a')).toBe('OR at character 1 has nothing before it');
    expect(errorOf('a OR')).toBe('OR at character 3 has nothing after it');
    expect(errorOf('a OR OR b')).toBe('OR at character 6 has nothing before it');
    expect(errorOf('a AND')).toBe('AND at character 3 has nothing after it');
    expect(errorOf('AND a')).toBe('AND at character 1 has nothing before it');
    expect(errorOf('a NOT')).toBe('NOT at character 3 has nothing after it');
    expect(errorOf('a -')).toBe('"-" at character 3 must be followed by a term, a "phrase" or a (group)');
    expect(errorOf('a ()')).toBe('it has empty parentheses at character 3');
    expect(errorOf('(a -)')).toBe('"-" at character 4 must be followed by a term, a "phrase" or a (group)');
  });

  it('refuses terms with nothing to match, unknown fields and control characters', () => {
    expect(errorOf('a ""')).toBe('"" at character 3 has no letters or digits to match');
    expect(errorOf('&&')).toBe('&& at character 1 has no letters or digits to match');
    expect(errorOf('author:hinton')).toBe('it has the unknown field "author:" at character 1; the fields are title:, abstract:, summary:, keywords:');
    expect(errorOf('a title:')).toBe('title: at character 3 must be followed by a term, a "phrase" or a (group)');
    expect(errorOf('title: OR a')).toBe('title: at character 1 must be followed by a term, a "phrase" or a (group)');
    expect(errorOf('a\u0000b')).toBe('it contains the control character U+0000 at character 2');
  });

  it('refuses a * anywhere but at the end of a term of at least three letters, saying where', () => {
    expect(errorOf('gr*')).toBe('the prefix gr* at character 1 needs at least 3 letters or digits right before the *');
    expect(errorOf('a title:gr*')).toBe('the prefix gr* at character 9 needs at least 3 letters or digits right before the *');
    expect(errorOf('a *')).toBe('the prefix * at character 3 needs at least 3 letters or digits right before the *');
    expect(errorOf('self-s*')).toBe('the prefix self-s* at character 1 needs at least 3 letters or digits right before the *');
    expect(errorOf('graph-*')).toBe('the prefix graph-* at character 1 needs at least 3 letters or digits right before the *');
    expect(errorOf('a *graph')).toBe('the * at character 3 starts a term; only a term can end in * (a prefix, like graph*)');
    expect(errorOf('gra*ph')).toBe('the * at character 4 is inside a term; only a term can end in * (a prefix, like graph*)');
    expect(errorOf('graph**')).toBe('the * at character 6 is inside a term; only a term can end in * (a prefix, like graph*)');
    expect(errorOf('a "graph* model"')).toBe('the * at character 9 is inside a "phrase"; only a term can end in * (a prefix, like graph*)');
    expect(errorOf('(graph*')).toBe('it has an unmatched ( at character 1');
  });

  it('limits nesting', () => {
    expect(() => parseQuery(`${'('.repeat(MAX_DEPTH)}a${')'.repeat(MAX_DEPTH)}`)).not.toThrow();
    expect(errorOf(`${'('.repeat(MAX_DEPTH + 1)}a${')'.repeat(MAX_DEPTH + 1)}`)).toMatch(/nests more than 32 levels/);
    expect(errorOf(`${'-'.repeat(40)}a`)).toMatch(/nests more than 32 levels/);
  });
});

describe('query syntax errors: counts', () => {
  it('refuses a count that does not follow a group of alternatives, or is out of range, saying where', () => {
    expect(errorOf('(a b){2}')).toBe('{2} at character 6 counts only terms and phrases joined by OR');
    expect(errorOf('(a OR -b){2}')).toBe('{2} at character 10 counts only terms and phrases joined by OR');
    expect(errorOf('(a OR (b c)){2}')).toBe('{2} at character 13 counts only terms and phrases joined by OR');
    expect(errorOf('(a){0}')).toBe(`{0} at character 4 must count from 1 to ${MAX_COUNT}`);
    expect(errorOf(`(a){${MAX_COUNT + 1}}`)).toBe(`{${MAX_COUNT + 1}} at character 4 must count from 1 to ${MAX_COUNT}`);
  });
});

describe('query syntax trees', () => {
  it('marks a term ending in * as a prefix, in any field and under NOT', () => {
    expect(parseQuery('graph*')).toEqual({ kind: 'words', words: { split: ['graph'], joined: null }, field: null, prefix: true });
    expect(parseQuery('title:Self-Sup*')).toEqual({ kind: 'words', words: { split: ['self', 'sup'], joined: ['selfsup'] }, field: 'title', prefix: true });
    expect(parseQuery('-graph*')).toMatchObject({ kind: 'not', node: { kind: 'words', prefix: true } });
    expect(parseQuery('graph')).not.toHaveProperty('prefix');
  });

  it('gives AND precedence over OR, and NOT over both', () => {
    const kinds = (query: string) => JSON.stringify(parseQuery(query), (key, value) => (key === 'words' ? value.split.join(' ') : key === 'field' && value === null ? undefined : value));
    expect(kinds('a b OR c')).toBe(kinds('(a b) OR c'));
    expect(kinds('a OR b c')).toBe(kinds('a OR (b c)'));
    expect(kinds('-a b')).toBe(kinds('(-a) b'));
    expect(kinds('a AND b OR -c')).toBe(kinds('(a b) OR (NOT c)'));
    expect(kinds('--a')).toBe(kinds('a'));
    expect(parseQuery('a b OR c')).toMatchObject({ kind: 'or', nodes: [{ kind: 'and' }, { kind: 'words' }] });
  });

  it('applies a field to the term, phrase or group after it; inner fields win', () => {
    expect(parseQuery('title:(a OR abstract:b) c')).toMatchObject({
      kind: 'and',
      nodes: [{ kind: 'or', nodes: [{ field: 'title' }, { field: 'abstract' }] }, { field: null }],
    });
    expect(parseQuery('title: a')).toMatchObject({ kind: 'words', field: 'title' });
    expect(parseQuery('keywords:"flow matching"')).toMatchObject({ kind: 'words', field: 'keywords', words: { split: ['flow', 'matching'] } });
  });

  it('reads {n} right after a group as a count of its terms and phrases, fields kept', () => {
    expect(parseQuery('abstract:(rl OR "policy gradient" OR title:grpo){2}')).toMatchObject({
      kind: 'count',
      min: 2,
      nodes: [
        { kind: 'words', field: 'abstract', words: { split: ['rl'] } },
        { kind: 'words', field: 'abstract', words: { split: ['policy', 'gradient'] } },
        { kind: 'words', field: 'title', words: { split: ['grpo'] } },
      ],
    });
    expect(parseQuery('(graph*){3} -survey')).toMatchObject({ kind: 'and', nodes: [{ kind: 'count', min: 3, nodes: [{ prefix: true }] }, { kind: 'not' }] });
    // Only right after a closing parenthesis: elsewhere braces are punctuation, as before.
    expect(parseQuery('(a) {2}')).toMatchObject({ kind: 'and', nodes: [{ kind: 'words' }, { kind: 'words', words: { split: ['2'] } }] });
  });
});

describe('query syntax: scores', () => {
  it('reads {>=t} right after a group as a score of its weighted terms and phrases, fields kept', () => {
    expect(parseQuery('(title:mamba^3 OR abstract:"state space"^1.5 OR ssm OR survey^-2){>=2.5}')).toMatchObject({
      kind: 'score',
      min: 2.5,
      nodes: [
        { kind: 'words', field: 'title', words: { split: ['mamba'] }, weight: 3 },
        { kind: 'words', field: 'abstract', words: { split: ['state', 'space'] }, weight: 1.5 },
        { kind: 'words', field: null, words: { split: ['ssm'] } },
        { kind: 'words', field: null, words: { split: ['survey'] }, weight: -2 },
      ],
    });
    expect(parseQuery('abstract:(graph*^0.5 OR gnn^2){>=1} -survey')).toMatchObject({
      kind: 'and',
      nodes: [{ kind: 'score', min: 1, nodes: [{ field: 'abstract', prefix: true, weight: 0.5 }, { field: 'abstract', weight: 2 }] }, { kind: 'not' }],
    });
    // A ^ not followed by a number is punctuation, as before.
    expect(parseQuery('a^b')).toMatchObject({ kind: 'words', words: { split: ['a', 'b'] } });
    expect(parseQuery('"a b"^c')).toMatchObject({ kind: 'and', nodes: [{ kind: 'words' }, { kind: 'words', words: { split: ['c'] } }] });
  });

  it('refuses weights outside a score, bad weights and bad thresholds, saying where', () => {
    expect(errorOf('mamba^3')).toBe('the weight at character 6 counts only in a score, a group of terms and phrases joined by OR and followed by {>=n}');
    expect(errorOf('(a^2 OR b){2}')).toBe('the weight at character 3 counts only in a score, a group of terms and phrases joined by OR and followed by {>=n}');
    expect(errorOf('(x OR "a b"^2) c')).toBe('the weight at character 12 counts only in a score, a group of terms and phrases joined by OR and followed by {>=n}');
    expect(errorOf('(a^1.2.3 OR b){>=1}')).toBe('the weight ^1.2.3 at character 3 must be a number of at most four digits and three decimals, like ^2, ^0.5 or ^-1.5');
    expect(errorOf('(title:a^2- OR b){>=1}')).toBe('the weight ^2- at character 9 must be a number of at most four digits and three decimals, like ^2, ^0.5 or ^-1.5');
    expect(errorOf('("a b"^9x OR c){>=1}')).toBe('the weight ^9x at character 7 must be a number of at most four digits and three decimals, like ^2, ^0.5 or ^-1.5');
    expect(errorOf('(a^2 OR b){>=0}')).toBe('{>=0} at character 11 needs a score above 0, of at most four digits and three decimals, like {>=2.5}');
    expect(errorOf('(a^2 OR b){>=-1}')).toBe('{>=-1} at character 11 needs a score above 0, of at most four digits and three decimals, like {>=2.5}');
    expect(errorOf('(a^2 OR b){>=}')).toBe('{>=} at character 11 needs a score above 0, of at most four digits and three decimals, like {>=2.5}');
    const only = 'adds up only terms, phrases and weighted (groups)^w joined by OR';
    expect(errorOf('(a^2 b){>=1}')).toBe(`{>=1} at character 8 ${only}`);
    expect(errorOf('(a^2 OR (b c)){>=1}')).toBe(`{>=1} at character 15 ${only}`);
    expect(errorOf('(a^2 OR -b){>=1}')).toBe(`{>=1} at character 12 ${only}`);
    expect(errorOf('(a OR b){2} (c OR -d){3}')).toBe('{3} at character 22 counts only terms and phrases joined by OR');
  });

  it('reads a (group)^w inside a score as an alternative that adds w when the group matches', () => {
    expect(parseQuery('((title:ssm -title:survey)^2.5 OR abstract:mamba^0.5){>=3}')).toMatchObject({
      kind: 'score',
      min: 3,
      nodes: [
        { kind: 'weighted', weight: 2.5, node: { kind: 'and', nodes: [{ kind: 'words', field: 'title' }, { kind: 'not' }] } },
        { kind: 'words', field: 'abstract', weight: 0.5 },
      ],
    });
    // A field before the score applies inside its groups too.
    expect(parseQuery('title:((a b)^-1 OR c){>=1}')).toMatchObject({
      kind: 'score',
      nodes: [{ kind: 'weighted', weight: -1, node: { kind: 'and', nodes: [{ field: 'title' }, { field: 'title' }] } }, { field: 'title' }],
    });
  });

  it('refuses a group weight outside a score, or not an alternative of one, saying where', () => {
    const outside = 'counts only in a score, a group of terms and phrases joined by OR and followed by {>=n}';
    expect(errorOf('(a b)^2')).toBe(`the weight at character 6 ${outside}`);
    expect(errorOf('(a OR (b c)^2){2}')).toBe(`the weight at character 12 ${outside}`);
    // Nested one group deeper, it is not an alternative of the score.
    expect(errorOf('(((b c)^2) OR d){>=1}')).toBe(`the weight at character 8 ${outside}`);
    expect(errorOf('((b c)^2 e OR d){>=1}')).toBe('{>=1} at character 17 adds up only terms, phrases and weighted (groups)^w joined by OR');
    expect(errorOf('((b c)^2x OR d){>=1}')).toBe('the weight ^2x at character 7 must be a number of at most four digits and three decimals, like ^2, ^0.5 or ^-1.5');
    // Not a number: punctuation, as after a term.
    expect(parseQuery('(a b)^c')).toMatchObject({ kind: 'and', nodes: [{ kind: 'words' }, { kind: 'words' }, { kind: 'words', words: { split: ['c'] } }] });
  });
});
