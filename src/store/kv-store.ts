/**
 * The only module that touches Workers KV. Keys (see docs/storage.md):
 * - `index:v2`: the index (head line + rows line), rewritten by every run that changes something,
 *   its version and `checkedAt` in the value's metadata (so an unchanged index is never decoded twice);
 * - `papers:v2:{slot}:{stamp}`: paper bodies, one JSON per line, never modified once written; a
 *   run that adds bodies writes its slot's text plus the new lines under a new key and retires the
 *   old key (deleted ten minutes later, when no reader can still be holding an index naming it);
 * - `status:v1`: the run status; `snapshot:v1`: today's single-value format, read only to migrate.
 * Reads go through a per-isolate cache: the index at most once a minute, body values once ever.
 */
import type { RunStatus, Snapshot } from '../domain/types';
import { newestFirst, paperCount, type BodyRef, type BodyStorage, type IndexRow, type PaperBody, type PaperIndex } from '../snapshot/paper-index';
import { inFeed, type FeedBodies } from './cold-newest';
import { asciiBodyValue, bodyText, forgetBodies, hasBodyValue, hasParsedBody, parsedBody, rememberBodyBytes, rememberBodyText } from './body-cache';
import { asciiJson } from './ascii-lines';
import { StoredColdRows } from './cold-rows';
import { Utf8Parts } from './utf8-parts';
import { copyKeys, planFeedBodies } from './feed-bodies';
import { decodeIndex, encodeIndex, encodeLayout, layoutIndex, nextVersion, type IndexHead, type StoredIndex } from './index-codec';
import { indexFromSnapshot } from '../snapshot/migrate';

const INDEX_KEY = 'index:v2';
const LEGACY_SNAPSHOT_KEY = 'snapshot:v1';
const STATUS_KEY = 'status:v1';
const BODY_PREFIX = 'papers:v2:';
/** A body value grows by appending until about this many characters (~140 papers), then a new one starts. */
export const SLOT_MAX_CHARS = 400_000;
// An index names a body key for at most the 60 s of KV propagation plus a reader's 60 s cache.
const RETIRE_AFTER_MS = 10 * 60_000;
const BULK_MAX = 100;
// KV writes a run may make (deletions count): 3 keep a cron every 30 minutes within 150 of the free plan's 1,000 a day.
const MAX_WRITES = 3;
const BULK_MAX_BYTES = 20_000_000;
// Values a read takes as bytes at most (each is a read of its own).
const BYTES_READ_MAX = 4;

/** KV could not be read and this isolate has nothing cached to fall back on. */
export class StoreUnavailableError extends Error {
  override name = 'StoreUnavailableError';
}

/** Reads and writes of paperfeed's state; an interface so jobs and routes can be tested alone. */
export interface PaperStore {
  /** The stored index (rows parsed on first use), or `null` before the first run. */
  readIndex(): Promise<StoredIndex | null>;
  /** Today's single-value snapshot, when one is stored: read once, to migrate it. */
  readLegacySnapshot(): Promise<Snapshot | null>;
  /**
   * The bodies of `rows`, by id: one bulk read of the values not yet in this isolate (reading
   * `copies`, when given, for the bodies copied there).
   */
  readBodies(storage: BodyStorage, rows: readonly IndexRow[], copies?: () => readonly FeedBodies[]): Promise<Map<string, PaperBody>>;
  /**
   * Stores `index` with its new or changed `bodies` (rows with `at: null`): at most one body value,
   * the index, and one deletion of a retired value. Returns the index as stored.
   */
  writeIndex(index: PaperIndex, bodies: ReadonlyMap<string, PaperBody>, now: number): Promise<StoredIndex>;
  readStatus(): Promise<RunStatus | null>;
  writeStatus(status: RunStatus): Promise<void>;
}

