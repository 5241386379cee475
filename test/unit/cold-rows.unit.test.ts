/**
 * Hot and cold rows: a run works on the hot rows and leaves the cold ones as stored, and must end
 * with exactly what working on every row gives — the same rows, order, counts and expiries.
 */
import { describe, expect, it } from 'vitest';
import type { ListScrape, ScrapedPaper } from '../../src/domain/types';
import { mergeIndex } from '../../src/snapshot/merge-index';
import { indexFromSnapshot } from '../../src/snapshot/migrate';
import { firstSeen, lastSeen, paperCount, type IndexRow, type PaperIndex } from '../../src/snapshot/paper-index';
import { StoredColdRows } from '../../src/store/cold-rows';
import { fromTuple, type RowTuple } from '../../src/store/row-tuple';
import { scrapePage } from '../../src/scrape/scrape-page';
import { COOL_BATCH, decodeIndex, encodeIndex, HEAD_LATEST, indexOf, workingIndexOf, type StoredIndex } from '../../src/store/index-codec';
import { fixture } from '../support/fixtures';
import { syntheticSnapshot } from '../support/synthetic';

const DAY = 86_400_000;
const NOW = Date.parse('2026-06-01T12:00:00Z');
const pool = scrapePage(fixture('trending.html')).papers;

/** 1,000 papers over ~37 days, stored as of `NOW` (every body placed in a made-up slot). */
function stored(): StoredIndex {
  const { index } = indexFromSnapshot(syntheticSnapshot(pool, 1_000, NOW), (body) => (body.title.length % 3) | (body.abstract.length % 2 ? 4 : 0));
  const rows = index.rows.map((row, i) => ({ ...row, at: { chunk: Math.floor(i / 140), offset: i, length: 1 } }));
  const topics = { queries: ['a', 'b', 'c'], pending: [] };
  return decodeIndex(encodeIndex({ ...index, version: 'v1', rows, topics, storage: { slots: [], retired: [] } }, NOW).text) as StoredIndex;
}

/** A page: `fresh` new papers, then `back` stored papers by id. */
function page(fresh: number, back: readonly string[]): ListScrape {
  const papers: ScrapedPaper[] = [];
  for (let i = 0; i < fresh; i++) papers.push({ ...(pool[i % pool.length] as ScrapedPaper), id: `2606.${String(i).padStart(5, '0')}`, rank: i + 1 });
  back.forEach((id, i) => papers.push({ ...(pool[i % pool.length] as ScrapedPaper), id, rank: fresh + i + 1, title: `${(pool[i % pool.length] as ScrapedPaper).title} (back)` }));
  return { list: 'trending', papers };
}

/** Runs `scrape` at `at` on the working (hot/cold) index and on every row; returns both as stored. */
function bothWays(from: StoredIndex, scrape: ListScrape, at: number, retentionDays = 400) {
  const options = { now: new Date(at).toISOString(), retentionDays, matchTopics: () => 1 };
  const place = (index: PaperIndex): PaperIndex => ({ ...index, version: 'v2', rows: index.rows.map((row, i) => (row.at ? row : { ...row, at: { chunk: 9, offset: i, length: 1 } })) });
  const working = mergeIndex(workingIndexOf(from), [scrape], options);
  const full = mergeIndex(indexOf(from), [scrape], options);
  const encode = (index: PaperIndex) => decodeIndex(encodeIndex(place(index), at).text) as StoredIndex;
  return { working, full, hot: encode(working.index), all: encode(full.index) };
}

const ids = (index: StoredIndex) => index.rows().map((row) => row.id);

