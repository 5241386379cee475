import { describe, expect, it } from 'vitest';
import { spacedCompounds } from '../../src/query/paper-text';
import { indexFieldWords } from '../../src/query/word-index';
import { normalizeText } from '../../src/query/words';

// The two readings of a field as plain string work: every non-word character a gap (lines kept),
// and the same with hyphens removed first. The index must hold exactly these words.
const GAP = /[^\p{L}\p{N}\n]+/gu;
function reference(normal: string): { split: string[]; joined: string[] } {
  const read = (text: string) => {
    const words: string[] = [];
    for (const line of text.replace(GAP, ' ').split('\n')) {
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
      const { words, joined } = indexFieldWords(spacedCompounds(normal));
      const expected = reference(normal);
      expect(words.words, text).toEqual(expected.split);
      expect((joined ?? words).words, text).toEqual(expected.joined);
    }
  });

  it('makes a joined index only when some compound joins two words', () => {
    expect(indexFieldWords(spacedCompounds(normalizeText('a - b -c d-'))).joined).toBeNull();
    expect(indexFieldWords(spacedCompounds(normalizeText('a-b'))).joined?.words).toEqual(['ab', '']);
  });
});