/** A `PaperStore` over a KV namespace. Malformed stored values read as absent, never throw. */
export function kvStore(kv: KVNamespace): PaperStore {
  return {
    readIndex: () => readStampedIndex(kv),
    readLegacySnapshot: async () => asSnapshot(await kv.get(LEGACY_SNAPSHOT_KEY, 'json')),
    readBodies: (storage, rows, copies) => readBodies(kv, storage, rows, copies),
    writeIndex: async (index, bodies, now) => {
      const { storage, rows, writes } = await placeBodies(kv, index, bodies, now);
      // A merge that changed the content leaves `version` empty: the content gets its new name here.
      const version = index.version === '' ? nextVersion(previousVersion(index), index.updatedAt, paperCount(index)) : index.version;
      let layout = layoutIndex({ ...index, version, rows, storage }, now);
      // At most 3 writes a run: the copies of thin feeds' bodies only beside at most one body value.
      const plan = writes.length <= 1 ? await planFeedBodies(layout, storage, now, (key, ascii) => (ascii ? asciiBodyValue(kv, key) : bodyText(kv, key))) : null;
      const copies = plan?.write ?? null;
      const retiring = [...storage.retired];
      const named = plan ? copyKeys(plan.layout) : storage.copies;
      if (plan) for (const key of storage.copies ?? []) if (!named?.includes(key)) retiring.push({ key, at: now });
      // A retired value is deleted when the run has a write to spare.
      const spare = writes.length + (copies ? 1 : 0) + 1 < MAX_WRITES;
      const retired = spare ? retiring.find((entry) => now - entry.at >= RETIRE_AFTER_MS) : undefined;
      if (plan) layout = plan.layout;
      const kept = { ...layout.head.storage, retired: retiring.filter((entry) => entry !== retired), ...(named ? { copies: named } : {}) };
      layout = { ...layout, head: { ...layout.head, storage: kept } };
      const { bytes: value, linesBeforeRows, head } = encodeLayout(layout);
      // Bodies first: an index must never name a value that is not there yet.
      for (const write of writes) await kv.put(write.key, write.bytes());
      if (copies) {
        await kv.put(copies.key, copies.bytes);
        rememberBodyBytes(copies.key, copies.bytes);
      }
      await kv.put(INDEX_KEY, value, { metadata: stampOf(layout.head) });
      if (retired) await kv.delete(retired.key);
      // The head as stored (see `encodeLayout`); the rows from memory (see `withRows`), or, when
      // which of them stayed hot cannot be told, read back from the text of the hot rows' line.
      const hot = hotAfterWrite(rows, index.cold, layout.cold, head) ?? (decodeIndex(linesBeforeRows) as StoredIndex).hot();
      const stored = withRows(head, hot, layout.cold);
      lastIndex.set(kv, stored);
      // This isolate knows the newest index now; its feeds need not wait for the cache TTL.
      cache.set(kv, { index: stored, readAt: Date.now() });
      return stored;
    },
    readStatus: async () => asStatus(await kv.get(STATUS_KEY, 'json')),
    writeStatus: (status) => kv.put(STATUS_KEY, JSON.stringify(status)),
  };
}

/**
 * What the index value's KV metadata says of it: the two fields that tell one stored index from
 * another (a run that changes nothing still moves `checkedAt` when it writes a heartbeat).
 */
interface IndexStamp {
  version: string;
  checkedAt: string;
}

function stampOf(head: Pick<IndexHead, 'version' | 'checkedAt'>): IndexStamp {
  return { version: head.version, checkedAt: head.checkedAt };
}

// Per namespace, the index this isolate last read or wrote. KV returns a value's metadata with
// its bytes, so a read finds out from the stamp whether the stored index is still this one, and
// then drops the bytes unread: the cron's re-read before writing, and a warm isolate's next run
// or its readers' next read of an unchanged index, neither decode nor parse the value.
const lastIndex = new WeakMap<KVNamespace, StoredIndex>();

