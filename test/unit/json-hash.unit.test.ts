import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashText, jsonHash } from '../../src/snapshot/version';

// What a paper's body may hold: strings, numbers, arrays and objects of them, optional fields.
const value = fc.letrec((tie) => ({
  any: fc.oneof({ depthSize: 'small' }, fc.string(), fc.integer(), fc.constantFrom(0, -0, 1.5, NaN, null, true), fc.array(tie('any'), { maxLength: 3 }), fc.dictionary(fc.constantFrom('a', 'b', 'c'), tie('any'), { maxKeys: 3 })),
})).any;

describe('jsonHash', () => {
  it('is the hash of the JSON, whatever the key last hashed', () => {
    fc.assert(
      fc.property(fc.constantFrom('p1', 'p2'), value, value, (key, before, after) => {
        jsonHash(key, before);
        expect(jsonHash(key, after)).toBe(hashText(JSON.stringify(after) ?? ''));
      }),
      { numRuns: 3000 },
    );
  });

  it('tells bodies apart by key order, a left-out field and an undefined one', () => {
    const hash = (value: unknown) => hashText(JSON.stringify(value));
    jsonHash('x', { title: 'a', abstract: 'b' });
    expect(jsonHash('x', { abstract: 'b', title: 'a' })).toBe(hash({ abstract: 'b', title: 'a' }));
    jsonHash('x', { title: 'a', aiSummary: undefined });
    expect(jsonHash('x', { title: 'a' })).toBe(hash({ title: 'a' }));
    jsonHash('x', { title: 'a', authors: ['p', 'q'] });
    expect(jsonHash('x', { title: 'a', authors: ['p', 'q', 'r'] })).toBe(hash({ title: 'a', authors: ['p', 'q', 'r'] }));
    jsonHash('x', { title: 'a', when: new Date(0) });
    expect(jsonHash('x', { title: 'a', when: new Date(1) })).toBe(hash({ title: 'a', when: new Date(1) }));
  });
});
