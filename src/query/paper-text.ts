/**
 * The text of a paper as queries read it: per field, the text normalized (see `normalizeText`)
 * and its words indexed (see word-index.ts), computed once per paper object and only for the
 * fields some query asks about, and shared by every paper object with the same text (each
 * snapshot version brings new objects for mostly unchanged papers).
 *
 * Word boundaries are found once per field, when it is indexed, so that query expressions need no
 * Unicode character classes: an expression with `\p{L}` classes costs milliseconds to compile for
 * text beyond Latin-1 (a Greek letter or an emoji in a title), per expression, which a page of
 * topics multiplied into a quarter second of CPU.
 */
import type { Paper } from '../domain/types';
import type { QueryField } from './tokens';
import type { NormalText } from './may-match';
import { indexFieldWords, type FieldWords } from './word-index';
import { normalizeText } from './words';

/** What a query looks at in a paper. */
export type MatchablePaper = Pick<Paper, 'title' | 'abstract' | 'aiKeywords'> & { aiSummary?: string | undefined };

/** The lazily computed text of one paper. */
export class PaperText implements NormalText {
  private readonly normals: Partial<Record<QueryField, string>> = {};
  private readonly unhyphenateds: Partial<Record<QueryField, string | null>> = {};
  // By field, in the order of `slotOf`: a learnt score asks for a field's index once per term,
  // and a property looked up by the field's name was a twelfth of matching a paper.
  private readonly indexes: (FieldWords | undefined)[] = [undefined, undefined, undefined, undefined];
  constructor(private readonly paper: MatchablePaper) {}

  /** `field`'s words by position, compounds split and joined, for looking terms up (see word-index.ts). */
  index(field: QueryField): FieldWords {
    const slot = slotOf(field);
    let index = this.indexes[slot];
    if (!index) {
      index = indexFieldWords(this.normal(field));
      this.indexes[slot] = index;
    }
    return index;
  }

  /** `field` normalized (see `normalizeText`). */
  normal(field: QueryField): string {
    let normal = this.normals[field];
    if (normal === undefined) {
      normal = normalizeText(this.raw(field));
      this.normals[field] = normal;
    }
    return normal;
  }

  /** `field` normalized, without hyphens; `null` when it has none. */
  unhyphenated(field: QueryField): string | null {
    let text = this.unhyphenateds[field];
    if (text === undefined) {
      const normal = this.normal(field);
      text = normal.includes('-') ? normal.replaceAll('-', '') : null;
      this.unhyphenateds[field] = text;
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

function slotOf(field: QueryField): number {
  switch (field) {
    case 'title':
      return 0;
    case 'abstract':
      return 1;
    case 'summary':
      return 2;
    case 'keywords':
      return 3;
  }
}

const byPaper = new WeakMap<MatchablePaper, PaperText>();
// Every snapshot version brings new paper objects, but their text rarely changes: keyed by
// content, a new snapshot pays only for papers that are new or changed. Bounded, emptied when full.
const byContent = new Map<string, PaperText>();
const MAX_BY_CONTENT = 1024;

/** The (cached) text of `paper`; papers with the same text share one. */
export function paperText(paper: MatchablePaper): PaperText {
  let text = byPaper.get(paper);
  if (!text) {
    const key = `${paper.title}\u0000${paper.abstract}\u0000${paper.aiSummary ?? ''}\u0000${paper.aiKeywords.join('\n')}`;
    text = byContent.get(key);
    if (!text) {
      text = new PaperText(paper);
      if (byContent.size >= MAX_BY_CONTENT) byContent.clear();
      byContent.set(key, text);
    }
    byPaper.set(paper, text);
  }
  return text;
}