async function readStampedIndex(kv: KVNamespace): Promise<StoredIndex | null> {
  const known = lastIndex.get(kv);
  // Nothing to compare the stamp with: the value is needed whatever it says.
  if (!known) {
    const value = await kv.get(INDEX_KEY, 'arrayBuffer');
    return remember(kv, value === null ? null : new Uint8Array(value));
  }
  const { value, metadata } = await kv.getWithMetadata<Partial<IndexStamp>>(INDEX_KEY, 'stream');
  // A value written before stamps existed has no metadata: it is read, as any changed one.
  if (value !== null && metadata && metadata.version === known.head.version && metadata.checkedAt === known.head.checkedAt) {
    await value.cancel();
    return known;
  }
  return remember(kv, value === null ? null : await streamBytes(value));
}

// Read as bytes: decoding waits for the lines a reader needs (the cold rows may never be).
function remember(kv: KVNamespace, bytes: Uint8Array | null): StoredIndex | null {
  const stored = bytes === null ? null : decodeIndex(bytes);
  if (stored) lastIndex.set(kv, stored);
  else lastIndex.delete(kv);
  return stored;
}

// The value's bytes in one piece: decoding chunk by chunk (`stream: true`) takes a slower path.
async function streamBytes(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let length = 0;
  const reader = stream.getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    chunks.push(chunk.value);
    length += chunk.value.length;
  }
  let bytes = chunks[0] ?? new Uint8Array(0);
  if (chunks.length > 1) {
    bytes = new Uint8Array(length);
    let at = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, at);
      at += chunk.length;
    }
  }
  return bytes;
}

/**
 * The rows a write kept hot, taken from memory rather than parsed back from the text just
 * written: `rows` less those `encodeIndex` cooled, which are the last ones the cold ids line
 * gained (`StoredColdRows.append`). `null` when that cannot be told for sure (cold rows that were
 * not stored ones, counts that disagree): the hot rows are then parsed from the text.
 */
function hotAfterWrite(rows: readonly IndexRow[], coldBefore: PaperIndex['cold'], cold: StoredColdRows, head: IndexHead): IndexRow[] | null {
  if (coldBefore !== undefined && !(coldBefore instanceof StoredColdRows)) return null;
  const cooled = cold.size - (coldBefore?.size ?? 0);
  const hotCount = head.counts.any.papers - cold.size;
  if (cooled < 0 || rows.length - cooled !== hotCount) return null;
  const gone = new Set<string>();
  const ids = cold.ids;
  let end = ids.length - 1;
  for (let i = 0; i < cooled; i++) {
    const start = ids.lastIndexOf(',', end - 1);
    if (start < 0) return null;
    gone.add(JSON.parse(ids.slice(start + 1, end)) as string);
    end = start;
  }
  const hot = gone.size === 0 ? [...rows] : rows.filter((row) => !gone.has(row.id));
  return hot.length === hotCount ? hot : null;
}

/**
 * The index a run just wrote, as the next run and this isolate's readers use it: its head as
 * stored, `hot` as its hot rows, and `cold`, the cold rows the run holds (text, bytes and newest
 * rows at hand), so that neither decodes nor parses them again.
 */
function withRows(head: IndexHead, hot: IndexRow[], cold: StoredColdRows): StoredIndex {
  let all: IndexRow[] | undefined;
  return {
    head,
    hot: () => hot,
    hotIn: (bit, source) => hot.filter((row) => inFeed(row, bit, source)),
    rows: () => (all ??= cold.size === 0 ? hot : newestFirst(hot, cold.all())),
    cold,
  };
}

// The version a changed index replaces: the storage table's keys name the values it was read
// from, so two runs from different contents never produce the same version.
function previousVersion(index: PaperIndex): string {
  return index.storage.slots.map((slot) => slot.key).join(',');
}

