/**
 * A quick test that a paper cannot match a query, read off its normalized text without indexing
 * its words. Every word a query finds in a field is a substring of that field's normalized text
 * (split words), or of the same with hyphens removed (joined compounds); so when none of the
 * strings a query needs is there, the answer is no. A `q` that keeps few papers tests every paper
 * kept, and indexing a paper's words costs about a hundred times more than these searches.
 *
 * Only small queries get one: a topic lists a hundred terms, and searching each of them costs more
 * than indexing the paper once.
 */
import type { QueryNode, WordsNode } from './parse';
import { ANY_FIELD, type QueryField } from './tokens';
import { wordForms } from './words';

/** The normalized text of a paper's fields (see `PaperText`). */
export interface NormalText {
  /** `field` as `normalizeText` gives it. */
  normal(field: QueryField): string;
  /** The same without hyphens, where joined compounds are (`null`: it has no hyphen). */
  unhyphenated(field: QueryField): string | null;
}

/** `false` only when the paper cannot match; `true` says nothing. */
export type MayMatch = (text: NormalText) => boolean;

// Above this many substring searches, indexing the paper's words is the cheaper way to say no.
const MAX_SEARCHES = 24;

/** The quick test of `node`, or `null` when there is none worth running (or none at all). */
export function mayMatchOf(node: QueryNode): MayMatch | null {
  const need = needOf(node);
  return need && searches(need) <= MAX_SEARCHES ? compile(need) : null;
}

// What a paper needs to match: a string in some field, all of several needs, or one of them.
type Need =
  | { kind: 'text'; fields: readonly QueryField[]; strings: string[] }
  | { kind: 'all' | 'any'; needs: Need[] };

function needOf(node: QueryNode): Need | null {
  switch (node.kind) {
    case 'all':
    case 'not':
      return null;
    case 'words':
      return wordsNeed(node);
    case 'and': {
      const needs = node.nodes.map(needOf).filter((need): need is Need => need !== null);
      return needs.length === 0 ? null : { kind: 'all', needs };
    }
    case 'or':
    case 'count':
      return anyOf(node.nodes);
    case 'score':
      // The bar is above zero (the syntax says so): some term of positive weight must occur.
      return anyOf(node.nodes.filter((term) => (term.weight ?? 1) > 0));
    case 'weighted':
      return needOf(node.node);
  }
}

function anyOf(nodes: readonly QueryNode[]): Need | null {
  const needs: Need[] = [];
  for (const node of nodes) {
    const need = needOf(node);
    if (!need) return null;
    needs.push(need);
  }
  return needs.length === 0 ? null : { kind: 'any', needs };
}

// A term or phrase occurs only where one form of its first word does (its prefix, for `graph*`),
// in the split reading or, for a compound written joined, in the joined one.
function wordsNeed(node: WordsNode): Need {
  const strings = new Set<string>();
  for (const spelling of node.words.joined ? [node.words.split, node.words.joined] : [node.words.split]) {
    const first = spelling[0] ?? '';
    for (const form of node.prefix && spelling.length === 1 ? [first] : wordForms(first)) strings.add(form);
  }
  // A form that holds another adds nothing: `graph` is found wherever `graphs` is.
  const kept = [...strings].filter((s) => ![...strings].some((other) => other !== s && s.includes(other)));
  return { kind: 'text', fields: node.field ? [node.field] : ANY_FIELD, strings: kept };
}

function searches(need: Need): number {
  return need.kind === 'text' ? need.fields.length * need.strings.length : need.needs.reduce((sum, inner) => sum + searches(inner), 0);
}

function compile(need: Need): MayMatch {
  if (need.kind === 'text') {
    const { fields, strings } = need;
    return (text) => {
      for (const field of fields) {
        const normal = text.normal(field);
        for (const s of strings) if (normal.includes(s)) return true;
      }
      // Joined compounds (`multimodal` written `multi-modal`) are only in the text without hyphens.
      for (const field of fields) {
        const unhyphenated = text.unhyphenated(field);
        if (unhyphenated !== null) for (const s of strings) if (unhyphenated.includes(s)) return true;
      }
      return false;
    };
  }
  const inner = need.needs.map(compile);
  return need.kind === 'all'
    ? (text) => {
        for (const test of inner) if (!test(text)) return false;
        return true;
      }
    : (text) => {
        for (const test of inner) if (test(text)) return true;
        return false;
      };
}
