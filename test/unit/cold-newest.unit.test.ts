/**
 * The newest cold rows per feed, kept by the runs from the rows they touch: after rows cool, come
 * back and expire, every cold row of a feed newer than what the feed left out is still kept, and
 * a feed in the default order reads the same papers from them as from every row — without parsing
 * every row when the feed is a rare topic.
 */
import { describe, expect, it } from 'vitest';
import type { FeedSource, ListScrape, ScrapedPaper } from '../../src/domain/types';
import { selectNewest, selectTrending, storedView } from '../../src/http/read-route';
import { selectIndexed, type BodyLoader } from '../../src/select/select-indexed';
import { mergeIndex } from '../../src/snapshot/merge-index';
import { indexFromSnapshot } from '../../src/snapshot/migrate';
import { firstSeen, type IndexRow, type PaperBody, type PaperIndex } from '../../src/snapshot/paper-index';
import { scrapePage } from '../../src/scrape/scrape-page';
import { COLD_NEWEST, ColdNewest, copyGroup, type FeedCopies } from '../../src/store/cold-newest';
import { decodeIndex, encodeIndex, workingIndexOf, type StoredIndex } from '../../src/store/index-codec';
import { fixture } from '../support/fixtures';
import { syntheticSnapshot } from '../support/synthetic';

const DAY = 86_400_000;
const NOW = Date.parse('2026-06-01T12:00:00Z');
const pool = scrapePage(fixture('trending.html')).papers;
const SOURCES: FeedSource[] = ['any', 'trending', 'daily'];
const BITS = [-1, 0, 1, 2];

// Bit 0 common (a third), bit 1 uncommon (one in 12), bit 2 rare (one in 61): the rare ones reach
// far past the head's newest rows.
const bitsOf = (i: number) => (i % 3 === 0 ? 1 : 0) | (i % 12 === 5 ? 2 : 0) | (i % 61 === 7 ? 4 : 0);

/** 2,000 papers over ~75 days; every fourth also on the daily list, first seen there a day later. */
function stored(): StoredIndex {
  const { index } = indexFromSnapshot(syntheticSnapshot(pool, 2_000, NOW), () => 0);
  const rows = index.rows.map((row, i): IndexRow => {
    const trending = row.lists.trending;
    const lists = i % 4 === 1 && trending ? { ...row.lists, daily: { first: Math.min(NOW - DAY, trending.first + DAY), last: Math.min(NOW - DAY, trending.last + DAY), rank: null, day: '2026-05-01' } } : row.lists;
    return { ...row, topics: bitsOf(i), lists, at: { chunk: Math.floor(i / 140), offset: i, length: 1 } };
  });
  const topics = { queries: ['a', 'b', 'c'], pending: [] };
  return decodeIndex(encodeIndex({ ...index, version: 'v1', rows, topics, storage: { slots: [], retired: [] } }, NOW).text) as StoredIndex;
}

/** A run at `at`: `fresh` new papers, then stored papers `back` on the list again. */
function run(from: StoredIndex, at: number, fresh: number, back: readonly string[] = [], retentionDays = 400): StoredIndex {
  const papers: ScrapedPaper[] = [];
  for (let i = 0; i < fresh; i++) papers.push({ ...(pool[i % pool.length] as ScrapedPaper), id: `2606.${String(at % 100_000).padStart(5, '0')}${i}`, rank: i + 1 });
  back.forEach((id, i) => papers.push({ ...(pool[i % pool.length] as ScrapedPaper), id, rank: fresh + i + 1 }));
  const scrape: ListScrape = { list: 'trending', papers };
  const { index } = mergeIndex(workingIndexOf(from), [scrape], { now: new Date(at).toISOString(), retentionDays, matchTopics: (body) => (body.title.length % 5 === 0 ? 4 : 1) });
  const placed: PaperIndex = { ...index, version: `v${at}`, rows: index.rows.map((row, i) => (row.at ? row : { ...row, at: { chunk: 20, offset: i, length: 1 } })) };
  return decodeIndex(encodeIndex(placed, at).text) as StoredIndex;
}

