/**
 * Small per-isolate caches of rendered responses, keyed by everything a body depends on (snapshot
 * version and time, origin, URL, configuration): a warm isolate answers repeat requests without
 * rendering. Each cache is bounded and simply emptied when full: keys change with every snapshot,
 * at most every half hour, so there is nothing worth evicting cleverly.
 */

/** A bounded map from key to value; `get` fills a missing entry from `make`. */
export interface IsolateCache<V> {
  get(key: string, make: () => V): V;
  peek(key: string): V | undefined;
  set(key: string, value: V): void;
}

/** Creates a cache that holds at most `max` entries. */
export function isolateCache<V>(max: number): IsolateCache<V> {
  const entries = new Map<string, V>();
  const set = (key: string, value: V) => {
    if (entries.size >= max) entries.clear();
    entries.set(key, value);
  };
  return {
    get(key, make) {
      const hit = entries.get(key);
      if (hit !== undefined) return hit;
      const value = make();
      set(key, value);
      return value;
    },
    peek: (key) => entries.get(key),
    set,
  };
}
