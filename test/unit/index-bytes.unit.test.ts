/**
 * A run writes the index as bytes, re-encoding only the lines before the cold rows and the cold
 * rows it touched (`Utf8Parts`): what it writes must be, byte for byte, the UTF-8 of the text the
 * index stands for, whatever the rows hold (ids and hashes beyond ASCII included) and whichever
 * way the cold rows changed (taken back, expired from the front, appended, inserted early).
 */
import { describe, expect, it } from 'vitest';
import { indexFromSnapshot } from '../../src/snapshot/migrate';
import { lastSeen, type ColdRows, type IndexRow, type PaperBody, type PaperIndex } from '../../src/snapshot/paper-index';
import type { ScrapedPaper } from '../../src/domain/types';
import { forgetCachedIndex, kvStore } from '../../src/store/kv-store';
import { asciiJson } from '../../src/store/ascii-lines';
import { memoryKv } from '../support/memory-kv';
import { scrapePage } from '../../src/scrape/scrape-page';
import { COOL_BATCH, decodeIndex, encodeIndex, encodeLayout, indexText, layoutIndex, workingIndexOf, type StoredIndex } from '../../src/store/index-codec';
import type { StoredColdRows } from '../../src/store/cold-rows';
import { toTuple } from '../../src/store/row-tuple';
import { Utf8Parts, utf8Length } from '../../src/store/utf8-parts';
import { fixture } from '../support/fixtures';
import { syntheticSnapshot } from '../support/synthetic';

const DAY = 86_400_000;
const NOW = Date.parse('2026-06-01T12:00:00Z');
const pool = scrapePage(fixture('trending.html')).papers;
const encoder = new TextEncoder();

// Characters of one, two, three and four UTF-8 bytes, and the line break rows are cut at.
const ALPHABET = ['a', '7', ',', 'é', 'ß', '∑', '中', '😀', '𝔘', '\n'];

/** A deterministic pseudo-random text of `length` characters from the alphabet. */
function text(seed: number, length: number): string {
  let state = seed;
  let out = '';
  for (let i = 0; i < length; i++) {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    out += ALPHABET[state % ALPHABET.length];
  }
  return out;
}

/** Offsets of `value`'s line breaks (cuts that split no character). */
function breaks(value: string): number[] {
  return [...value.matchAll(/\n/g)].map((match) => match.index);
}

const joined = (cold: StoredColdRows) => Utf8Parts.concat(cold.bytes);

/**
 * 600 papers stored as of `NOW`, every fifth id beyond ASCII, read back from the bytes of the
 * value: the cold rows know their bytes as read.
 */
function storedFromBytes(): StoredIndex {
  const { index } = indexFromSnapshot(syntheticSnapshot(pool, 600, NOW), () => 0);
  const rows = index.rows.map((row, i): IndexRow => ({ ...row, id: i % 5 === 0 ? `${row.id}-é中😀` : row.id, at: { chunk: 0, offset: i, length: 1 } }));
  const value = encodeIndex({ ...index, version: 'v1', rows, storage: { slots: [{ key: 'k', length: 600 }], retired: [] } }, NOW).text;
  return decodeIndex(encoder.encode(value)) as StoredIndex;
}

describe('UTF-8 bytes kept in parts', () => {
  it('measure UTF-8 as an encoder writes it, lone surrogates as U+FFFD', () => {
    for (const sample of [text(1, 500), '😀', '\ud800', 'a\udc00b', '\ud83d\ude00\ud83d', '']) {
      expect(utf8Length(sample), JSON.stringify(sample)).toBe(encoder.encode(sample).length);
    }
  });

  it('after a prefix dropped or a tail replaced, are the bytes of the new text', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const before = text(seed, 400);
      const parts = Utf8Parts.of(before);
      for (const cut of breaks(before).filter((_, i) => i % 7 === seed % 7)) {
        expect(Utf8Parts.concat(parts.withoutPrefix(before.slice(0, cut)).parts)).toEqual(encoder.encode(before.slice(cut)));
        const after = before.slice(0, cut) + text(seed + 100, seed * 3);
        expect(Utf8Parts.concat(parts.replacedFrom(before, cut, after).parts)).toEqual(encoder.encode(after));
      }
    }
  });

  it('stay the bytes of the text over many changes at both ends, joined into one buffer now and then', () => {
    let current = text(7, 300);
    let parts = Utf8Parts.of(current);
    for (let round = 0; round < 60; round++) {
      const appended = current + text(round, 20 + round);
      parts = parts.replacedFrom(current, current.length, appended);
      current = appended;
      const cut = breaks(current)[round % 3] ?? 0;
      parts = parts.withoutPrefix(current.slice(0, cut));
      current = current.slice(cut);
      expect(parts.parts.length).toBeLessThanOrEqual(17);
      expect(parts.length).toBe(encoder.encode(current).length);
    }
    expect(Utf8Parts.concat(parts.parts)).toEqual(encoder.encode(current));
  });
});