// The body value this isolate wrote last (its key, length in characters and bytes): the next run
// appends to it, and re-encoding the ~400,000 characters it holds would cost more than the new lines.
let lastBodyValue: { key: string; length: number; bytes: Uint8Array } | undefined;
const utf8 = new TextEncoder();

/** Appends `bodies` to the newest body value (or starts one) and points their rows at them. */
async function placeBodies(kv: KVNamespace, index: PaperIndex, bodies: ReadonlyMap<string, PaperBody>, now: number) {
  const slots = [...index.storage.slots];
  const retired = [...index.storage.retired];
  const live = new Set<number>();
  for (const row of index.rows) if (row.at) live.add(row.at.chunk);
  // Cold rows are counted per slot in their summary, so they need no parsing here.
  if (index.cold instanceof StoredColdRows) {
    index.cold.summary.slots.forEach((count, slot) => {
      if (count > 0) live.add(slot);
    });
  } else {
    for (const row of index.cold?.all() ?? []) if (row.at) live.add(row.at.chunk);
  }
  // Values whose papers have all expired or moved on are retired, their slots left empty.
  slots.forEach((slot, i) => {
    if (slot.key !== '' && !live.has(i)) {
      retired.push({ key: slot.key, at: now });
      slots[i] = { key: '', length: 0 };
    }
  });
  while (slots.length > 0 && slots[slots.length - 1]?.key === '') slots.pop();
  if (bodies.size === 0) return { storage: { ...index.storage, slots, retired }, rows: index.rows, writes: [] };

  // In ASCII, so that readers can decode single lines from the value's bytes (`ascii-lines.ts`).
  const lines = [...bodies].map(([id, body]) => [id, asciiJson(JSON.stringify(body))] as const);
  const added = lines.reduce((sum, [, line]) => sum + line.length + 1, 0);
  const last = slots.length - 1;
  const open = slots[last];
  // An ordinary run's few bodies go into the newest value; a migration's many fill new ones.
  const append = open !== undefined && open.length + added <= SLOT_MAX_CHARS;
  let slot = append ? last : slots.length;
  const opened = append && open ? await bodyText(kv, open.key) : '';
  if (opened === null) throw new Error(`body value ${open?.key} is missing`);
  let text = opened;
  let fresh = '';
  // A value appended to stays ASCII only if it was (values written before this are not).
  let ascii = !append || open?.ascii === true;
  // The value appended to, as bytes when this isolate wrote it: only the new lines are encoded.
  let start = append && open && lastBodyValue?.key === open.key ? lastBodyValue : undefined;
  if (append && open) retired.push({ key: open.key, at: now });
  const at = new Map<string, { chunk: number; offset: number; length: number }>();
  const writes: { key: string; bytes: () => Uint8Array }[] = [];
  const seal = () => {
    const key = `${BODY_PREFIX}${slot}:${now.toString(36)}${Math.random().toString(36).slice(2, 6)}`;
    slots[slot] = ascii ? { key, length: text.length, ascii: true } : { key, length: text.length };
    rememberBodyText(key, text);
    const sealed = text;
    const from = start;
    start = undefined;
    // The lines this run added to the value, apart: slicing them off the whole text would copy
    // the whole value into one string first.
    const added = from && from.length === opened.length && slot === last ? fresh : undefined;
    writes.push({
      key,
      bytes: () => {
        const bytes = from ? Utf8Parts.concat([from.bytes, utf8.encode(added ?? sealed.slice(from.length))]) : utf8.encode(sealed);
        lastBodyValue = { key, length: sealed.length, bytes };
        return bytes;
      },
    });
  };
  for (const [id, line] of lines) {
    if (text.length > 0 && text.length + line.length + 1 > SLOT_MAX_CHARS && !append) {
      seal();
      slot++;
      text = '';
      fresh = '';
      ascii = true;
    }
    at.set(id, { chunk: slot, offset: text.length, length: line.length });
    text += `${line}\n`;
    fresh += `${line}\n`;
  }
  seal();
  const rows = index.rows.map((row) => {
    if (row.at) return row;
    const placed = at.get(row.id);
    if (!placed) throw new Error(`no body given for ${row.id}`);
    return { ...row, at: placed };
  });
  return { storage: { ...index.storage, slots, retired }, rows, writes };
}

