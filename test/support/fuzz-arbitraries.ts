/**
 * Generators of hostile trending pages for property-based tests: hostile strings and URLs, wrong
 * JSON types, entries built from real ones with fields replaced, cards with injected markup, and
 * byte-level mutations (deleted, duplicated, inserted, truncated) of real page slices.
 */
import fc from 'fast-check';
import { parsePage } from '../../src/scrape/parse';
import EXCERPT from '../fixtures/real-trending-excerpt.html?raw';
import TRENDING from '../fixtures/trending.html?raw';
import { escapeAttribute, pageWith } from './pages';

/** The real excerpt: one JSON entry, one card. */
export { EXCERPT };

/** Real `dailyPapers` entries to start mutating from. */
export const REAL_ENTRIES: readonly Record<string, unknown>[] = [
  ...(parsePage(TRENDING).entries as Record<string, unknown>[]),
  ...(parsePage(EXCERPT).entries as Record<string, unknown>[]),
];

// trending.html cut where slices are spliced: before and after the data-props value, the cards.
const propsStart = TRENDING.indexOf('data-props="', TRENDING.indexOf('data-target="DailyPapers"')) + 'data-props="'.length;
const propsEnd = TRENDING.indexOf('"', propsStart);
const cardsStart = TRENDING.indexOf('<article', propsEnd);
const cardsEnd = TRENDING.lastIndexOf('</article>') + '</article>'.length;
const ARTICLES = TRENDING.slice(cardsStart, cardsEnd).split(/(?=<article)/);

/** A page in the real markup holding `entries` as JSON and real cards `[from, from + cards)`. */
export function slicePage(entries: unknown[], from: number, cards: number): string {
  const props = JSON.stringify({ canSubmit: false, dailyPapers: entries, isTrending: true });
  return slicePageRaw(escapeAttribute(props), from, cards);
}

/** Like `slicePage`, with the raw (already encoded, or not) text of the data-props value. */
export function slicePageRaw(attribute: string, from: number, cards: number): string {
  return (
    TRENDING.slice(0, propsStart) +
    attribute +
    TRENDING.slice(propsEnd, cardsStart) +
    ARTICLES.slice(from, from + cards).join('') +
    TRENDING.slice(cardsEnd)
  );
}

/** A real slice: `k` real entries and `k` real cards from the same offset. */
export const realSlice: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 3 }))
  .map(([from, entries, cards]) => slicePage(REAL_ENTRIES.slice(from, from + entries), from, cards));

// Markers the output checks look for; `pwn` never appears in a real page.
export const HOSTILE_STRINGS = [
  '<script>pwn()</script>',
  '<SCRIPT SRC=//evil.test/x.js></SCRIPT>',
  '</title><script>pwn()</script>',
  ']]>',
  '<![CDATA[',
  ']]><script>pwn()</script><![CDATA[',
  'javascript:pwn()',
  '\u0000',
  '\u0001\u0008\u000B\u000C\u001F',
  '\u007F\u0085\u009F',
  '\uD800',
  '\uDFFF',
  '\uDBFF\uDFFF',
  'a\uD83D',
  '\uDE00b',
  '\uFFFE\uFFFF',
  '&',
  '&amp;',
  '&lt;script&gt;pwn()&lt;/script&gt;',
  '&#0;',
  '&#xD800;',
  '&#128;',
  '&nbsp;',
  '&NotARef;',
  '"',
  "'",
  '<',
  '>',
  '--',
  '<!--',
  '\u2028\u2029',
  '\r\n\t',
  '<img src=x onerror=pwn()>',
  '<a href="javascript:pwn()">x</a>',
  '<svg onload=pwn()>',
  '\u202E\u200B',
  '👍🏽',
  'é',
  '%3Cscript%3E',
  '\\u003cscript\\u003e',
  '{"id":"2609.00001"}',
  '   ',
];

const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));

