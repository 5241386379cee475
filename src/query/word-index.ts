/**
 * Which query words a field holds, so that a query term is a bit test rather than a scan: a
 * topic lists dozens of terms and the abstract is long, so scanning it once per group of terms
 * and topic (one regular expression each) cost most of the time of matching a paper.
 *
 * Every word of every compiled query gets a number in one shared vocabulary. A field is read once
 * per paper: each of its words is looked up in the vocabulary, and the field keeps which query
 * words it holds (a bit set) and the number of the word at each position (for phrases). Words a
 * query learns after a field was indexed, and words past the vocabulary's bound, are compared as
 * strings instead.
 */

/** A query word: its text and its number in the vocabulary (-1 when it has none). */
export interface VocabularyWord {
  text: string;
  id: number;
}

/** A field's words as positions, and which vocabulary words it holds. */
export interface WordIndex {
  /** The word at each position; `''` in the gap a line break leaves, so phrases never span lines. */
  words: string[];
  /** The vocabulary number of the word at each position, or -1. */
  ids: number[];
  /** Bit `n` is set when the field holds vocabulary word `n`, for `n` below `known`. */
  holds: Uint32Array;
  /** The vocabulary's size when the field was indexed. */
  known: number;
}

/** A term or phrase: per word, every form it may take in the text (plural, singular). */
export interface Phrase {
  forms: VocabularyWord[][];
  /** When set, the phrase ends with a word that begins with this prefix. */
  prefix: string | null;
}

// Bounded: user queries add words; past the bound, new words are compared as strings.
const MAX_VOCABULARY = 1 << 16;
const vocabulary = new Map<string, number>();

/** `text` as a query word, numbered in the shared vocabulary. */
export function vocabularyWord(text: string): VocabularyWord {
  let id = vocabulary.get(text);
  if (id === undefined && vocabulary.size < MAX_VOCABULARY) {
    id = vocabulary.size;
    vocabulary.set(text, id);
  }
  return { text, id: id ?? -1 };
}

/** A field's words indexed twice: compounds split, and (when the field has any) joined. */
export interface FieldWords {
  words: WordIndex;
  /** The same with each hyphenated compound as one word (`multi-modal` → `multimodal`); `null` when there is none. */
  joined: WordIndex | null;
  /** The vocabulary words either reading holds (see `holdsWord`), made on first use. */
  either?: Uint32Array;
}

const LINE = 10;
const HYPHEN = 45;
const NON_ASCII = /[^\u0000-\u007f]/;
// The ASCII characters words are made of, hyphens (which join compounds) included: in ASCII
// text, lower-case letters and digits; in other text, every ASCII letter, as `\p{L}` says (an
// upper-case letter can come out of normalizing a symbol: `ℌ` → `H`).
const ASCII_TEXT_WORD = asciiTable('abcdefghijklmnopqrstuvwxyz0123456789-');
const UNICODE_TEXT_WORD = asciiTable('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-');
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;

function asciiTable(characters: string): Uint8Array {
  const table = new Uint8Array(128);
  for (const c of characters) table[c.charCodeAt(0)] = 1;
  return table;
}

/**
 * Indexes a normalized field (see `normalizeText`): its words are the runs of letters, digits and
 * hyphens between any other characters, and a line break is a gap that phrases never span; the
 * parts of a compound are read split and joined. In one pass over the text, which makes both
 * indexes (they differ only at compounds, so most words are looked up once for both): rewriting
 * the text with a regular expression first, so that words were separated by spaces, cost a third
 * of indexing a paper. A character beyond ASCII is a letter or a number as Unicode says.
 */
export function indexFieldWords(text: string): FieldWords {
  const known = vocabulary.size;
  const words = emptyIndex(known);
  const wordCharacter = NON_ASCII.test(text) ? UNICODE_TEXT_WORD : ASCII_TEXT_WORD;
  let joined: WordIndex | null = null;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : LINE;
    if (code < 128) {
      if (wordCharacter[code] === 1) continue;
    } else {
      const width = letterOrNumberWidth(text, i);
      if (width > 0) {
        i += width - 1;
        continue;
      }
    }
    // A hyphen at either end of a chunk joins nothing: it is a gap, as any other punctuation.
    let from = start;
    let to = i;
    while (from < to && text.charCodeAt(from) === HYPHEN) from++;
    while (to > from && text.charCodeAt(to - 1) === HYPHEN) to--;
    if (to > from) {
      const chunk = text.slice(from, to);
      if (!chunk.includes('-')) {
        const id = add(words, chunk);
        if (joined) addKnown(joined, chunk, id);
      } else {
        // The split index so far is the joined one too: copied once, at the first compound.
        joined ??= copyIndex(words);
        const parts = chunk.split(/-+/);
        for (const part of parts) add(words, part);
        add(joined, parts.join(''));
      }
    }
    if (code === LINE) {
      gap(words);
      if (joined) gap(joined);
    }
    start = i + 1;
  }
  return { words, joined };
}

// The UTF-16 length of the character at `text[at]` (a surrogate pair is one) when it is a letter
// or a number, else 0. A lone surrogate is neither.
function letterOrNumberWidth(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code >= 0xd800 && code <= 0xdbff) {
    const next = text.charCodeAt(at + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return LETTER_OR_NUMBER.test(text.slice(at, at + 2)) ? 2 : 0;
  }
  return LETTER_OR_NUMBER.test(text[at] as string) ? 1 : 0;
}

function emptyIndex(known: number): WordIndex {
  return { words: [], ids: [], holds: new Uint32Array((known >> 5) + 1), known };
}

function copyIndex(index: WordIndex): WordIndex {
  return { words: index.words.slice(), ids: index.ids.slice(), holds: index.holds.slice(), known: index.known };
}

