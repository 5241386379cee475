/**
 * JSON Feed 1.1 (https://jsonfeed.org/version/1.1). Each item carries a `_paperfeed` extension
 * object with the paper's numbers and links, so scripts need not scrape the HTML body.
 *
 * The bytes are exactly those of one JSON.stringify of the feed, every `<script` in its text then
 * written with a JSON escape (test/support/json-feed-reference.ts, which the tests hold this to).
 * Item bodies are most of the bytes and are written apart (`withContents`); every search over the
 * document is a native one that finds a rare character, so rendering costs no more than RSS.
 */
import type { FeedItem, FeedModel } from './model';

// Sticky: tried only where a `<` was found.
const SCRIPT_TAG_AT = /<\/?script/iy;
const SCRIPT_TAGS = /<(\/?script)/gi;
// Stands in for each `content_html` while the document is stringified (see `withContents`).
const CONTENT = '\u0000';
const CONTENT_MEMBER = `"content_html":${JSON.stringify(CONTENT)}`;
const SUMMARY_MEMBER = `"summary":${JSON.stringify(CONTENT)}`;
// The stand-in as written (`\u0000`), and where it sits in its member. It is searched for rather
// than the member: its first character, `\`, is rare in JSON, and a native search skips to it at
// once, where `"`, the member's, is everywhere and makes the same search ten times slower.
const STAND_IN = JSON.stringify(CONTENT).slice(1, -1);

// Items stringified together (see `renderJsonFeed`).
const ITEMS_PER_PART = 25;

/** Renders `model` as a JSON Feed 1.1 document. */
export function renderJsonFeed(model: FeedModel): string {
  const o = model.options;
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: o.title,
    home_page_url: o.link,
    feed_url: o.feedLinks.json,
    description: o.description,
    language: o.language ?? 'en',
    // No feed-level `authors`: items without their own would inherit them (JSON Feed 1.1).
    items: [],
  };
  // Written as one JSON.stringify of the whole feed writes it (`"items":[`, the items joined by
  // `,`, `]}`), but the items are stringified a part at a time: the document as one string came
  // out of JSON.stringify in pieces, which the first search then copied into one large string, a
  // seventh of the render; parts of 25 items come out small enough to be cheap to join.
  const shell = withoutScriptTags(JSON.stringify(feed));
  const open = shell.length - ']}'.length;
  let out = shell.slice(0, open);
  for (let from = 0; from < model.items.length; from += ITEMS_PER_PART) {
    const items = model.items.slice(from, from + ITEMS_PER_PART);
    const json = withoutScriptTags(JSON.stringify(items.map(itemObject)));
    out += `${from > 0 ? ',' : ''}${withContents(json.slice(1, -1), items)}`;
  }
  return `${out}${shell.slice(open)}\n`;
}

function itemObject(item: FeedItem) {
  return {
    id: item.id,
    url: item.link,
    external_url: item.externalUrl,
    title: item.title,
    content_html: CONTENT,
    // A stand-in too: a plain-text abstract, long and rarely Latin-1 only (see `withContents`).
    summary: CONTENT,
    image: item.image, // omitted by JSON.stringify when undefined
    // The item date in whole seconds, as compose.ts wrote it for `_paperfeed`.
    date_published: item.paper.first_seen_at,
    // Never `[]`: a paper whose authors are unknown has no `authors` at all.
    authors: item.author.length > 0 ? item.author : undefined,
    tags: item.category.map((category) => category.name ?? ''),
    _paperfeed: item.paper,
  };
}

/**
 * `json` with the `<` of each `<script` / `</script` written as a JSON escape. Text from upstream
 * may hold one, and no raw script tag is ever in the bytes (parses the same; matters wherever JSON
 * meets HTML). Item bodies are escaped markup and never hold one, so the document is searched
 * without them; JSON.stringify never escapes `<`, `/` or letters, so a tag in the text is one in the
 * JSON.
 */
function withoutScriptTags(json: string): string {
  return holdsScriptTag(json) ? json.replace(SCRIPT_TAGS, '\\u003c$1') : json;
}

/**
 * Whether `json` holds a script tag. `<` is rare in JSON: a native search skips from one to the
 * next, where a regular expression would step through every character of the document.
 */