/** Strings meant to break escaping: markup, CDATA ends, controls, lone surrogates, entities. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 3, arbitrary: fc.array(fc.oneof(fc.constantFrom(...HOSTILE_STRINGS), fc.string({ maxLength: 8 })), { maxLength: 6 }).map((parts) => parts.join('')) },
  { weight: 2, arbitrary: fc.string({ unit: codeUnit, maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
);

/** URLs no reader should ever be handed, and some ordinary ones. */
export const hostileUrl: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    'javascript:pwn()',
    'JaVaScRiPt:pwn()',
    ' javascript:pwn()',
    'java\tscript:pwn()',
    'java\u0000script:pwn()',
    '\u0001javascript:pwn()',
    'javascript&#58;pwn()',
    'data:text/html;base64,PHNjcmlwdD5wd24oKTwvc2NyaXB0Pg==',
    'vbscript:pwn()',
    'file:///etc/passwd',
    '//evil.test/x',
    '/relative/x.png',
    'https://user:pw@evil.test/',
    'https://ok.test/"><script>pwn()</script>',
    "https://ok.test/'onmouseover='pwn()",
    'https://ok.test/?q=<script>pwn()</script>&a=]]>',
    'http://[::1',
    'https://',
  ),
  fc.webUrl(),
  hostileString,
);

/** Values of the wrong JSON type for any field. */
export const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(null, true, false, 0, -1, 0.5, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, '', [], {}),
  fc.array(hostileString, { maxLength: 3 }),
  fc.dictionary(fc.constantFrom('name', 'id', 'title', 'fullname', 'avatar', 'user'), hostileString, { maxKeys: 3 }),
);

/** Any value a hostile page could put in a field. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(hostileString, hostileUrl, wrongType);

const validId = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 0, max: 99999 })).map(([a, b]) => `${String(a).padStart(4, '0')}.${String(b).padStart(5, '0')}`),
  fc.constantFrom('hep-th/9901001', 'math.AG/0701001v2', '2609.08183v3', ' 2606.03748 '),
);

const PATHS: readonly (readonly (string | number)[])[] = [
  ['paper', 'title'],
  ['title'],
  ['paper', 'summary'],
  ['summary'],
  ['paper', 'authors'],
  ['paper', 'authors', 0, 'name'],
  ['paper', 'authors', 1],
  ['paper', 'upvotes'],
  ['paper', 'githubRepo'],
  ['paper', 'githubStars'],
  ['paper', 'projectPage'],
  ['paper', 'ai_summary'],
  ['paper', 'ai_keywords'],
  ['paper', 'ai_keywords', 0],
  ['paper', 'organization'],
  ['paper', 'organization', 'name'],
  ['paper', 'organization', 'fullname'],
  ['paper', 'organization', 'avatar'],
  ['paper', 'publishedAt'],
  ['paper', 'submittedOnDailyAt'],
  ['thumbnail'],
  ['numComments'],
  ['publishedAt'],
  ['organization'],
  ['paper', 'mediaUrls'],
];

/** A real entry with some fields replaced by hostile values; its id mostly stays valid. */
export const hostileEntry: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 12,
    arbitrary: fc
      .tuple(
        fc.constantFrom(...REAL_ENTRIES),
        fc.array(fc.tuple(fc.constantFrom(...PATHS), hostileValue), { minLength: 1, maxLength: 6 }),
        fc.oneof({ weight: 6, arbitrary: validId }, { weight: 1, arbitrary: hostileValue }),
      )
      .map(([base, edits, id]) => {
        const entry = structuredClone(base);
        setPath(entry, ['paper', 'id'], id);
        for (const [path, value] of edits) setPath(entry, path, value);
        return entry;
      }),
  },
  { weight: 1, arbitrary: hostileValue },
);

/** Props JSON text: `dailyPapers` of hostile entries, or a wrong shape altogether. */
export const hostileProps: fc.Arbitrary<string> = fc.oneof(
  { weight: 10, arbitrary: fc.array(hostileEntry, { minLength: 1, maxLength: 6 }).map((dailyPapers) => JSON.stringify({ canSubmit: false, dailyPapers })) },
  { weight: 1, arbitrary: wrongType.map((dailyPapers) => JSON.stringify({ dailyPapers })) },
  { weight: 1, arbitrary: wrongType.map((props) => JSON.stringify(props) ?? 'null') },
);