describe('an index written as bytes', () => {
  it('is the UTF-8 of its text after cold rows are taken back, expired, appended and inserted early', () => {
    const stored = storedFromBytes();
    let cold = stored.cold;
    expect(cold.size).toBeGreaterThan(300);
    const check = (label: string) => expect(joined(cold), label).toEqual(encoder.encode(cold.text));
    check('as read');

    const all = cold.all();
    // Taken back: a few from the middle, one beyond ASCII among them.
    const back = [all[40], all[41], all[200], all[5]].map((row) => (row as IndexRow).id);
    expect(back.some((id) => id.includes('😀'))).toBe(true);
    cold = cold.take(back).rest;
    check('after take');

    // Expired: the oldest by last sighting.
    const oldest = Math.min(...cold.all().map(lastSeen));
    cold = cold.expire(oldest + 2 * DAY).rest;
    check('after expire');

    // Appended: rows cooling after every stored one, and rows seen earlier than the last appended.
    const newest = Math.max(...cold.all().map(lastSeen));
    const late = all.slice(40, 42).map((row, i) => ({ ...row, lists: { trending: { first: newest + i, last: newest + DAY + i, rank: null } } }));
    cold = cold.append(late);
    check('after appending late rows');
    const early = { ...(all[200] as IndexRow), lists: { trending: { first: newest - 3 * DAY, last: newest - DAY, rank: null } } };
    cold = cold.append([early]);
    check('after inserting an early row');
  });

  it('by a run is the UTF-8 of the value the text encoding gives, hot and cold rows alike', () => {
    const stored = storedFromBytes();
    const working = workingIndexOf(stored);
    // 50 new papers push 50 hot rows out of the newest: last seen days ago, they cool.
    const at = NOW + 5 * DAY;
    const fresh = working.rows.slice(0, 50).map((row, i): IndexRow => ({ ...row, id: `2612.${i}-ü`, lists: { trending: { first: at - i, last: at, rank: i + 1 } } }));
    const layout = layoutIndex({ ...working, version: 'v2', rows: [...fresh, ...working.rows] }, at);
    // Rows cooled in this layout: the cold rows were appended to.
    expect(layout.cold.size).toBeGreaterThan(stored.cold.size);
    expect(encodeLayout(layout).bytes).toEqual(encoder.encode(indexText(layout)));
    // Rows' text is reused, but each line is the JSON of what it holds.
    const [headLine, hotLine] = indexText(layout).split('\n');
    expect(JSON.parse(headLine as string)).toEqual(JSON.parse(JSON.stringify({ ...layout.head, latest: layout.head.latest.map(toTuple) })));
    expect(hotLine).toBe(JSON.stringify(layout.hot.map(toTuple)));
    const decoded = decodeIndex(encodeLayout(layout).bytes) as StoredIndex;
    expect(decoded.rows()).toHaveLength(650);
    expect(new Set(decoded.rows().map((row) => row.id))).toEqual(new Set([...layout.hot, ...layout.cold.all()].map((row) => row.id)));
  });

  it('by runs one after another is the UTF-8 of each value, whichever lines changed in between', () => {
    const stored = storedFromBytes();
    const working = workingIndexOf(stored);
    const at = NOW + 5 * DAY;
    const layoutWith = (count: number) => {
      const fresh = working.rows.slice(0, count).map((row, i): IndexRow => ({ ...row, id: `2612.${count}.${i}-ü`, lists: { trending: { first: at - i, last: at, rank: i + 1 } } }));
      return layoutIndex({ ...working, version: `v${count}`, rows: [...fresh, ...working.rows] }, at);
    };
    // Unchanged cold rows (nothing cools), then rows cooling (new ids and newest cold rows), then back.
    const layouts = [layoutWith(0), layoutWith(0), layoutWith(50), layoutWith(COOL_BATCH + 5), layoutWith(0)];
    expect(new Set(layouts.map((layout) => layout.cold.ids)).size).toBe(3);
    for (const [i, layout] of layouts.entries()) expect(encodeLayout(layout).bytes, `run ${i}`).toEqual(encoder.encode(indexText(layout)));
  });
});

