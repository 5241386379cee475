/**
 * Body values are written in ASCII, so that a reader needing a few bodies decodes only their lines
 * from the value's bytes: the JSON must read back as the same text whatever the paper holds, the
 * offsets must hold in bytes, and values written before (text beyond ASCII, no flag) must still read.
 */
import { describe, expect, it } from 'vitest';
import type { BodyStorage, IndexRow, PaperBody } from '../../src/snapshot/paper-index';
import { indexFromSnapshot } from '../../src/snapshot/migrate';
import { scrapePage } from '../../src/scrape/scrape-page';
import { asciiJson } from '../../src/store/ascii-lines';
import { forgetCachedIndex, kvStore } from '../../src/store/kv-store';
import type { StoredIndex } from '../../src/store/index-codec';
import { fixture } from '../support/fixtures';
import { memoryKv } from '../support/memory-kv';
import { syntheticSnapshot } from '../support/synthetic';

const NOW = Date.parse('2026-06-01T12:00:00Z');
const ASCII = /^[\x00-\x7f]*$/;
// Text a paper may hold: accents, CJK, emoji (surrogate pairs), the separators JSON leaves raw,
// right-to-left marks, a lone surrogate, and escapes that must stay escapes.
const HOSTILE = ['Müller–Łukasz “quoted”', '变换器 トランスフォーマー', '🚀 rocket 👩‍🔬', 'line\u2028sep\u2029para', 'rtl \u202e mark', 'lone \ud800 half', 'back\\slash "q" \\u00e9 literal', '\u0000\u001f\u007f\u0080\u00ff\uffff'];

describe('asciiJson', () => {
  it('writes any JSON in ASCII that reads back as the same value', () => {
    for (const text of HOSTILE) {
      const json = JSON.stringify({ title: text, authors: [text, 'plain'] });
      const ascii = asciiJson(json);
      expect(ascii).toMatch(ASCII);
      expect(JSON.parse(ascii)).toEqual(JSON.parse(json));
    }
    expect(asciiJson('{"a":"plain"}')).toBe('{"a":"plain"}');
  });
});

/** A KV namespace over a Map of text values that records each key read and how. */
function recordingKv(values: Map<string, string>) {
  const reads: string[] = [];
  const one = (key: string, type: string) => {
    reads.push(`${key}#${type}`);
    const value = values.get(key);
    if (value === undefined) return null;
    return type === 'arrayBuffer' ? new TextEncoder().encode(value).buffer : value;
  };
  const get = async (key: string | string[], type = 'text') => (Array.isArray(key) ? new Map(key.map((k) => [k, one(k, type)])) : one(key, type));
  return { kv: { get } as unknown as KVNamespace, reads };
}

describe('body values in ASCII', () => {
  const pool = scrapePage(fixture('trending.html')).papers;

  it('are written in ASCII, flagged, and read back from their bytes as the bodies given', async () => {
    const memory = memoryKv();
    const { index, bodies } = indexFromSnapshot(syntheticSnapshot(pool, 300, NOW), () => 0);
    const hostile = new Map([...bodies].map(([id, body], i) => [id, { ...body, title: `${body.title} ${HOSTILE[i % HOSTILE.length]}`, authors: [...body.authors, HOSTILE[(i + 1) % HOSTILE.length] as string] } as PaperBody]));
    await kvStore(memory.kv).writeIndex(index, hostile, NOW);

    const values = [...memory.data].filter(([key]) => key.startsWith('papers:v2:'));
    expect(values.length).toBeGreaterThan(0);
    for (const [, text] of values) expect(text).toMatch(ASCII);

    forgetCachedIndex(memory.kv);
    const stored = (await kvStore(memory.kv).readIndex()) as StoredIndex;
    expect(stored.head.storage.slots.every((slot) => slot.ascii === true)).toBe(true);
    // A fresh isolate reading a page of the newest papers: the values as bytes, one key a read.
    const { kv, reads } = recordingKv(memory.data);
    forgetCachedIndex(kv);
    const rows = stored.rows();
    const page = rows.slice(0, 50);
    const read = await kvStore(kv).readBodies(stored.head.storage, page);
    expect(reads.length).toBeGreaterThan(0);
    expect(reads.every((entry) => entry.endsWith('#arrayBuffer'))).toBe(true);
    for (const row of page) expect(read.get(row.id)).toEqual(hostile.get(row.id));
    // Every body, by way of text (many values at once) and of bytes, is the one given.
    forgetCachedIndex(kv);
    const all = await kvStore(kv).readBodies(stored.head.storage, rows);
    expect(all.size).toBe(rows.length);
    for (const row of rows) expect(all.get(row.id)).toEqual(hostile.get(row.id));
  });

  it('still reads values written before (text beyond ASCII), and a value wrongly flagged ASCII', async () => {
    const bodies = pool.slice(0, 6).map((paper, i) => ({ ...paper, title: `${paper.title} ${HOSTILE[i]}` }) as unknown as PaperBody);
    const values = new Map<string, string>();
    const storage: BodyStorage = { slots: [], retired: [] };
    const rows: IndexRow[] = [];
    // Slot 0: the old format (no flag); slot 1: flagged ASCII but not (offsets in characters).
    for (const [slot, flagged] of [[0, false], [1, true]] as const) {
      const key = `papers:v2:${slot}:old`;
      let text = '';
      for (const body of bodies.slice(slot * 3, slot * 3 + 3)) {
        const line = JSON.stringify(body);
        rows.push({ id: body.id, hash: '', at: { chunk: slot, offset: text.length, length: line.length }, source: 'json', upvotes: 0, comments: null, githubStars: null, topics: 0, fields: 0, lists: {} });
        text += `${line}\n`;
      }
      values.set(key, text);
      storage.slots.push(flagged ? { key, length: text.length, ascii: true } : { key, length: text.length });
    }
    const { kv, reads } = recordingKv(values);
    forgetCachedIndex(kv);
    const read = await kvStore(kv).readBodies(storage, rows);
    for (const body of bodies) expect(read.get(body.id)).toEqual(body);
    expect(reads).toEqual(expect.arrayContaining(['papers:v2:0:old#text', 'papers:v2:1:old#arrayBuffer']));
  });
});