/** How the props are written into the attribute: as upstream does, or worse. */
export const attributeEncoding: fc.Arbitrary<(props: string) => string> = fc.constantFrom(
  (props: string) => escapeAttribute(props),
  (props: string) => props.replace(/"/g, '&quot;'),
  (props: string) => props.replace(/[^A-Za-z0-9 ]/g, (c) => `&#${c.codePointAt(0)};`).replace(/[\uDC00-\uDFFF]/g, ''),
  (props: string) => escapeAttribute(props).replace(/&quot;/g, '&#x22;').replace(/&amp;/g, '&AMP;'),
  (props: string) => props,
);

/** A page whose JSON is built from hostile entries, with or without real cards after it. */
export const hostileJsonPage: fc.Arbitrary<string> = fc
  .tuple(hostileProps, attributeEncoding, fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 52 }))
  .map(([props, encode, cards, from]) => slicePageRaw(encode(props), from, cards));

/** A rendered card with hostile text and links, either HTML-escaped or injected raw. */
export const hostileCard: fc.Arbitrary<string> = fc
  .record({
    id: fc.oneof({ weight: 5, arbitrary: validId }, { weight: 1, arbitrary: hostileString }),
    title: hostileString,
    summary: hostileString,
    thumbnail: hostileUrl,
    github: hostileUrl,
    stars: fc.oneof(fc.constantFrom('1.66k', '2.1M', '1,234', '12'), hostileString),
    org: hostileString,
    upvotes: fc.oneof(fc.constantFrom('3', '1.2k'), hostileString),
    raw: fc.boolean(),
  })
  .map(({ id, title, summary, thumbnail, github, stars, org, upvotes, raw }) => {
    const t = raw ? (s: string) => s : escapeAttribute;
    const half = `<a href="/papers/${t(id)}"><img src="${t(thumbnail)}" alt=""></a>
<h3><a href="/papers/${t(id)}">${t(title)}</a></h3>
<p class="line-clamp-2">${t(summary)}</p>
<a href="${t(github)}">${t(stars)}</a>
<a class="rounded-full" href="/${t(org)}">${t(org)}</a>
<a href="/login"><div class="font-semibold text-orange-500">${t(upvotes)}</div></a>
<span>Published on Sep 8, 2026</span>`;
    return `<article class="relative"><div class="hidden md:flex">${half}</div><div class="flex flex-col md:hidden">${half}</div></article>`;
  });

/** A page with only cards to read (the JSON is missing or broken), some of them hostile. */
export const hostileCardPage: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(fc.oneof({ weight: 3, arbitrary: hostileCard }, { weight: 1, arbitrary: fc.constantFrom(...ARTICLES.slice(0, 10)) }), { minLength: 1, maxLength: 5 }),
    fc.constantFrom('{"dailyPapers":[', '{"dailyPapers":"none"}', '[]', 'not json', '{"dailyPapers":[]}'),
  )
  .map(([cards, props]) => pageWith(props, cards.join('\n')));

/** One edit of a page's text. Positions are fractions of its length, so they fit any page. */
type Mutation =
  | { kind: 'delete' | 'duplicate'; at: number; length: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'deleteTag' | 'duplicateTag'; at: number }
  | { kind: 'truncate'; at: number };

const position = fc.double({ min: 0, max: 1, noNaN: true });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom('delete' as const, 'duplicate' as const), at: position, length: fc.integer({ min: 1, max: 3000 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: position, text: fc.oneof(hostileString, hostileUrl, fc.constantFrom('<article>', '</article>', '<h3>', '</div>', '"', 'data-props="', '</body></html>')) }),
  fc.record({ kind: fc.constantFrom('deleteTag' as const, 'duplicateTag' as const), at: position }),
  fc.record({ kind: fc.constant('truncate' as const), at: position }),
);