describe('cold rows', () => {
  it('hold the papers that left every list days ago, outside the newest: a run parses only the hot ones', () => {
    const index = stored();
    expect(index.head.format).toBe(4);
    expect(index.cold.size).toBeGreaterThan(700);
    expect(index.hot().length).toBeLessThan(300);
    expect(index.hot().length + index.cold.size).toBe(1_000);
    expect(index.head.latest.map((row) => row.id)).toEqual(ids(index).slice(0, HEAD_LATEST));
    expect(index.head.counts.any.papers).toBe(1_000);
  });

  it('are never parsed by a run that does not need them', () => {
    const text = encodeIndex({ ...indexOf(stored()), version: 'v1' }, NOW).text;
    // Spoil a cold row in the middle: a run that parsed it would throw.
    const lines = text.split('\n');
    const middle = Math.floor(lines.length * 0.6);
    lines[middle] = '[this is not JSON],';
    const spoiled = decodeIndex(lines.join('\n')) as StoredIndex;
    const result = mergeIndex(workingIndexOf(spoiled), [page(10, [])], { now: new Date(NOW + 1_800_000).toISOString(), retentionDays: 400, matchTopics: () => 0 });
    expect(result.changed).toBe(true);
    expect(() => spoiled.rows()).toThrow();
  });

  it('a run adding papers ends as a run over every row would', () => {
    const { working, full, hot, all } = bothWays(stored(), page(10, []), NOW + 1_800_000);
    expect(ids(hot)).toEqual(ids(all));
    expect(JSON.stringify(hot.rows())).toBe(JSON.stringify(all.rows()));
    expect(hot.head.counts).toEqual(all.head.counts);
    expect(paperCount(working.index)).toBe(1_010);
    expect(working.added).toEqual(full.added);
  });

  it('a paper back on a list after it cooled keeps its first sighting and is hot again', () => {
    const before = stored();
    const cold = before.cold.all()[100];
    expect(cold).toBeDefined();
    const { working, hot, all } = bothWays(before, page(5, [cold?.id as string]), NOW + 1_800_000);
    expect(working.added).not.toContain(cold?.id);
    expect(working.updated).toContain(cold?.id);
    const again = hot.hot().find((row) => row.id === cold?.id);
    expect(again?.lists.trending?.first).toBe(cold?.lists.trending?.first);
    expect(again?.lists.trending?.rank).toBe(6);
    expect(hot.rows().filter((row) => row.id === cold?.id)).toHaveLength(1);
    expect(JSON.stringify(hot.rows())).toBe(JSON.stringify(all.rows()));
    expect(hot.head.counts).toEqual(all.head.counts);
    expect(hot.cold.all().some((row) => row.id === cold?.id)).toBe(false);
    expect(hot.cold.size).toBe(before.cold.size - 1);
  });

  it('expire from the oldest, as a run over every row expires them', () => {
    const before = stored();
    // 20 days of retention cuts into the cold rows (papers were last seen up to ~32 days ago).
    const { working, full, hot, all } = bothWays(before, page(3, []), NOW + DAY, 20);
    expect(working.expired.length).toBeGreaterThan(300);
    expect([...working.expired].sort()).toEqual([...full.expired].sort());
    expect(JSON.stringify(hot.rows())).toBe(JSON.stringify(all.rows()));
    expect(hot.head.counts).toEqual(all.head.counts);
    expect(hot.head.counts.any.papers).toBe(1_003 - working.expired.length);
  });

  it(`cool ${COOL_BATCH} at a time at least: fewer stay hot until more are due`, () => {
    // Three days on, every row outside the newest is due and cools: the hot rows are the newest.
    const settled = bothWays(stored(), page(0, []), NOW + 3 * DAY).hot;
    expect(settled.hot().length).toBe(HEAD_LATEST);
    // Each new paper pushes one of the newest out, last seen days ago: due to cool, held back.
    const few = bothWays(settled, page(COOL_BATCH - 1, []), NOW + 3 * DAY + 1_800_000);
    expect(few.hot.cold.size).toBe(settled.cold.size);
    expect(few.hot.hot().length).toBe(HEAD_LATEST + COOL_BATCH - 1);
    expect(JSON.stringify(few.hot.rows())).toBe(JSON.stringify(few.all.rows()));
    expect(few.hot.head.counts).toEqual(few.all.head.counts);
    // One more new paper: every row due cools, those held back included.
    const more = bothWays(few.hot, page(COOL_BATCH, []), NOW + 3 * DAY + 3_600_000);
    expect(more.hot.cold.size).toBe(settled.cold.size + COOL_BATCH);
    expect(more.hot.hot().length).toBe(HEAD_LATEST);
    expect(JSON.stringify(more.hot.rows())).toBe(JSON.stringify(more.all.rows()));
    expect(more.hot.head.counts).toEqual(more.all.head.counts);
  });

  it('cool as time passes: two days after a paper left every list, it moves to the cold rows', () => {
    // 100 new papers push 100 stored ones out of the newest; they stay hot while still seen lately.
    const before = bothWays(stored(), page(100, []), NOW + 1_800_000).hot;
    expect(before.hot().length).toBeGreaterThan(HEAD_LATEST + 50);
    const { hot, all } = bothWays(before, page(0, []), NOW + 3 * DAY);
    expect(hot.cold.size).toBeGreaterThan(before.cold.size + 50);
    expect(hot.hot().length).toBe(HEAD_LATEST);
    expect(ids(hot)).toEqual(ids(before));
    expect(JSON.stringify(hot.rows())).toBe(JSON.stringify(all.rows()));
    expect(hot.head.counts).toEqual(all.head.counts);
  });
});

