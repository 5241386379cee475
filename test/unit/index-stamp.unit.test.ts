import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../src/domain/types';
import { kvStore } from '../../src/store';
import { memoryKv, type MemoryKv } from '../support/memory-kv';
import { SAMPLE_PAPERS } from '../support/sample';
import { storeSnapshot } from '../support/stored-snapshot';

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