async function readBodies(kv: KVNamespace, storage: BodyStorage, rows: readonly IndexRow[], copies?: () => readonly FeedBodies[]): Promise<Map<string, PaperBody>> {
  const byKey = new Map<string, { row: IndexRow; at: BodyRef }[]>();
  const sizes = new Map(storage.slots.map((slot) => [slot.key, slot.length]));
  const ascii = new Set(storage.slots.filter((slot) => slot.ascii).map((slot) => slot.key));
  const place = (key: string, row: IndexRow, at: BodyRef) => {
    const list = byKey.get(key);
    if (list) list.push({ row, at });
    else byKey.set(key, [{ row, at }]);
  };
  // Rows whose body this isolate does not hold, and the values they are in.
  const away: IndexRow[] = [];
  const awayKeys = new Set<string>();
  for (const row of rows) {
    const key = row.at ? storage.slots[row.at.chunk]?.key : undefined;
    if (!key || !row.at) continue;
    if (hasParsedBody(key, row.at) || hasBodyValue(key)) place(key, row, row.at);
    else {
      away.push(row);
      awayKeys.add(key);
    }
  }
  // Spread over three values or more (a thin feed reaching months back): read the copies of the
  // group holding most of them, one value for the page, rather than every value they were written to.
  const covered = (group: FeedBodies) => away.filter((row) => group.at[row.id]?.[2] === row.hash).length;
  const groups = (awayKeys.size >= 3 && copies ? copies() : []).map((group) => ({ group, covered: covered(group) })).sort((a, b) => b.covered - a.covered).map(({ group }) => group);
  for (const row of away) {
    const group = groups.find((candidate) => candidate.at[row.id]?.[2] === row.hash);
    const copy = group?.at[row.id];
    if (group && copy) {
      sizes.set(group.key, group.length);
      if (group.ascii) ascii.add(group.key);
      place(group.key, row, { chunk: -1, offset: copy[0], length: copy[1] });
    } else if (row.at) place(storage.slots[row.at.chunk]?.key as string, row, row.at);
  }
  const bodies = new Map<string, PaperBody>();
  // Each value's bodies are taken as soon as it is at hand: the isolate's text cache is bounded,
  // and a feed reaching far back can need more values than it holds at once.
  const take = (key: string) => {
    for (const { row, at } of byKey.get(key) ?? []) {
      const body = parsedBody(key, at);
      if (body) bodies.set(row.id, body);
    }
  };
  const missing: string[] = [];
  for (const [key, list] of byKey) {
    if (!hasBodyValue(key) && list.some(({ at }) => !hasParsedBody(key, at))) missing.push(key);
    else take(key);
  }
  // A page from a few values in ASCII reads their bytes and decodes only its own lines (one key a
  // read: bulk reads give text); many values (a search through everything) are read as text in bulk.
  const asBytes = missing.length <= BYTES_READ_MAX ? missing.filter((key) => ascii.has(key)) : [];
  const asText = missing.filter((key) => !asBytes.includes(key));
  await Promise.all([
    ...asBytes.map(async (key) => {
      const value = await kv.get(key, 'arrayBuffer');
      if (value === null) return;
      rememberBodyBytes(key, new Uint8Array(value));
      take(key);
    }),
    (async () => {
      for (const batch of batches(asText, sizes)) {
        const values = batch.length === 1 ? new Map([[batch[0] as string, await kv.get(batch[0] as string, 'text')]]) : await kv.get(batch, 'text');
        for (const [key, text] of values) {
          if (text === null) continue;
          rememberBodyText(key, text);
          take(key);
        }
      }
    })(),
  ]);
  return bodies;
}

