/** A KV namespace in memory for tests that run the app in Node; counts operations. */
export interface MemoryKv {
  kv: KVNamespace;
  data: Map<string, string>;
  reads: number;
  writes: number;
}

/** A minimal `KVNamespace` (get as text/json, put, delete, list) backed by a Map. */
export function memoryKv(): MemoryKv {
  const state = { data: new Map<string, string>(), reads: 0, writes: 0 } as MemoryKv;
  const kv = {
    async get(key: string, type?: 'text' | 'json') {
      state.reads++;
      const value = state.data.get(key);
      if (value === undefined) return null;
      return type === 'json' ? JSON.parse(value) : value;
    },
    async put(key: string, value: string) {
      state.writes++;
      state.data.set(key, value);
    },
    async delete(key: string) {
      state.data.delete(key);
    },
    async list() {
      return { keys: [...state.data.keys()].map((name) => ({ name })), list_complete: true, cacheStatus: null };
    },
  };
  state.kv = kv as unknown as KVNamespace;
  return state;
}
