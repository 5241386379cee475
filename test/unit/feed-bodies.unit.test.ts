/**
 * Copies of the bodies thin feeds show: runs keep them in one value within the 3-writes budget,
 * a fresh isolate serving a rare topic reads that value instead of one value per ~140 papers the
 * feed reaches back, and a copy never stands in for a body that changed since.
 */
import { describe, expect, it } from 'vitest';
import type { ScrapedPaper } from '../../src/domain/types';
import { selectNewest, storedView } from '../../src/http/read-route';
import { selectIndexed } from '../../src/select/select-indexed';
import { indexFromSnapshot } from '../../src/snapshot/migrate';
import { hashText, newestFirst, type IndexRow, type PaperBody } from '../../src/snapshot/paper-index';
import { scrapePage } from '../../src/scrape/scrape-page';
import { asciiJson } from '../../src/store/ascii-lines';
import { copyLine } from '../../src/store/feed-bodies';
import { forgetCachedIndex, kvStore } from '../../src/store/kv-store';
import { workingIndexOf, type StoredIndex } from '../../src/store/index-codec';
import { fixture } from '../support/fixtures';
import { memoryKv } from '../support/memory-kv';
import { syntheticSnapshot } from '../support/synthetic';

const NOW = Date.parse('2026-06-01T12:00:00Z');
const RUN = 30 * 60_000;
const pool = scrapePage(fixture('trending.html')).papers;
// Bit 0: a third of the papers; bit 1: one in 61, a rare topic reaching months back.
const bitsOf = (i: number) => (i % 3 === 0 ? 1 : 0) | (i % 61 === 7 ? 2 : 0);
const topics = { queries: ['common', 'rare'], pending: [] };

/** 3,000 papers over ~110 days, stored as the migration stores them (many body values at once). */
async function history() {
  const memory = memoryKv();
  const { index, bodies } = indexFromSnapshot(syntheticSnapshot(pool, 3_000, NOW), () => 0);
  const rows = index.rows.map((row, i) => ({ ...row, topics: bitsOf(i) }));
  await kvStore(memory.kv).writeIndex({ ...index, topics, rows }, bodies, NOW);
  return memory;
}

/** A run at `at` storing one new paper (or `changed` bodies of stored rows); returns the KV writes it made. */
async function run(memory: ReturnType<typeof memoryKv>, at: number, changed: ReadonlyMap<string, PaperBody> = new Map()) {
  const store = kvStore(memory.kv);
  const stored = (await store.readIndex()) as StoredIndex;
  const taken = stored.cold.take(changed.keys());
  const index = { ...workingIndexOf(stored), cold: taken.rest };
  const id = `2607.${String(at % 100_000).padStart(5, '0')}`;
  const body = { ...(pool[0] as ScrapedPaper), id, title: `New ${id}` } as PaperBody;
  const fresh: IndexRow = { id, hash: hashText(JSON.stringify(body)), at: null, source: 'json', upvotes: 1, comments: null, githubStars: null, topics: 0, fields: 0, lists: { trending: { first: at, last: at, rank: 1 } } };
  const rows = [fresh, ...newestFirst(index.rows, taken.rows).map((row) => (changed.has(row.id) ? { ...row, at: null, hash: hashText(JSON.stringify(changed.get(row.id))) } : row))];
  const before = memory.writes;
  const bodies = new Map([[id, body], ...changed]);
  await store.writeIndex({ ...index, version: '', updatedAt: new Date(at).toISOString(), rows }, bodies, at);
  return memory.writes - before;
}

/** The rare topic's default feed from a fresh isolate: its papers and the KV keys read. */
async function rareFeed(memory: ReturnType<typeof memoryKv>, useCopies = true) {
  forgetCachedIndex(memory.kv);
  const store = kvStore(memory.kv);
  const reads = memory.reads;
  const stored = (await store.readIndex()) as StoredIndex;
  const copies = () => (useCopies ? (stored.cold.newest.copies?.values ?? []) : []);
  const view = storedView(stored, (rows) => store.readBodies(stored.head.storage, rows, copies));
  const select = (rows: readonly IndexRow[]) => selectIndexed(rows, { source: 'any', limit: 50, sort: 'new', inTopic: (row) => (row.topics & 2) !== 0 }, view.bodies);
  const papers = await selectNewest(view, 'any', 50, 1, select);
  return { papers: papers.map((paper) => `${paper.id} ${paper.title}`), reads: memory.reads - reads, values: stored.head.storage.slots.length };
}