function holdsScriptTag(json: string): boolean {
  for (let at = json.indexOf('<'); at >= 0; at = json.indexOf('<', at + 1)) {
    SCRIPT_TAG_AT.lastIndex = at;
    if (SCRIPT_TAG_AT.test(json)) return true;
  }
  return false;
}

/**
 * `json`, the JSON of `items` joined by commas, with each item's stand-ins replaced by its
 * `content_html` and `summary`, written exactly as JSON.stringify writes them. Item bodies and
 * abstracts are most of the bytes, and JSON.stringify reads a string holding any character above
 * U+00FF (every body has `▲`) one character at a time, several times slower than the native
 * searches of `jsonString`. The pieces are concatenated, not joined: the response flattens the
 * string once when it encodes it.
 */
function withContents(json: string, items: readonly FeedItem[]): string {
  let out = '';
  let at = 0;
  for (const item of items) {
    const member = standInMember(json, at, CONTENT_MEMBER);
    out += `${json.slice(at, member)}"content_html":${jsonString(item.content)}`;
    at = member + CONTENT_MEMBER.length;
    // Each item's `summary` follows its `content_html` (the order of the item object above).
    const summary = standInMember(json, at, SUMMARY_MEMBER);
    // Plain text from upstream, unlike a body: it may hold a script tag.
    out += `${json.slice(at, summary)}"summary":${withoutScriptTags(jsonString(item.description))}`;
    at = summary + SUMMARY_MEMBER.length;
  }
  return out + json.slice(at);
}

/** Where the next `member` (a member whose value is the stand-in) of `json` starts, from `from` on. */
function standInMember(json: string, from: number, member: string): number {
  const offset = member.length - STAND_IN.length - 1;
  for (let mark = json.indexOf(STAND_IN, from); mark >= 0; mark = json.indexOf(STAND_IN, mark + 1)) {
    // A text that is a NUL character is written as the stand-in too; only the member has the name
    // before it (a string value never holds an unescaped `"`).
    if (json.startsWith(member, mark - offset)) return mark - offset;
  }
  throw new Error(`a ${member.slice(0, member.indexOf(':'))} stand-in is missing from the stringified feed`);
}

// Strings JSON.stringify writes as themselves but for `"`, `\` and line feeds: no other control
// character, no unpaired surrogate. Anchored, so the engine runs one tight loop instead of a search.
// The first reads UTF-16 units and fails on any surrogate; the second reads code points, so emoji
// pass and unpaired surrogates do not. It is slower, so only text the first failed is asked.
const PLAIN_TEXT = /^[\n\u0020-\ud7ff\ue000-\uffff]*$/;
const PLAIN_CODE_POINTS = /^[\n\u0020-\ud7ff\ue000-\u{10ffff}]*$/u;
// Strings JSON.stringify writes as they are: no `"`, `\`, control character or surrogate.
const AS_IT_IS = /^[\u0020\u0021\u0023-\u005b\u005d-\ud7ff\ue000-\uffff]*$/;

/**
 * `JSON.stringify(value)` for a string, faster for long text without rare characters: JSON.stringify
 * reads a string holding any character above U+00FF (every body has `▲`) one character at a time.
 * Here native searches find the few characters to escape, and the text between them is taken as
 * slices of `value`, never copied: the response copies the whole document once when it encodes it.
 */
export function jsonString(value: string): string {
  // Most abstracts need no escape at all: one pass says so. (A body fails at its first `"`, at once.)
  if (AS_IT_IS.test(value)) return `"${value}"`;
  if (!PLAIN_TEXT.test(value) && !PLAIN_CODE_POINTS.test(value)) return JSON.stringify(value);
  // Backslashes are rare (LaTeX in an abstract): one more whole-string pass when there is one.
  const text = value.includes('\\') ? value.replaceAll('\\', '\\\\') : value;
  let out = '"';
  let at = 0;
  let quote = text.indexOf('"');
  let line = text.indexOf('\n');
  while (quote >= 0 || line >= 0) {
    if (line < 0 || (quote >= 0 && quote < line)) {
      out += `${text.slice(at, quote)}\\"`;
      at = quote + 1;
      quote = text.indexOf('"', at);
    } else {
      out += `${text.slice(at, line)}\\n`;
      at = line + 1;
      line = text.indexOf('\n', at);
    }
  }
  return `${out}${text.slice(at)}"`;
}
