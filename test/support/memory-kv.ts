/** A KV namespace in memory for tests that run the app in Node; counts operations. */
export interface MemoryKv {
  kv: KVNamespace;
  data: Map<string, string>;
  reads: number;
  writes: number;
}

/** A minimal `KVNamespace` (get as text/json, one key or many; put, delete, list) backed by a Map. */
export function memoryKv(): MemoryKv {
  const state = { data: new Map<string, string>(), reads: 0, writes: 0 } as MemoryKv;
  const kv = {
    async get(key: string | string[], type?: 'text' | 'json') {
      const one = (name: string) => {
        state.reads++;
        const value = state.data.get(name);
        if (value === undefined) return null;
        return type === 'json' ? JSON.parse(value) : value;
      };
      // A bulk read answers a Map, and is billed per key, like KV's.
      return Array.isArray(key) ? new Map(key.map((name) => [name, one(name)])) : one(key);
    },
    async put(key: string, value: string) {
      state.writes++;
      state.data.set(key, value);
    },
    async delete(key: string) {
      state.writes++;
      state.data.delete(key);
    },
    async list() {
      return { keys: [...state.data.keys()].map((name) => ({ name })), list_complete: true, cacheStatus: null };
    },
  };
  state.kv = kv as unknown as KVNamespace;
  return state;
}