const on = (row: IndexRow, source: FeedSource) => (source === 'any' ? firstSeen(row) : row.lists[source]?.first);

/** Every cold row of every feed newer than what that feed left out is kept, and nothing else. */
function expectKept(index: StoredIndex): void {
  const cold = index.cold.all();
  const coldIds = new Set(cold.map((row) => row.id));
  for (const bit of BITS) {
    for (const source of SOURCES) {
      const label = `bit ${bit}, ${source}`;
      const { rows, outside } = index.cold.newest.feed(bit, source);
      const kept = new Set(rows.map((row) => row.id));
      const feed = cold.filter((row) => (bit < 0 || (row.topics & (1 << bit)) !== 0) && on(row, source) !== undefined);
      for (const row of rows) expect(coldIds.has(row.id), `${label}: ${row.id} is cold`).toBe(true);
      expect(rows.length, label).toBeLessThanOrEqual(COLD_NEWEST);
      for (const row of feed) if (outside === undefined || (on(row, source) as number) > outside) expect(kept.has(row.id), `${label}: ${row.id} kept`).toBe(true);
    }
  }
}

// Any body will do: the feeds are chosen by the rows' bits.
const anyBody: BodyLoader = async (rows) => new Map(rows.map((row) => [row.id, { ...(pool[0] as ScrapedPaper), id: row.id } as PaperBody]));

describe('the newest cold rows per feed', () => {
  it('are kept as rows cool, come back and expire, as if built from every cold row', () => {
    let index = stored();
    expect(index.cold.keepsNewest).toBe(true);
    expectKept(index);
    const cold = index.cold.all();
    // Rare-topic papers come back on the list (they leave the cold rows), new papers arrive.
    const back = cold.filter((row) => row.topics & 4).slice(0, 3).map((row) => row.id);
    index = run(index, NOW + 1_800_000, 30, back);
    expect(back.every((id) => index.hot().some((row) => row.id === id))).toBe(true);
    expectKept(index);
    // Three days on, they cool again with the papers pushed out of the head.
    index = run(index, NOW + 3 * DAY, 5);
    expect(back.every((id) => index.cold.all().some((row) => row.id === id))).toBe(true);
    expectKept(index);
    // Retention cuts into the cold rows.
    index = run(index, NOW + 4 * DAY, 5, [], 40);
    expect(index.cold.size).toBeLessThan(cold.length - 500);
    expectKept(index);
  });

  it('serve a feed in the default order exactly as every row would, without parsing every row for a rare topic', async () => {
    let index = run(stored(), NOW + 1_800_000, 20);
    index = run(index, NOW + 3 * DAY, 5);
    for (const bit of BITS) {
      for (const source of SOURCES) {
        for (const limit of [12, 50, 60, 200]) {
          const label = `bit ${bit}, ${source}, limit ${limit}`;
          const inTopic = (row: IndexRow) => bit < 0 || (row.topics & (1 << bit)) !== 0;
          const select = (rows: readonly IndexRow[]) => selectIndexed(rows, { source, limit, sort: 'new', inTopic }, anyBody);
          const expected = (await select(index.rows())).map((paper) => `${paper.id} ${paper.firstSeenAt}`);
          let everyRow = 0;
          const view = { ...storedView(index, anyBody), rows: () => (everyRow++, index.rows()) };
          const papers = await selectNewest(view, source, limit, bit, select);
          expect(papers.map((paper) => `${paper.id} ${paper.firstSeenAt}`), label).toEqual(expected);
          // The rare topic's default feed reaches past the head and is served from the kept rows.
          if (bit === 2 && limit <= 50) expect(everyRow, label).toBe(0);
        }
      }
    }
  });

  it('are built once from every cold row when the stored index did not keep them', () => {
    const index = stored();
    // The same value as format 3 wrote it: no line of newest cold rows.
    const lines = encodeIndex({ ...workingIndexOf(index), version: 'v2' }, NOW).text.split('\n');
    const head = JSON.parse(lines[0] as string) as { format: number };
    const old = [JSON.stringify({ ...head, format: 3 }), lines[1], ...lines.slice(3)].join('\n');
    const format3 = decodeIndex(old) as StoredIndex;
    expect(format3.cold.keepsNewest).toBe(false);
    expect(format3.rows().map((row) => row.id)).toEqual(index.rows().map((row) => row.id));
    const next = run(format3, NOW + 1_800_000, 10);
    expect(next.head.format).toBe(4);
    expect(next.cold.keepsNewest).toBe(true);
    expectKept(next);
  });

  it('let a reader read a rare topic from the stored bytes without decoding the cold rows', async () => {
    const text = encodeIndex({ ...workingIndexOf(run(stored(), NOW + 1_800_000, 20)), version: 'v3' }, NOW + 1_800_000).text;
    const bytes = new TextEncoder().encode(text);
    // The bytes of the value up to the line of cold row ids: all a reader of the newest papers needs.
    let idsAt = -1;
    for (let i = 0, lines = 0; i < bytes.length; i++) if (bytes[i] === 10 && ++lines === 3) idsAt = i;
    const decoded: number[] = [];
    class Watched extends Uint8Array {
      override subarray(start?: number, end?: number): Uint8Array<ArrayBuffer> {
        decoded.push(end ?? this.length);
        return super.subarray(start, end);
      }
    }
    const index = decodeIndex(new Watched(bytes)) as StoredIndex;
    const select = (rows: readonly IndexRow[]) => selectIndexed(rows, { source: 'any', limit: 12, sort: 'new', inTopic: (row) => (row.topics & 4) !== 0 }, anyBody);
    const papers = await selectNewest(storedView(index, anyBody), 'any', 12, 2, select);
    expect(papers).toHaveLength(12);
    expect(Math.max(...decoded)).toBeLessThanOrEqual(idsAt);
    // Every row: now the cold rows are decoded, and read as the text would read them.
    expect(index.rows().map((row) => row.id)).toEqual((decodeIndex(text) as StoredIndex).rows().map((row) => row.id));
    expect(Math.max(...decoded)).toBe(bytes.length);
  });
});

