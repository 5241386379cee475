/** A KV namespace in memory for tests that run the app in Node; counts operations. */
export interface MemoryKv {
  kv: KVNamespace;
  data: Map<string, string>;
  /** Each key's metadata, as `put` stored it. */
  metadata: Map<string, unknown>;
  reads: number;
  writes: number;
}

type ValueType = 'text' | 'json' | 'arrayBuffer' | 'stream';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** A minimal `KVNamespace` (get as text/json/bytes/stream, one key or many; getWithMetadata; put, delete, list) backed by a Map. */
export function memoryKv(): MemoryKv {
  const state = { data: new Map<string, string>(), metadata: new Map<string, unknown>(), reads: 0, writes: 0 } as MemoryKv;
  const one = (name: string, type: ValueType = 'text') => {
    state.reads++;
    const value = state.data.get(name);
    if (value === undefined) return null;
    if (type === 'arrayBuffer') return new TextEncoder().encode(value).buffer;
    if (type === 'stream') return new Response(value).body;
    return type === 'json' ? JSON.parse(value) : value;
  };
  const typeOf = (options?: ValueType | { type?: ValueType }) => (typeof options === 'string' ? options : options?.type);
  const kv = {
    async get(key: string | string[], options?: ValueType | { type?: ValueType }) {
      // A bulk read answers a Map, and is billed per key, like KV's.
      return Array.isArray(key) ? new Map(key.map((name) => [name, one(name, typeOf(options))])) : one(key, typeOf(options));
    },
    async getWithMetadata(key: string, options?: ValueType | { type?: ValueType }) {
      const value = one(key, typeOf(options));
      return { value, metadata: value === null ? null : (state.metadata.get(key) ?? null), cacheStatus: null };
    },
    async put(key: string, value: string | ArrayBuffer | ArrayBufferView, options?: { metadata?: unknown }) {
      state.writes++;
      // Bytes are kept as the text they encode; `fatal` makes a write of malformed UTF-8 fail the test.
      state.data.set(key, typeof value === 'string' ? value : strictUtf8.decode(value));
      // KV stores metadata serialized: a reader never shares the writer's object.
      if (options?.metadata !== undefined) state.metadata.set(key, JSON.parse(JSON.stringify(options.metadata)));
      else state.metadata.delete(key);
    },
    async delete(key: string) {
      state.writes++;
      state.data.delete(key);
      state.metadata.delete(key);
    },
    async list() {
      return { keys: [...state.data.keys()].map((name) => ({ name })), list_complete: true, cacheStatus: null };
    },
  };
  state.kv = kv as unknown as KVNamespace;
  return state;
}
