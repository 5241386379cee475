/**
 * A `PaperStore` in memory (the real KV store over an in-memory namespace) that records writes
 * and can be told to fail, for testing runs in Node.
 */
import type { RunStatus, Snapshot } from '../../src/domain/types';
import { kvStore, type PaperStore } from '../../src/store';
import { memoryKv } from './memory-kv';
import { readStoredSnapshot, storeSnapshot } from './stored-snapshot';

/** The store plus what the test needs to look at or break. */
export interface MemoryStore extends PaperStore {
  /** Every stored paper as one snapshot (read back from the stored values). */
  snapshot(): Promise<Snapshot | null>;
  status: RunStatus | null;
  /** `index` for each write of the index, `status` for each of the status. */
  writes: string[];
  /** Set to make the next matching call throw. */
  fail: Partial<Record<keyof PaperStore, Error>>;
  /** Runs before `readIndex` answers, with the number of that read (1-based). */
  onReadIndex?: (read: number) => void | Promise<void>;
  kv: KVNamespace;
}

/** A fresh store, optionally holding `snapshot`. */
export async function memoryStore(snapshot: Snapshot | null = null): Promise<MemoryStore> {
  const { kv } = memoryKv();
  if (snapshot) await storeSnapshot(kv, snapshot);
  const real = kvStore(kv);
  let reads = 0;
  const store: MemoryStore = {
    kv,
    status: null,
    writes: [],
    fail: {},
    snapshot: () => readStoredSnapshot(real),
    async readIndex() {
      check('readIndex');
      await store.onReadIndex?.(++reads);
      return real.readIndex();
    },
    readLegacySnapshot: () => real.readLegacySnapshot(),
    readBodies: (storage, rows) => real.readBodies(storage, rows),
    async writeIndex(index, bodies, now) {
      check('writeIndex');
      store.writes.push('index');
      return real.writeIndex(index, bodies, now);
    },
    async readStatus() {
      check('readStatus');
      return clone(store.status);
    },
    async writeStatus(next) {
      check('writeStatus');
      store.writes.push('status');
      store.status = clone(next);
    },
  };
  function check(method: keyof PaperStore): void {
    const error = store.fail[method];
    if (error) throw error;
  }
  return store;
}

// Stored values are serialized in KV: a run must never share objects with what it stored.
function clone<T>(value: T): T {
  return value === null ? value : (JSON.parse(JSON.stringify(value)) as T);
}
