/**
 * Rendered HTML pages per isolate, keyed by everything they depend on (snapshot version and time,
 * origin, URL, configuration): a warm isolate answers repeat visits without rendering. Small, and
 * emptied whenever it fills: the snapshot changes every half hour at most.
 */

const pages = new Map<string, string>();
const MAX_PAGES = 32;

/** Returns the page cached under `key`, rendering and keeping it on a miss. */
export function cachedPage(key: string, render: () => string): string {
  const hit = pages.get(key);
  if (hit !== undefined) return hit;
  const body = render();
  if (pages.size >= MAX_PAGES) pages.clear();
  pages.set(key, body);
  return body;
}