describe('cold rows that cool out of the order of their last sighting', () => {
  it('still expire exactly when a run over every row expires them', () => {
    // Every other paper was seen once, the others for ten days: the newest rows include papers
    // last seen long before some that cooled already, and they cool later, behind them.
    const snapshot = syntheticSnapshot(pool, 1_000, NOW);
    snapshot.papers = snapshot.papers.map((paper, i) => {
      if (i < 55) return paper;
      const first = Date.parse(paper.firstSeenAt);
      const last = new Date(Math.min(NOW, first + (i % 2 === 0 ? 10 * DAY : 0))).toISOString();
      return { ...paper, lastSeenAt: last, lists: { trending: { firstSeenAt: paper.firstSeenAt, lastSeenAt: last, rank: null } } };
    });
    const { index } = indexFromSnapshot(snapshot, () => 0);
    const rows = index.rows.map((row, i) => ({ ...row, at: { chunk: 0, offset: i, length: 1 } }));
    const start = decodeIndex(encodeIndex({ ...index, version: 'v1', rows }, NOW).text) as StoredIndex;
    // 250 new papers push the newest stored ones out of the head: they cool now.
    const pushed = bothWays(start, page(250, []), NOW + 1_800_000).hot;
    for (const days of [6, 9, 12, 20]) {
      const { working, full, hot, all } = bothWays(pushed, page(0, []), NOW + DAY, days);
      expect([...working.expired].sort(), `${days} days`).toEqual([...full.expired].sort());
      expect(ids(hot)).toEqual(ids(all));
      expect(hot.head.counts).toEqual(all.head.counts);
    }
  });
});

