/**
 * Small trending pages built from data, in the upstream markup: the `DailyPapers` hydration
 * element with its entity-escaped `data-props`, and optionally the rendered cards.
 */

/** Escapes a string for a double-quoted HTML attribute value, as the upstream server does. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A daily-papers entry for `id` with a title, as the page's JSON has it. */
export function entry(id: string, title = `Paper ${id}`, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { paper: { id, title, summary: `Abstract of ${id}.`, upvotes: 3, authors: [{ name: 'A. Author' }], ...extra }, title };
}

/** A whole page whose embedded JSON lists `entries` (raw JSON text when a string is given). */
export function pageWith(entries: unknown[] | string, cards = ''): string {
  const props = typeof entries === 'string' ? entries : JSON.stringify({ canSubmit: false, dailyPapers: entries, isTrending: true });
  return `<!doctype html>
<html><head><meta charset="utf-8" /><title>Trending Papers</title></head>
<body><main>
<div class="SVELTE_HYDRATER contents" data-target="DailyPapers" data-props="${escapeAttribute(props)}"><section><div class="relative grid">${cards}</div></section></div>
</main></body>
</html>
`;
}

/** `n` distinct new-style arXiv ids, starting at `from`. */
export function ids(n: number, from = 0): string[] {
  return Array.from({ length: n }, (_, i) => `2609.${String(10000 + from + i)}`);
}
