/**
 * Reading bodies from KV in a fresh isolate: a feed reaching far back (a rare topic at a year of
 * history) needs more body values than the isolate keeps at once, and must still get every body.
 */
import { describe, expect, it } from 'vitest';
import type { BodyStorage, IndexRow } from '../../src/snapshot/paper-index';
import { forgetCachedIndex, kvStore, SLOT_MAX_CHARS } from '../../src/store/kv-store';

/** A KV namespace over a Map, counting the keys read. */
function memoryKv(values: Map<string, string>) {
  const read: string[] = [];
  const get = async (key: string | string[]) => {
    if (Array.isArray(key)) {
      read.push(...key);
      return new Map(key.map((k) => [k, values.get(k) ?? null]));
    }
    read.push(key);
    return values.get(key) ?? null;
  };
  return { kv: { get } as unknown as KVNamespace, read };
}

describe('reading bodies', () => {
  it('returns every body asked for, even from more values than the isolate keeps at once, reading each value once', async () => {
    // 30 full values (12 M characters): more than the isolate's text cache holds.
    const values = new Map<string, string>();
    const storage: BodyStorage = { slots: [], retired: [] };
    const rows: IndexRow[] = [];
    for (let slot = 0; slot < 30; slot++) {
      const key = `papers:v2:${slot}:test`;
      const line = JSON.stringify({ id: `2601.${String(slot).padStart(5, '0')}`, title: `Paper ${slot}`, abstract: 'x'.repeat(SLOT_MAX_CHARS - 200) });
      values.set(key, `${line}\n`);
      storage.slots.push({ key, length: line.length + 1 });
      rows.push({ id: `2601.${String(slot).padStart(5, '0')}`, hash: '', at: { chunk: slot, offset: 0, length: line.length }, source: 'json', upvotes: 0, comments: null, githubStars: null, topics: 0, fields: 0, lists: {} });
    }
    const { kv, read } = memoryKv(values);
    forgetCachedIndex(kv);
    const bodies = await kvStore(kv).readBodies(storage, rows);
    expect([...bodies.keys()].sort()).toEqual(rows.map((row) => row.id).sort());
    expect(bodies.get('2601.00007')?.title).toBe('Paper 7');
    expect(read).toHaveLength(30);
  });
});