describe('copies of the bodies thin feeds show', () => {
  it('are kept by runs within 3 KV writes, and serve a rare topic from a fresh isolate in a few keys', async () => {
    const memory = await history();
    // Each run copies from at most a few body values; the copies are complete after a few runs.
    for (let i = 1; i <= 8; i++) expect(await run(memory, NOW + i * RUN)).toBeLessThanOrEqual(3);
    const copied = await rareFeed(memory);
    const read = await rareFeed(memory, false);
    expect(copied.papers).toHaveLength(50);
    expect(copied.papers).toEqual(read.papers);
    expect(read.reads).toBeGreaterThan(10);
    // The index, the copies, and at most one value besides the newest that the copies leave out.
    expect(copied.reads).toBeLessThanOrEqual(4);
    // Copies are written in ASCII, as body values are, so a reader decodes only its lines.
    const copyValues = [...memory.data].filter(([key]) => key.startsWith('papers:v2:copies:'));
    expect(copyValues.length).toBeGreaterThan(0);
    for (const [, text] of copyValues) expect(text).toMatch(/^[\x00-\x7f]*$/);
    const stored = (await kvStore(memory.kv).readIndex()) as StoredIndex;
    expect(stored.cold.newest.copies?.values.every((group) => group.ascii === true)).toBe(true);
  });

  it('never stand in for a body that changed after it was copied', async () => {
    const memory = await history();
    for (let i = 1; i <= 8; i++) await run(memory, NOW + i * RUN);
    const stored = (await kvStore(memory.kv).readIndex()) as StoredIndex;
    const copies = stored.cold.newest.copies?.values ?? [];
    // A paper of the rare feed's page whose body is read from the copies.
    const id = ((await rareFeed(memory)).papers[20] as string).split(' ')[0] as string;
    expect(copies.some((group) => group.at[id] !== undefined)).toBe(true);
    // A later scrape changed that paper's body: appended to the newest value, its row's hash new.
    const changed = { ...(pool[1] as ScrapedPaper), id, title: 'A changed title' } as PaperBody;
    await run(memory, NOW + 7 * RUN, new Map([[id, changed]]));
    const { papers } = await rareFeed(memory);
    expect(papers).toContain(`${id} A changed title`);
  });
});

describe('a line copied from a body value', () => {
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  const lines = ['{"id":"a","title":"Plain"}', '{"id":"b","title":"Gödel – “quoted” 🙂"}', '{"id":"c","title":"After"}'];
  const text = `${lines.join('\n')}\n`;
  const offsets = lines.map((_, i) => lines.slice(0, i).reduce((sum, line) => sum + line.length + 1, 0));

  it('is a view of the bytes of a value in ASCII, and its text made ASCII otherwise', () => {
    const ascii = `${lines.map(asciiJson).join('\n')}\n`;
    const asciiOffsets = lines.map((_, i) => lines.slice(0, i).reduce((sum, line) => sum + asciiJson(line).length + 1, 0));
    const bytes = encoder.encode(ascii);
    lines.forEach((line, i) => {
      const fromBytes = copyLine(bytes, asciiOffsets[i] as number, asciiJson(line).length);
      expect(fromBytes.buffer).toBe(bytes.buffer);
      expect(decoder.decode(fromBytes)).toBe(asciiJson(line));
      const fromText = copyLine(text, offsets[i] as number, line.length);
      expect(decoder.decode(fromText)).toBe(asciiJson(line));
      expect(JSON.parse(decoder.decode(fromText))).toEqual(JSON.parse(line));
    });
  });

  it('reads a value flagged ASCII that is not as its text', () => {
    // Offsets in characters, as such a value was written; its bytes are longer past `ö`.
    const bytes = encoder.encode(text);
    const copied = copyLine(bytes, offsets[2] as number, (lines[2] as string).length);
    expect(decoder.decode(copied)).toBe(lines[2]);
  });
});