describe('every cold row, read after a new version', () => {
  // What a fresh isolate reads: the stored text parsed whole, newest first.
  const parsedWhole = (index: StoredIndex) =>
    JSON.stringify(
      index.cold.text === ''
        ? []
        : (JSON.parse(`[${index.cold.text.slice(0, -1)}]`) as RowTuple[]).map(fromTuple).sort((a, b) => firstSeen(b) - firstSeen(a)),
    );

  it('reuses the rows parsed for the previous version where the text is the same, and gives what parsing it whole gives', () => {
    const before = stored();
    const old = before.cold.all();
    // Rows expire from the front and cool at the back: most rows are the previous version's objects.
    const { hot: after } = bothWays(before, page(50, []), NOW + 3 * DAY, 33);
    expect(after.cold.size).not.toBe(before.cold.size);
    const rows = after.cold.all();
    expect(JSON.stringify(rows)).toBe(parsedWhole(after));
    const reused = rows.filter((row) => old.includes(row)).length;
    expect(reused).toBeGreaterThan(rows.length / 2);
    expect(reused).toBeLessThan(rows.length);
  });

  it('parses whole when a row was taken from the middle (a paper back on a list)', () => {
    const before = stored();
    const old = before.cold.all();
    const back = old[300] as IndexRow;
    const { hot: after } = bothWays(before, page(0, [back.id]), NOW + 1_800_000);
    const rows = after.cold.all();
    expect(rows.some((row) => row.id === back.id)).toBe(false);
    expect(JSON.stringify(rows)).toBe(parsedWhole(after));
  });
});

describe('cold rows kept in memory from run to run', () => {
  // A warm isolate's next run starts from the cold rows its last run wrote, not from stored text:
  // what it knows of them without reading the text must match what the text says.
  const afresh = (rows: StoredColdRows) => new StoredColdRows(rows.text, rows.summary, rows.ids);
  const expiredIds = (rows: StoredColdRows, cutoff: number) => rows.expire(cutoff).expired.map((row) => row.id);
  // Cutoffs around the oldest rows' last sightings: each one expires a different few.
  const cutoffs = (rows: StoredColdRows) => {
    const seen = [...new Set(rows.all().map(lastSeen))].sort((a, b) => a - b).slice(0, 4);
    return [...seen.map((at) => at + 1), (seen[0] ?? NOW) - 1];
  };
  const expectSameExpiry = (rows: StoredColdRows, step: string) => {
    for (const cutoff of cutoffs(rows)) expect(expiredIds(rows, cutoff), `${step}, cutoff ${cutoff}`).toEqual(expiredIds(afresh(rows), cutoff));
  };
  const seen = (row: IndexRow, id: string, at: number): IndexRow => ({ ...row, id, lists: { trending: { first: at - DAY, last: at, rank: null } } });

  it('expire as the same rows read afresh, after rows were appended, inserted before the first, taken and expired', () => {
    const start = stored().cold as StoredColdRows;
    const template = start.all()[0] as IndexRow;
    const oldest = Math.min(...start.all().map(lastSeen));
    // Nothing expires: the run learns the first row's last sighting.
    let rows = start.expire(oldest - 1).rest as StoredColdRows;
    expect(rows).toBe(start);
    expectSameExpiry(rows, 'as stored');
    rows = rows.append([seen(template, 'late-1', NOW), seen(template, 'late-2', NOW + 1)]);
    expectSameExpiry(rows, 'appended');
    // Held hot longer than rows that cooled since: placed before every stored row.
    rows = rows.append([seen(template, 'early-1', oldest - 10 * DAY)]);
    expect(rows.all().at(-1)?.id).toBe('early-1');
    expectSameExpiry(rows, 'inserted first');
    rows = rows.take(['early-1']).rest as StoredColdRows;
    expectSameExpiry(rows, 'first taken');
    const second = rows.all().map(lastSeen).sort((a, b) => a - b)[1] as number;
    rows = rows.expire(second).rest as StoredColdRows;
    expectSameExpiry(rows, 'expired');
    rows = rows.withNewest(rows.newest);
    expectSameExpiry(rows, 'copies named');
  });

  it('expire as the same rows read afresh when they started empty', () => {
    const empty = StoredColdRows.empty(3);
    expect(empty.expire(NOW).expired).toEqual([]);
    const none = empty.append([seen(stored().hot()[0] as IndexRow, 'only', NOW)]);
    expectSameExpiry(none, 'one row');
    const gone = none.expire(NOW + 1).rest as StoredColdRows;
    expect(gone.size).toBe(0);
    expect(gone.expire(NOW + DAY).expired).toEqual([]);
  });
});