function add(index: WordIndex, word: string): number {
  const id = vocabulary.get(word) ?? -1;
  addKnown(index, word, id);
  return id;
}

function addKnown(index: WordIndex, word: string, id: number): void {
  if (id >= 0 && id < index.known) index.holds[id >> 5] = (index.holds[id >> 5] ?? 0) | (1 << (id & 31));
  index.words.push(word);
  index.ids.push(id);
}

function gap(index: WordIndex): void {
  index.words.push('');
  index.ids.push(-1);
}

/** Whether `phrase` occurs in `index`: its words at consecutive positions, in order. */
export function occurs(index: WordIndex, phrase: Phrase): boolean {
  const { forms, prefix } = phrase;
  const head = forms[0];
  if (!head) return startsAnyWord(index, prefix as string, 0, index.words.length);
  // Every word must be there somewhere before it is worth finding where (a phrase's first word is
  // often a common one: `training` of `training dynamics`).
  if (!holdsEvery(index, forms)) return false;
  if (forms.length === 1 && prefix === null) return true;
  // A phrase whose first word is there: find where. Plain loops, as this runs for every paper.
  const end = index.words.length - forms.length - (prefix === null ? 0 : 1);
  for (let at = 0; at <= end; at++) {
    let here = true;
    for (let i = 0; here && i < forms.length; i++) here = isAt(index, forms[i] as VocabularyWord[], at + i);
    if (here && (prefix === null || startsAnyWord(index, prefix, at + forms.length, at + forms.length + 1))) return true;
  }
  return false;
}

/** The phrases of a count, its single words apart: those are counted in one pass over a field. */
export interface CountedPhrases {
  words: VocabularyWord[][];
  longer: Phrase[];
}

/** `phrases` as `occurrences` counts them. */
export function countedPhrases(phrases: readonly Phrase[]): CountedPhrases {
  const single = (phrase: Phrase) => phrase.forms.length === 1 && phrase.prefix === null;
  return { words: phrases.filter(single).map((phrase) => phrase.forms[0] as VocabularyWord[]), longer: phrases.filter((phrase) => !single(phrase)) };
}

/**
 * How many places of `index` one of `phrases` ends at: a place counts once, however many phrases
 * end there (`language model` inside `large language model`). Counting stops at `enough`.
 */
export function occurrences(index: WordIndex, { words, longer }: CountedPhrases, enough = Infinity): number {
  let ends: Set<number> | null = null;
  // Single words, the most of a count's terms: those the field holds, in one pass over it rather
  // than one pass per word.
  let present: VocabularyWord[][] | null = null;
  for (const forms of words) if (holdsAny(index, forms)) (present ??= []).push(forms);
  if (present !== null) {
    for (let at = 0; at < index.words.length; at++) {
      for (let w = 0; w < present.length; w++) {
        if (!isAt(index, present[w] as VocabularyWord[], at)) continue;
        (ends ??= new Set()).add(at + 1);
        if (ends.size >= enough) return ends.size;
        break;
      }
    }
  }
  for (const { forms, prefix } of longer) {
    if (!holdsEvery(index, forms)) continue;
    const length = forms.length + (prefix === null ? 0 : 1);
    for (let at = 0; at + length <= index.words.length; at++) {
      let here = true;
      for (let i = 0; here && i < forms.length; i++) here = isAt(index, forms[i] as VocabularyWord[], at + i);
      if (here && (prefix === null || startsAnyWord(index, prefix, at + forms.length, at + length))) {
        (ends ??= new Set()).add(at + length);
        if (ends.size >= enough) return ends.size;
      }
    }
  }
  return ends === null ? 0 : ends.size;
}

/**
 * Whether the field holds one of `forms` as a word, read split or joined: one bit test a form,
 * where testing each reading apart tested twice every word a field lacks (most of a topic's).
 */
export function holdsWord(field: FieldWords, forms: readonly VocabularyWord[]): boolean {
  const { words, joined } = field;
  if (joined === null) return holdsAny(words, forms);
  const either = (field.either ??= bothHold(words.holds, joined.holds));
  for (let i = 0; i < forms.length; i++) {
    const form = forms[i] as VocabularyWord;
    if (form.id >= 0 && form.id < words.known) {
      if (((either[form.id >> 5] ?? 0) & (1 << (form.id & 31))) !== 0) return true;
    } else if (words.words.includes(form.text) || joined.words.includes(form.text)) {
      return true;
    }
  }
  return false;
}

function bothHold(a: Uint32Array, b: Uint32Array): Uint32Array {
  const either = a.slice();
  for (let i = 0; i < either.length; i++) either[i] = (either[i] as number) | (b[i] ?? 0);
  return either;
}

function holdsEvery(index: WordIndex, forms: readonly (readonly VocabularyWord[])[]): boolean {
  for (let i = 0; i < forms.length; i++) if (!holdsAny(index, forms[i] as VocabularyWord[])) return false;
  return true;
}

function holdsAny(index: WordIndex, forms: readonly VocabularyWord[]): boolean {
  for (const form of forms) {
    if (form.id >= 0 && form.id < index.known) {
      if (((index.holds[form.id >> 5] ?? 0) & (1 << (form.id & 31))) !== 0) return true;
    } else if (index.words.includes(form.text)) {
      return true;
    }
  }
  return false;
}

function isAt(index: WordIndex, forms: readonly VocabularyWord[], at: number): boolean {
  for (const form of forms) {
    if (form.id >= 0 && form.id < index.known ? index.ids[at] === form.id : index.words[at] === form.text) return true;
  }
  return false;
}

function startsAnyWord(index: WordIndex, prefix: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) {
    const word = index.words[at] ?? '';
    if (word !== '' && word.startsWith(prefix)) return true;
  }
  return false;
}
