import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../src/domain/types';
import { scrapePage } from '../../src/scrape/scrape-page';
import { indexFromSnapshot } from '../../src/snapshot/migrate';
import { kvStore, workingIndexOf, type StoredIndex } from '../../src/store';
import { decodeIndex } from '../../src/store/index-codec';
import { fixture } from '../support/fixtures';
import { memoryKv, type MemoryKv } from '../support/memory-kv';
import { SAMPLE_PAPERS } from '../support/sample';
import { storeSnapshot } from '../support/stored-snapshot';
import { syntheticSnapshot } from '../support/synthetic';

const DAY = 86_400_000;

const snapshot = (checkedAt: string, count: number): Snapshot => ({ version: `v-${checkedAt}`, updatedAt: checkedAt, checkedAt, papers: SAMPLE_PAPERS.slice(0, count) });

async function stored(checkedAt: string, count: number): Promise<MemoryKv> {
  const memory = memoryKv();
  await storeSnapshot(memory.kv, snapshot(checkedAt, count));
  return memory;
}

// What another isolate's write leaves in `memory`: the index value of `other`, with or without its metadata.
function overwrite(memory: MemoryKv, other: MemoryKv, withMetadata: boolean): void {
  memory.data.set('index:v2', other.data.get('index:v2') as string);
  if (withMetadata) memory.metadata.set('index:v2', other.metadata.get('index:v2'));
  else memory.metadata.delete('index:v2');
}

describe('the index value carries its stamp as KV metadata', () => {
  it('the head’s version and checkedAt', async () => {
    const memory = await stored('2026-10-01T00:00:00.000Z', 3);
    const index = await kvStore(memory.kv).readIndex();
    expect(memory.metadata.get('index:v2')).toEqual({ version: index?.head.version, checkedAt: '2026-10-01T00:00:00.000Z' });
  });

  it('an index unchanged since this isolate read or wrote it is not decoded again', async () => {
    const memory = await stored('2026-10-01T00:00:00.000Z', 3);
    const store = kvStore(memory.kv);
    const first = await store.readIndex();
    expect(await store.readIndex()).toBe(first);
  });

  it('an index another isolate rewrote is read anew, stamped or not', async () => {
    const memory = await stored('2026-10-01T00:00:00.000Z', 1);
    const store = kvStore(memory.kv);
    const first = await store.readIndex();
    overwrite(memory, await stored('2026-10-01T00:30:00.000Z', 2), true);
    expect((await store.readIndex())?.head.checkedAt).toBe('2026-10-01T00:30:00.000Z');
    // Written before stamps existed: no metadata, so never taken for the one this isolate knows.
    overwrite(memory, await stored('2026-10-01T01:00:00.000Z', 2), false);
    const unstamped = await store.readIndex();
    expect(unstamped?.head.checkedAt).toBe('2026-10-01T01:00:00.000Z');
    expect(unstamped?.rows()).toHaveLength(2);
    expect(first?.rows()).toHaveLength(1);
  });
});

describe('the index this isolate wrote', () => {
  it('keeps its hot rows from memory, the same rows the stored value holds, as rows cool', async () => {
    const memory = memoryKv();
    const store = kvStore(memory.kv);
    const now = Date.parse('2026-10-01T00:00:00.000Z');
    const { index: history, bodies } = indexFromSnapshot(syntheticSnapshot(scrapePage(fixture('trending.html')).papers, 600, now), () => 0);
    const asStored = () => decodeIndex(memory.data.get('index:v2') as string);
    // Written as of three days earlier, rows last seen in those days stay hot.
    await store.writeIndex(history, bodies, now - 3 * DAY);
    const written = await store.readIndex();
    expect(written?.hot()).toEqual(asStored()?.hot());
    // A day on, some of them cool: appended to the stored cold rows.
    const index = workingIndexOf(written as StoredIndex);
    await store.writeIndex({ ...index, version: '' }, new Map(), now + DAY);
    const read = await store.readIndex();
    expect(read?.cold.size).toBeGreaterThan(written?.cold.size ?? 0);
    expect(read?.hot()).toEqual(asStored()?.hot());
    expect(read?.rows()).toEqual(asStored()?.rows());
    // Not parsed back: the very rows the run handed over.
    for (const row of read?.hot() ?? []) expect(index.rows).toContain(row);
  });
});
