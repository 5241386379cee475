import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../src/scrape/text';

// The definition cleanText's fast paths must keep: drop what XML 1.0 forbids (lone surrogates
// included) and the bidirectional formatting controls, collapse whitespace, trim.
const FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const reference = (value: string) => value.replace(FORBIDDEN, '').replace(/\s+/g, ' ').trim();

describe('cleanText (fast paths)', () => {
  it('agrees with the definition for every UTF-16 code unit, alone and between words', () => {
    for (let code = 0; code <= 0xffff; code++) {
      const c = String.fromCharCode(code);
      for (const value of [c, `a${c}b`, `a ${c} b`, `${c}${c}x`, ` x${c}`]) {
        if (cleanText(value) !== reference(value)) {
          expect({ code: code.toString(16), got: cleanText(value) }).toEqual({ code: code.toString(16), got: reference(value) });
        }
      }
    }
  });

  it('drops lone surrogates and keeps pairs', () => {
    expect(cleanText('a\uD83D\uDE00b')).toBe('a\uD83D\uDE00b');
    expect(cleanText('a\uD83Db \uDE00c \uDE00\uD83D')).toBe('ab c');
    expect(cleanText('\uDE00\uD83D\uDE00\uD83D')).toBe('\uD83D\uDE00');
  });

  it('trims spaces even when nothing else needs cleaning', () => {
    expect(cleanText(' An abstract that ends with a space. ')).toBe('An abstract that ends with a space.');
    expect(cleanText('two  spaces\u00a0and\tmore')).toBe('two spaces and more');
  });

  it('agrees with the definition on arbitrary UTF-16, lone surrogates included', () => {
    const units = fc.array(
      fc.oneof(fc.integer({ min: 0, max: 0x7f }), fc.integer({ min: 0xd7f0, max: 0xe010 }), fc.integer({ min: 0, max: 0xffff })),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(units, (codes) => {
        const value = String.fromCharCode(...codes);
        expect(cleanText(value)).toBe(reference(value));
      }),
      { numRuns: 3000 },
    );
  });
});
