/**
 * How text becomes words, the same way for a paper and for a query: lower case, accents dropped,
 * apostrophes dropped (`model's` → `models`), every other punctuation mark a word boundary, links
 * ignored. A word is a run of letters and digits. Words joined by hyphens are read two ways:
 * split (`model-based` → `model based`) and joined (`multi-modal` → `multimodal`), which is what
 * makes every spelling of a compound match every other.
 */

/** The words of a text, split at hyphens, and — when the text has hyphenated words — joined. */
export interface Words {
  split: string[];
  /** `split` with each hyphenated compound as one word; `null` when that is the same as `split`. */
  joined: string[] | null;
}

// A word is a run of letters and digits; hyphens inside it join its parts into a compound.
const ASCII_COMPOUND = /[a-z0-9]+(?:-+[a-z0-9]+)*/g;
const UNICODE_COMPOUND = /[\p{L}\p{N}]+(?:-+[\p{L}\p{N}]+)*/gu;
// Links in abstracts name repositories (`github.com/…/HyperNets`), not the paper's subject.
// (Abstracts copied from PDFs sometimes break a link after the scheme: `https: //github.com/…`.)
const URL_LIKE = /\b(?:https?:\s*\/\/|www\.)\S*/gi;
const APOSTROPHES = /['\u2019\u02bc]/g;
const NON_ASCII = /[^\u0000-\u007f]/;
// U+2010 and U+2011 are hyphens; dashes (en, em) separate words instead.
const UNICODE_HYPHENS = /[\u2010\u2011]/g;
const COMBINING_MARKS = /\p{M}+/gu;

/** Splits `text` into normalized words (see the module comment). */
export function textWords(text: string): Words {
  return wordsOf(normalizeText(text));
}

/**
 * `text` in lower case, without accents, apostrophes or links. Its split words are the runs of
 * letters and digits in it; its joined words, those of the same string with hyphens removed.
 */
export function normalizeText(text: string): string {
  let normal = text.toLowerCase();
  if (normal.includes('http') || normal.includes('www.')) normal = normal.replace(URL_LIKE, ' ');
  if (normal.includes("'") || NON_ASCII.test(normal)) normal = normal.replace(APOSTROPHES, '');
  if (NON_ASCII.test(normal)) normal = normal.normalize('NFKD').replace(COMBINING_MARKS, '').replace(UNICODE_HYPHENS, '-');
  return normal;
}

/** The words of a text already passed through `normalizeText`. */
export function wordsOf(normal: string): Words {
  const pattern = NON_ASCII.test(normal) ? UNICODE_COMPOUND : ASCII_COMPOUND;
  const compounds = normal.match(pattern) ?? [];
  // Text without hyphenated words (most titles) needs nothing beyond the one regex pass.
  const firstHyphenated = compounds.findIndex((compound) => compound.includes('-'));
  if (firstHyphenated < 0) return { split: compounds, joined: null };
  const split = compounds.slice(0, firstHyphenated);
  const joined = split.slice();
  for (let i = firstHyphenated; i < compounds.length; i++) {
    const compound = compounds[i] ?? '';
    if (!compound.includes('-')) {
      split.push(compound);
      joined.push(compound);
      continue;
    }
    const parts = compound.split(/-+/);
    for (const part of parts) split.push(part);
    joined.push(parts.join(''));
  }
  return { split, joined };
}

/**
 * The word and its simple plural or singular forms, as a query term should match them:
 * `graph` → `graphs`, `study` ↔ `studies`, `class` ↔ `classes`, `llms` → `llm`. Purely mechanical
 * (no dictionary), so a few forms are not words at all; they can only match text that has them.
 * Numbers have no plural.
 */
export function wordForms(word: string): string[] {
  const forms = [word];
  if (word.length < 2 || /^[0-9]+$/.test(word)) return forms;
  const add = (form: string) => {
    if (!forms.includes(form)) forms.push(form);
  };
  // Plural of `word`.
  if (/[^aeiou]y$/.test(word)) add(`${word.slice(0, -1)}ies`);
  else if (/(?:s|x|z|ch|sh)$/.test(word)) add(`${word}es`);
  else add(`${word}s`);
  // Singular of `word`, when it looks like a plural (and the stem is at least three characters).
  if (word.endsWith('ies') && word.length > 4) add(`${word.slice(0, -3)}y`);
  if (/(?:s|x|z|ch|sh)es$/.test(word) && word.length > 4) add(word.slice(0, -2));
  if (word.endsWith('s') && !word.endsWith('ss') && word.length > 3) add(word.slice(0, -1));
  return forms;
}