describe('a body value written as bytes', () => {
  it('appended to in the same isolate is the UTF-8 of its text: earlier lines as written, new ones encoded', async () => {
    const memory = memoryKv();
    const store = kvStore(memory.kv);
    const body = (id: string, title: string): PaperBody => {
      const { rank: _r, upvotes: _u, comments: _c, githubStars: _g, source: _s, ...rest } = pool[0] as ScrapedPaper;
      return { ...rest, id, title };
    };
    const row = (id: string, at: number): IndexRow => ({ id, hash: `h${id}`, at: null, source: 'json', upvotes: 1, comments: null, githubStars: null, topics: 0, fields: 0, lists: { trending: { first: at, last: at, rank: 1 } } });
    const first = body('2606.00001', 'Ünïcödé 😀 𝔘 first');
    const second = body('2606.00002', '中文 ∑ second');
    const at = new Date(NOW).toISOString();
    const empty: PaperIndex = { version: '', updatedAt: at, checkedAt: at, topics: { queries: [], pending: [] }, storage: { slots: [], retired: [] }, rows: [] };
    const one = await store.writeIndex({ ...empty, rows: [row(first.id, NOW)] }, new Map([[first.id, first]]), NOW);
    const working = workingIndexOf(one);
    const two = await store.writeIndex({ ...working, version: '', rows: [row(second.id, NOW + 1_000), ...working.rows] }, new Map([[second.id, second]]), NOW + 1_000);
    const key = two.head.storage.slots[0]?.key as string;
    expect(key).not.toBe(one.head.storage.slots[0]?.key);
    // The stored text (memory KV decodes written bytes strictly) is both lines, in ASCII.
    expect(memory.data.get(key)).toBe(`${asciiJson(JSON.stringify(first))}\n${asciiJson(JSON.stringify(second))}\n`);
    expect(memory.data.get(key)).toMatch(/^[\x00-\x7f]*$/);
    forgetCachedIndex(memory.kv);
    const bodies = await kvStore(memory.kv).readBodies(two.head.storage, two.rows());
    expect(bodies.get(first.id)?.title).toBe(first.title);
    expect(bodies.get(second.id)?.title).toBe(second.title);
  });
});

describe('the index a run wrote, as this isolate keeps it', () => {
  it('reads every row, whether its hot rows came from memory or were parsed from the text', async () => {
    const memory = memoryKv();
    const store = kvStore(memory.kv);
    const { index, bodies } = indexFromSnapshot(syntheticSnapshot(pool, 600, NOW), () => 0);
    const first = await store.writeIndex({ ...index, version: '' }, bodies, NOW);
    expect(first.cold.size).toBeGreaterThan(300);
    expect(first.rows()).toHaveLength(600);
    // Cold rows that are not the stored kind (a run that saw every row): the hot rows cannot be
    // told from memory, and the written index must still hold every row.
    const working = workingIndexOf(first);
    const foreign: ColdRows = { size: first.cold.size, take: () => ({ rows: [], rest: foreign }), expire: () => ({ expired: [], rest: foreign }), all: () => first.cold.all() };
    const second = await store.writeIndex({ ...working, version: '', cold: foreign }, new Map(), NOW + 1_000);
    forgetCachedIndex(memory.kv);
    const read = (await kvStore(memory.kv).readIndex()) as StoredIndex;
    expect(second.rows().map((row) => row.id)).toEqual(read.rows().map((row) => row.id));
    expect(second.rows()).toHaveLength(600);
    expect(second.hot().map((row) => row.id)).toEqual(read.hot().map((row) => row.id));
  });
});
