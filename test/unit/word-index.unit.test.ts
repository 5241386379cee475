import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexFieldWords, vocabularyWord } from '../../src/query/word-index';
import { normalizeText } from '../../src/query/words';

// The two readings of a field as plain string work: every non-word character a gap (lines kept),
// and the same with hyphens removed first. The index must hold exactly these words. A word is
// made of letters and numbers as Unicode says; in pure ASCII text (where normalizing has lowered
// every letter), of a–z and 0–9, as query words are read (see `wordsOf`).
const GAP = /[^\p{L}\p{N}\n]+/gu;
const ASCII_GAP = /[^a-z0-9\n]+/g;
// A lone surrogate is no character: a gap, even between two halves that removing a hyphen joins.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
function reference(text: string): { split: string[]; joined: string[] } {
  const gap = /[^\u0000-\u007f]/.test(text) ? GAP : ASCII_GAP;
  const normal = text.replace(LONE_SURROGATE, ' ');
  const read = (text: string) => {
    const words: string[] = [];
    for (const line of text.replace(gap, ' ').split('\n')) {
      words.push(...line.split(' ').filter(Boolean), '');
    }
    return words;
  };
  return { split: read(normal), joined: read(normal.replace(/-/g, '')) };
}

const TEXTS = [
  'Model-based RL for state-of-the-art multi-modal agents',
  'a--b -c d- - e-',
  'vision-language\nmulti-task\n\n-pretraining-',
  'x - y, u-.v w.-z',
  'Naïve-Bayes über-fast Llama-2-7B',
  'ab-\ncd',
  '',
  '-',
  '---\n--',
  '日本-語 モデル-ベース',
  'no compounds here at all',
];

describe('field word index', () => {
  it('holds the split words, and the joined ones when the field has a compound', () => {
    for (const text of TEXTS) {
      const normal = normalizeText(text);
      const { words, joined } = indexFieldWords(normal);
      const expected = reference(normal);
      expect(words.words, text).toEqual(expected.split);
      expect((joined ?? words).words, text).toEqual(expected.joined);
    }
  });

  it('makes a joined index only when some compound joins two words', () => {
    expect(indexFieldWords(normalizeText('a - b -c d-')).joined).toBeNull();
    expect(indexFieldWords(normalizeText('a-b')).joined?.words).toEqual(['ab', '']);
  });

  it('reads words in any text as the reference does, character by character', () => {
    const known = new Map(['model', 'based', 'modelbased', 'a', 'b', 'αβ'].map((word) => [word, vocabularyWord(word).id]));
    // Words and compounds; every kind of gap (punctuation, runs of hyphens, line breaks, marks,
    // an emoji); letters and numbers beyond ASCII, in and beyond the BMP, and lone surrogates;
    // upper case, which only normalizing a symbol leaves in a field.
    const piece = fc.constantFrom(
      'model', 'based', 'a', 'b', '7', '-', '--', ' ', '\n', ',', '_', '\t', 'Q', "'",
      'αβ', 'é', '日本', '²', '\u0301', '—', '’', '😀', '𝒜', '\ud835', '\udc9c', '\u00a0',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (pieces) => {
        const text = pieces.join('');
        const { words, joined } = indexFieldWords(text);
        const expected = reference(text);
        expect(words.words).toEqual(expected.split);
        expect((joined ?? words).words).toEqual(expected.joined);
        // The numbers are the vocabulary's, position by position (no other word of these is in it).
        for (const index of [words, joined ?? words]) expect(index.ids).toEqual(index.words.map((word) => known.get(word) ?? -1));
      }),
      { numRuns: 3000 },
    );
  });
});
