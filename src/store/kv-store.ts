/**
 * The only module that touches Workers KV. One key holds the snapshot (written only when it
 * changed), one holds the run status (written only when there is something new to report).
 * Reads are cached per isolate so that a busy feed costs at most one KV read a minute.
 */
import type { RunStatus, Snapshot } from '../domain/types';

const SNAPSHOT_KEY = 'snapshot:v1';
const STATUS_KEY = 'status:v1';

/** KV could not be read and this isolate has nothing cached to fall back on. */
export class StoreUnavailableError extends Error {
  override name = 'StoreUnavailableError';
}

/** Reads and writes of paperfeed's state; an interface so jobs and routes can be tested alone. */
export interface PaperStore {
  readSnapshot(): Promise<Snapshot | null>;
  writeSnapshot(snapshot: Snapshot): Promise<void>;
  readStatus(): Promise<RunStatus | null>;
  writeStatus(status: RunStatus): Promise<void>;
}

/** A `PaperStore` over a KV namespace. Malformed stored values read as absent, never throw. */
export function kvStore(kv: KVNamespace): PaperStore {
  return {
    readSnapshot: async () => asSnapshot(await kv.get(SNAPSHOT_KEY, 'json')),
    writeSnapshot: async (snapshot) => {
      await kv.put(SNAPSHOT_KEY, JSON.stringify(snapshot));
      // This isolate knows the newest snapshot now; its feeds need not wait for the cache TTL.
      cache.set(kv, { snapshot, readAt: Date.now() });
    },
    readStatus: async () => asStatus(await kv.get(STATUS_KEY, 'json')),
    writeStatus: (status) => kv.put(STATUS_KEY, JSON.stringify(status)),
  };
}

interface CachedSnapshot {
  snapshot: Snapshot | null;
  readAt: number;
}

// Per-isolate: KV is eventually consistent anyway (up to 60 s), so a short TTL loses nothing.
const cache = new WeakMap<KVNamespace, CachedSnapshot>();
const EMPTY_TTL_MS = 5_000;

/**
 * Reads the snapshot through the isolate cache: at most one KV read per `ttlMs` per namespace.
 * When KV fails, the last snapshot this isolate saw keeps being served.
 */
export async function readSnapshotCached(kv: KVNamespace, now: number, ttlMs = 60_000): Promise<Snapshot | null> {
  const cached = cache.get(kv);
  // "No snapshot yet" is remembered briefly only: the first scrape may land any second, possibly
  // written by another isolate.
  const ttl = cached?.snapshot === null ? Math.min(ttlMs, EMPTY_TTL_MS) : ttlMs;
  if (cached && now - cached.readAt < ttl) return cached.snapshot;
  try {
    const fresh = await kvStore(kv).readSnapshot();
    // Keep the parsed object when nothing changed, so per-version render caches stay warm.
    const snapshot = fresh && cached?.snapshot?.version === fresh.version ? cached.snapshot : fresh;
    cache.set(kv, { snapshot, readAt: now });
    return snapshot;
  } catch (error) {
    if (cached) {
      console.warn(JSON.stringify({ event: 'kv_read_failed', error: String(error) }));
      return cached.snapshot;
    }
    throw new StoreUnavailableError(`reading the snapshot from KV failed: ${String(error)}`);
  }
}

/** Forgets the isolate cache (after this isolate wrote a new snapshot, and in tests). */
export function forgetCachedSnapshot(kv: KVNamespace): void {
  cache.delete(kv);
}

function asSnapshot(value: unknown): Snapshot | null {
  if (typeof value !== 'object' || value === null) return null;
  const candidate = value as Partial<Snapshot>;
  if (typeof candidate.version !== 'string' || !Array.isArray(candidate.papers)) return null;
  if (typeof candidate.updatedAt !== 'string' || typeof candidate.checkedAt !== 'string') return null;
  return candidate as Snapshot;
}

function asStatus(value: unknown): RunStatus | null {
  if (typeof value !== 'object' || value === null) return null;
  const candidate = value as Partial<RunStatus>;
  return typeof candidate.lastAttemptAt === 'string' ? (candidate as RunStatus) : null;
}