describe('a feed in trending order', () => {
  it('is served from the hot rows and the rows seen last, exactly as every row would serve it', async () => {
    // 30 papers on the list now (ranked, hot), the rest hot or cold but off the list.
    const index = run(run(stored(), NOW + 1_800_000, 20), NOW + 3 * DAY, 30);
    let partial = 0;
    for (const bit of BITS) {
      for (const source of SOURCES) {
        for (const limit of [5, 30, 31, 50, 200]) {
          const label = `bit ${bit}, ${source}, limit ${limit}`;
          const inTopic = (row: IndexRow) => bit < 0 || (row.topics & (1 << bit)) !== 0;
          const select = (rows: readonly IndexRow[]) => selectIndexed(rows, { source, limit, sort: 'trending', inTopic }, anyBody);
          const expected = (await select(index.rows())).map((paper) => `${paper.id} ${paper.rank}`);
          const reads: (number | undefined)[] = [];
          const base = storedView(index, anyBody);
          const view = { ...base, seenLast: (count: number) => { const seen = base.seenLast(count); reads.push(seen.bound); return seen; } };
          const papers = await selectTrending(view, limit, select);
          expect(papers.map((paper) => `${paper.id} ${paper.rank}`), label).toEqual(expected);
          // Every paper of the trending feed is on the list in the first 30: no cold row is read.
          if (bit === -1 && source !== 'daily' && limit <= 30) expect(reads, label).toEqual([]);
          if (reads.length > 0 && reads.at(-1) !== undefined) partial++;
        }
      }
    }
    // Most pages past the list end long before the oldest cold row.
    expect(partial).toBeGreaterThan(20);
  });

  it('reads every row when the papers on the list do not fill the page', async () => {
    const index = run(stored(), NOW + 1_800_000, 3);
    // A page of 5 from hot rows that are all on the list: three ranked papers, so two must come from elsewhere.
    const ranked = index.hot().filter((row) => row.lists.trending?.rank != null);
    expect(ranked).toHaveLength(3);
    const select = (rows: readonly IndexRow[]) => selectIndexed(rows, { source: 'any', limit: 5, sort: 'trending', inTopic: () => true }, anyBody);
    const view = { ...storedView(index, anyBody), hot: () => ranked };
    const papers = await selectTrending(view, 5, select);
    expect(papers.map((paper) => paper.id)).toEqual((await select(index.rows())).map((paper) => paper.id));
    expect(papers).toHaveLength(5);
  });

  it("give each thin feed's first page as the feed's hot rows and kept cold rows, newest first", () => {
    const index = run(run(stored(), NOW + 1_800_000, 20), NOW + 3 * DAY, 30);
    const newest = index.cold.newest;
    const latest = index.head.latest;
    const hot = index.hot();
    for (const page of [5, 50]) {
      // What each group must hold: every thin feed's page as one plain filter, sort and slice gives it.
      const expected = new Map<number, Set<string>>();
      for (const bit of BITS) {
        for (const source of SOURCES) {
          const inFeed = (row: IndexRow) => (bit < 0 || (row.topics & (1 << bit)) !== 0) && on(row, source) !== undefined;
          if (latest.filter(inFeed).length >= page) continue;
          const rows = [...hot.filter(inFeed), ...newest.feed(bit, source).rows]
            .sort((a, b) => (on(b, source) as number) - (on(a, source) as number) || (a.id < b.id ? -1 : 1))
            .slice(0, page);
          const group = copyGroup(bit);
          if (rows.length > 0) expected.set(group, new Set([...(expected.get(group) ?? []), ...rows.map((row) => row.id)]));
        }
      }
      const pages = newest.thinPages(latest, hot, 3, page);
      expect(new Map([...pages].map(([group, rows]) => [group, new Set(rows.map((row) => row.id))])), `page ${page}`).toEqual(expected);
      expect(pages.size, `page ${page}`).toBeGreaterThan(0);
    }
  });

  it('are one JSON object any version reads, and read the same from the form earlier versions wrote', () => {
    const index = run(run(stored(), NOW + 1_800_000, 20), NOW + 3 * DAY, 30);
    const copies: FeedCopies = { slots: 3, values: [{ group: 1, key: 'papers:v2:copies:1:x', length: 10, ascii: true, at: { a: [0, 9, 'h'] } }] };
    for (const withCopies of [false, true]) {
      const line = withCopies ? index.cold.newest.withCopies(copies).text() : index.cold.newest.text();
      // What an earlier version reads: the rows, the picks into them, `outside` and the copies.
      const whole = JSON.parse(line) as { rows: unknown[]; picks: Record<string, number[]>; outside: Record<string, number>; copies?: FeedCopies };
      const earlier = ColdNewest.fromLine(`{"rows":${JSON.stringify(whole.rows)},${JSON.stringify({ picks: whole.picks, outside: whole.outside, ...(withCopies ? { copies } : {}) }).slice(1)}`);
      const now = ColdNewest.fromLine(line);
      for (const bit of BITS) {
        for (const source of SOURCES) {
          const label = `bit ${bit}, ${source}, copies ${withCopies}`;
          const mine = now.feed(bit, source);
          expect(mine, label).toEqual(index.cold.newest.feed(bit, source));
          expect(earlier.feed(bit, source), label).toEqual(mine);
          expect(whole.picks[`${bit}|${source}`]?.length ?? 0, label).toBe(mine.rows.length);
        }
      }
      expect(now.copies).toEqual(withCopies ? copies : undefined);
      expect(earlier.copies).toEqual(withCopies ? copies : undefined);
      expect(whole.copies).toEqual(withCopies ? copies : undefined);
    }
  });
});