// A bulk read takes at most 100 keys and 25 MB in all.
function batches(keys: string[], sizes: ReadonlyMap<string, number>): string[][] {
  const out: string[][] = [];
  let batch: string[] = [];
  let bytes = 0;
  for (const key of keys) {
    // Characters, not bytes: leave room for text beyond ASCII.
    const size = (sizes.get(key) ?? 0) * 1.5;
    if (batch.length > 0 && (batch.length === BULK_MAX || bytes + size > BULK_MAX_BYTES)) {
      out.push(batch);
      batch = [];
      bytes = 0;
    }
    batch.push(key);
    bytes += size;
  }
  if (batch.length > 0) out.push(batch);
  return out;
}

interface CachedIndex {
  index: StoredIndex | null;
  readAt: number;
}

// Per-isolate: KV is eventually consistent anyway (up to 60 s), so a short TTL loses nothing.
const cache = new WeakMap<KVNamespace, CachedIndex>();
const EMPTY_TTL_MS = 5_000;

/**
 * Reads the index through the isolate cache: at most one KV read per `ttlMs` per namespace. Before
 * the first run in this format, today's snapshot is served as an index (see `legacyIndex`).
 * When KV fails, the last index this isolate saw keeps being served.
 */
export async function readIndexCached(kv: KVNamespace, now: number, ttlMs = 60_000): Promise<StoredIndex | null> {
  const cached = cache.get(kv);
  // "Nothing yet" is remembered briefly only: the first scrape may land any second.
  const ttl = cached?.index === null ? Math.min(ttlMs, EMPTY_TTL_MS) : ttlMs;
  if (cached && now - cached.readAt < ttl) return cached.index;
  try {
    const store = kvStore(kv);
    let fresh = await store.readIndex();
    if (!fresh) {
      const legacy = await store.readLegacySnapshot();
      fresh = legacy && (cached?.index?.head.version === legacy.version ? cached.index : legacyIndex(legacy));
    }
    // Keep the parsed index when nothing changed, so its rows and per-version caches stay warm.
    const index = fresh && cached?.index?.head.version === fresh.head.version ? cached.index : fresh;
    cache.set(kv, { index, readAt: now });
    return index;
  } catch (error) {
    if (cached) {
      console.warn(JSON.stringify({ event: 'kv_read_failed', error: String(error) }));
      return cached.index;
    }
    throw new StoreUnavailableError(`reading the index from KV failed: ${String(error)}`);
  }
}

/**
 * Today's snapshot as an index, its bodies held in this isolate only: what readers serve between
 * a deploy and the first run, which migrates it for good. No topic bits: readers match live.
 */
function legacyIndex(snapshot: Snapshot): StoredIndex {
  const { index, bodies } = indexFromSnapshot(snapshot, () => 0);
  const key = `memory:v1:${snapshot.version}`;
  let text = '';
  const rows = index.rows.map((row) => {
    const line = JSON.stringify(bodies.get(row.id));
    const at = { chunk: 0, offset: text.length, length: line.length };
    text += `${line}\n`;
    return { ...row, at };
  });
  rememberBodyText(key, text, true);
  const encoded = encodeIndex({ ...index, version: snapshot.version, rows, storage: { slots: [{ key, length: text.length }], retired: [] } }, Date.parse(snapshot.checkedAt));
  // Same version as the snapshot: validators readers hold stay valid until the content changes.
  const stored = decodeIndex(encoded.text) as StoredIndex;
  return { ...stored, head: { ...stored.head, version: snapshot.version } };
}

/** Forgets what this isolate read from `kv` (in tests, to play a fresh isolate). */
export function forgetCachedIndex(kv: KVNamespace): void {
  cache.delete(kv);
  lastIndex.delete(kv);
  lastBodyValue = undefined;
  forgetBodies();
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
