import { describe, expect, it } from 'vitest';
import { readSnapshotCached } from '../../src/store';
import { memoryKv } from '../support/memory-kv';

const snapshot = { version: 'v1', updatedAt: '2026-11-01T00:00:00.000Z', checkedAt: '2026-11-01T00:00:00.000Z', papers: [] };

describe('readSnapshotCached', () => {
  it('remembers "no snapshot yet" for seconds, a snapshot for a minute', async () => {
    const memory = memoryKv();
    expect(await readSnapshotCached(memory.kv, 0)).toBeNull();
    // Another isolate writes the first snapshot.
    memory.data.set('snapshot:v1', JSON.stringify(snapshot));
    expect(await readSnapshotCached(memory.kv, 1_000)).toBeNull();
    expect(await readSnapshotCached(memory.kv, 5_000)).toEqual(snapshot);
    const reads = memory.reads;
    memory.data.set('snapshot:v1', JSON.stringify({ ...snapshot, version: 'v2' }));
    expect((await readSnapshotCached(memory.kv, 64_000))?.version).toBe('v1');
    expect(memory.reads).toBe(reads);
    expect((await readSnapshotCached(memory.kv, 65_000))?.version).toBe('v2');
  });
});
