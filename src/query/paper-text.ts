/**
 * The text of a paper as queries read it: per field, the normalized string (see
 * `normalizeText`), computed once per paper object and only for the fields some query asks
 * about. Snapshot papers are read once per version and kept by the store's cache, so a warm
 * isolate matches against strings it already has.
 */
import type { Paper } from '../domain/types';
import type { QueryField } from './tokens';
import { normalizeText } from './words';

/** What a query looks at in a paper. */
export type MatchablePaper = Pick<Paper, 'title' | 'abstract' | 'aiKeywords'> & { aiSummary?: string | undefined };

/** One field of a paper, normalized. */
export interface FieldText {
  /** Keywords are one per line; a phrase never matches across a line break. */
  normal: string;
  /** `normal` without hyphens, where compounds appear in their joined spelling; `null` when equal. */
  dehyphenated: string | null;
  /** Whether `normal` has characters beyond ASCII (which need the slower Unicode word classes). */
  unicode: boolean;
}

const NON_ASCII = /[^\u0000-\u007f]/;

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
        normal,
        dehyphenated: normal.includes('-') ? normal.replace(/-/g, '') : null,
        unicode: NON_ASCII.test(normal),
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
