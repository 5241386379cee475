/**
 * The JSON Feed renderer writes item bodies with its own string escaper; its bytes must be exactly
 * what JSON.stringify writes for the same document, for any text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Paper } from '../../src/domain/types';
import { composeFeed, renderFeed } from '../../src/feeds';
import { jsonString } from '../../src/feeds/json-feed';
import { SAMPLE_CONTEXT, SAMPLE_PAPERS } from '../support/sample';

// What the renderer writes for a document: JSON.stringify, `<script` written with a JSON escape.
const canonical = (json: string) => `${JSON.stringify(JSON.parse(json)).replace(/<(\/?script)/gi, '\\u003c$1')}\n`;

const awkward = fc.string({ unit: fc.oneof(fc.constantFrom('"', '\\', '\n', '\r', '\t', '\u0000', '\u001f', '\u2028', '▲', '\ud83d', '\ude00', '😀', '</script>'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })) });

describe('JSON Feed bytes', () => {
  it('jsonString writes any string as JSON.stringify does', () => {
    fc.assert(
      fc.property(awkward, (text) => {
        expect(jsonString(text)).toBe(JSON.stringify(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('a feed is written as JSON.stringify writes it, whatever its text', () => {
    const base = SAMPLE_PAPERS[0]!;
    fc.assert(
      fc.property(fc.array(fc.record({ title: awkward, abstract: awkward, author: awkward }), { minLength: 1, maxLength: 4 }), (texts) => {
        const papers: Paper[] = texts.map((t, i) => ({ ...base, id: `2606.0${i}`, title: t.title, abstract: t.abstract, authors: [t.author] }));
        const json = renderFeed('json', composeFeed([...papers, ...SAMPLE_PAPERS], SAMPLE_CONTEXT));
        expect(json).toBe(canonical(json));
      }),
      { numRuns: 300 },
    );
  });
});