/** Applies `mutations` to `page` in order. */
export function mutate(page: string, mutations: readonly Mutation[]): string {
  let text = page;
  for (const m of mutations) {
    const at = Math.floor(m.at * text.length);
    if (m.kind === 'delete') text = text.slice(0, at) + text.slice(at + m.length);
    else if (m.kind === 'duplicate') text = text.slice(0, at + m.length) + text.slice(at, at + m.length) + text.slice(at + m.length);
    else if (m.kind === 'insert') text = text.slice(0, at) + m.text + text.slice(at);
    else if (m.kind === 'truncate') text = text.slice(0, at);
    else {
      const open = text.indexOf('<', at);
      const close = open < 0 ? -1 : text.indexOf('>', open);
      if (close < 0) continue;
      const tag = text.slice(open, close + 1);
      text = text.slice(0, open) + (m.kind === 'duplicateTag' ? tag + tag : '') + text.slice(close + 1);
    }
  }
  return text;
}

/** A real page (the excerpt or a slice of the full page) with 1–5 random edits. */
export const mutatedPage: fc.Arbitrary<string> = fc
  .tuple(fc.oneof(fc.constant(EXCERPT), realSlice), fc.array(mutation, { minLength: 1, maxLength: 5 }))
  .map(([page, mutations]) => mutate(page, mutations));

const MARKUP_TOKENS = [
  '<html>', '<body>', '</body></html>', '<main>', '<article>', '</article>', '<h3>', '</h3>', '<a href="/papers/2609.00001">',
  '<a href="/papers/hep-th/9901001">', '</a>', '<p class="line-clamp-2">', '<div class="font-semibold text-orange-500">',
  '</div>', 'data-target="DailyPapers"', 'data-props="', '&quot;dailyPapers&quot;:[', '{&quot;paper&quot;:{&quot;id&quot;:&quot;2609.00002&quot;,&quot;title&quot;:&quot;',
  '&quot;}}', ']}', '"', "'", '<div class="SVELTE_HYDRATER contents" ', '>', '<', 'Upvote 12', '<img src="', '<!--', '-->', '<script>', '</script>',
];

/** Random bytes, and random soup of the page's own markup tokens and hostile strings. */
export const garbagePage: fc.Arbitrary<string> = fc.oneof(
  fc.uint8Array({ maxLength: 4000 }).map((bytes) => new TextDecoder('latin1').decode(bytes)),
  fc.uint8Array({ maxLength: 4000 }).map((bytes) => `${new TextDecoder().decode(bytes)}</body></html>`),
  fc.array(fc.oneof(fc.constantFrom(...MARKUP_TOKENS), hostileString), { maxLength: 80 }).map((parts) => `${parts.join('')}</body></html>`),
  // Soup inside card frames, so that the card parser has something to chew on.
  fc
    .array(fc.array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...MARKUP_TOKENS) }, { weight: 1, arbitrary: hostileString }), { maxLength: 20 }), { minLength: 1, maxLength: 4 })
    .map((cards) => pageWith('not json', cards.map((parts) => `<article><h3><a href="/papers/2609.0000${parts.length % 10}">${parts.join('')}</a></h3>${parts.join('')}</article>`).join(''))),
);

/** A page with one enormous (1 MB) hostile title or summary, in the JSON or in a card. */
export const hugeFieldPage: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...HOSTILE_STRINGS), fc.constantFrom('title', 'summary'), fc.boolean())
  .map(([unit, field, inCard]) => {
    const huge = `${unit}x`.repeat(Math.ceil(1_000_000 / (unit.length + 1)));
    if (inCard) {
      const card = `<article><h3><a href="/papers/2609.00001">${escapeAttribute(huge)}</a></h3><p class="line-clamp-2">${escapeAttribute(huge)}</p></article>`;
      return pageWith('not json', card);
    }
    const base = structuredClone(REAL_ENTRIES[0] ?? {});
    setPath(base, ['paper', field], huge);
    return pageWith([base]);
  });

function setPath(target: unknown, path: readonly (string | number)[], value: unknown): void {
  let node = target as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    if (typeof next !== 'object' || next === null) node[key] = typeof key === 'number' ? [] : {};
    node = node[key] as Record<string | number, unknown>;
  }
  const last = path.at(-1);
  if (last !== undefined) node[last] = value;
}
