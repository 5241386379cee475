/**
 * Builders for trending pages in the real markup, for tests in Node and in workerd alike (no
 * file system here): variants of a fixture page passed in, or small pages built from data.
 */

/** Escapes a JSON text the way the page escapes `data-props` (attribute-safe). */
export function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const DAILY_PAPERS_PROPS = /(data-target="DailyPapers"[^>]*?data-props=")([^"]*)(")/;

/** Replaces the `dailyPapers` list of `template` (a page with a DailyPapers element). */
export function withEntries(template: string, entries: unknown[]): string {
  const props = { canSubmit: false, dailyPapers: entries, publisher: null, query: {}, isTrending: true };
  return replaceProps(template, escapeAttribute(JSON.stringify(props)));
}

/** Replaces the raw (already escaped) `data-props` value of the DailyPapers element. */
export function replaceProps(template: string, rawValue: string): string {
  if (!DAILY_PAPERS_PROPS.test(template)) throw new Error('template has no DailyPapers data-props');
  return template.replace(DAILY_PAPERS_PROPS, (_m, before: string, _v: string, after: string) => `${before}${rawValue}${after}`);
}

/** The same page with the `data-props` attribute of the DailyPapers element removed. */
export function withoutDataProps(template: string): string {
  return template.replace(/(data-target="DailyPapers"[^>]*?) data-props="[^"]*"/, '$1');
}

/** A page entry in the upstream shape, with hostile content where it hurts most. */
export function hostileEntry(id: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    paper: {
      id,
      title: 'Attention <script>alert("x")</script> & ]]> is all you need 🧠\u0007',
      summary:
        'We show $\\mathcal{O}(n^2) < \\infty$ & that a < b > c. ]]> CDATA end, <b>bold</b>, emoji 🚀🧪, ' +
        'ZWJ 👩‍🔬, lone \ud800 surrogate, form feed \u000c, NUL \u0000 and RTL \u202e text.',
      authors: [{ name: 'Ada <Lovelace>' }, { name: 'O\'Brien & Sons' }, { name: '' }, 'not an object'],
      upvotes: '42',
      githubRepo: 'javascript:alert(1)',
      githubStars: 10,
      projectPage: 'https://example.org/project?a=1&b=<2>',
      ai_summary: 'Summary with <img src=x onerror=alert(1)> and ]]>',
      ai_keywords: ['LLM', '<b>keyword</b>', 'LLM', 42],
      publishedAt: '2026-03-01T00:00:00.000Z',
      submittedOnDailyAt: 'not a date',
      organization: { name: 'evil"org', fullname: 'Evil' },
      ...overrides,
    },
    thumbnail: 'data:image/png;base64,AAAA',
    numComments: -3,
  };
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

/** A daily list page for `day` whose embedded JSON lists `entries` (it may be empty). */
export function dailyPageWith(entries: unknown[], day = '2026-10-01'): string {
  return pageWith(JSON.stringify({ canSubmit: false, dailyPapers: entries, isTrending: false, date: day }));
}
