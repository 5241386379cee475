/**
 * A `PaperStore` in memory that counts writes and can be told to fail, for testing runs in Node.
 */
import type { RunStatus, Snapshot } from '../../src/domain/types';
import type { PaperStore } from '../../src/store';

/** The store plus what the test needs to look at or break. */
export interface MemoryStore extends PaperStore {
  snapshot: Snapshot | null;
  status: RunStatus | null;
  writes: string[];
  /** Set to make the next matching call throw. */
  fail: Partial<Record<keyof PaperStore, Error>>;
  /** Runs before `readSnapshot` answers, with the number of that read (1-based). */
  onReadSnapshot?: (read: number) => void | Promise<void>;
}

/** A fresh store, optionally holding `snapshot`. */
export function memoryStore(snapshot: Snapshot | null = null): MemoryStore {
  let reads = 0;
  const store: MemoryStore = {
    snapshot,
    status: null,
    writes: [],
    fail: {},
    async readSnapshot() {
      check('readSnapshot');
      await store.onReadSnapshot?.(++reads);
      return clone(store.snapshot);
    },
    async writeSnapshot(next) {
      check('writeSnapshot');
      store.writes.push('snapshot');
      store.snapshot = clone(next);
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
