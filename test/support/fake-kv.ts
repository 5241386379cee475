/**
 * A KV namespace in memory, enough for the store and the routes to run in plain Node.
 */

/** A fresh, empty namespace. */
export function fakeKv(): KVNamespace {
  const values = new Map<string, string>();
  const kv = {
    async get(key: string, type?: string) {
      const value = values.get(key) ?? null;
      return value !== null && type === 'json' ? (JSON.parse(value) as unknown) : value;
    },
    async put(key: string, value: string) {
      values.set(key, value);
    },
    async delete(key: string) {
      values.delete(key);
    },
    async list() {
      return { keys: [...values.keys()].map((name) => ({ name })), list_complete: true, cacheStatus: null };
    },
  };
  return kv as unknown as KVNamespace;
}
