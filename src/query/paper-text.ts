/**
 * The text of a paper as queries read it: per field, its words (see `normalizeText`) joined by
 * single spaces, one line per line of the field, computed once per paper object and only for the
 * fields some query asks about. Snapshot papers are read once per version and kept by the store's
 * cache, so a warm isolate matches against strings it already has.
 *
 * Word boundaries are found here, once per field, so that query expressions need no Unicode
 * character classes: an expression with `\p{L}` classes costs milliseconds to compile for text
 * beyond Latin-1 (a Greek letter or an emoji in a title), per expression, which a page of topics
 * multiplied into a quarter second of CPU.
 */
import type { Paper } from '../domain/types';
import type { QueryField } from './tokens';
import { normalizeText } from './words';

/** What a query looks at in a paper. */
export type MatchablePaper = Pick<Paper, 'title' | 'abstract' | 'aiKeywords'> & { aiSummary?: string | undefined };

/** One field of a paper, as words. */
export interface FieldText {
  /**
   * The field's words, separated by one space; keywords are one per line, and a phrase never
   * matches across a line break. Hyphenated compounds are split (`model-based` → `model based`).
   */
  words: string;
  /** The same with compounds joined (`multi-modal` → `multimodal`); `null` when equal. */
  joined: string | null;
}

const NON_ASCII = /[^\u0000-\u007f]/;
// Everything between two words, except a line break. Built once; applied once per field.
const ASCII_GAP = /[^a-z0-9\n]+/g;
const UNICODE_GAP = /[^\p{L}\p{N}\n]+/gu;

/** `normal` (see `normalizeText`) as its words separated by single spaces, lines kept. */
export function spacedWords(normal: string): string {
  return normal.replace(NON_ASCII.test(normal) ? UNICODE_GAP : ASCII_GAP, ' ');
}

/** The lazily computed text of one paper. */
export class PaperText {
  private readonly fields: Partial<Record<QueryField, FieldText>> = {};
  constructor(private readonly paper: MatchablePaper) {}

  /** `field`, normalized. */
  get(field: QueryField): FieldText {
    let text = this.fields[field];
    if (!text) {
      const normal = normalizeText(this.raw(field));
      text = {
        words: spacedWords(normal),
        joined: normal.includes('-') ? spacedWords(normal.replace(/-/g, '')) : null,
      };
      this.fields[field] = text;
    }
    return text;
  }

  private raw(field: QueryField): string {
    switch (field) {
      case 'title':
        return this.paper.title;
      case 'abstract':
        return this.paper.abstract;
      case 'summary':
        return this.paper.aiSummary ?? '';
      case 'keywords':
        return this.paper.aiKeywords.join('\n');
    }
  }
}

const texts = new WeakMap<MatchablePaper, PaperText>();

/** The (cached) text of `paper`. */
export function paperText(paper: MatchablePaper): PaperText {
  let text = texts.get(paper);
  if (!text) {
    text = new PaperText(paper);
    texts.set(paper, text);
  }
  return text;
}
