/**
 * JSON Feed 1.1 (https://jsonfeed.org/version/1.1). Each item carries a `_paperfeed` extension
 * object with the paper's numbers and links, so scripts need not scrape the HTML body.
 */
import type { FeedModel } from './model';

const SCRIPT_TAG = /<\/?[sS][cC][rR][iI][pP][tT]/;
const SCRIPT_TAGS = /<(\/?script)/gi;
// Stands in for each `content_html` while the document is stringified (see `withContents`).
const CONTENT = '\u0000';
const CONTENT_MEMBER = `"content_html":${JSON.stringify(CONTENT)}`;

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
    items: model.items.map((item) => ({
      id: item.id,
      url: item.link,
      external_url: item.externalUrl,
      title: item.title,
      content_html: CONTENT,
      summary: item.description,
      image: item.image, // omitted by JSON.stringify when undefined
      // The item date in whole seconds, as compose.ts wrote it for `_paperfeed`.
      date_published: item.paper.first_seen_at,
      // Never `[]`: a paper whose authors are unknown has no `authors` at all.
      authors: item.author.length > 0 ? item.author.map((author) => ({ name: author.name ?? '' })) : undefined,
      tags: item.category.map((category) => category.name ?? ''),
      _paperfeed: item.paper,
    })),
  };
  const json = withContents(JSON.stringify(feed), model);
  // Plain-text fields may hold a literal `<script` from upstream: write its `<` as a JSON escape, so
  // no raw script tag is ever in the bytes (parses the same; matters wherever JSON meets HTML).
  // Only those short fields can hold one (`content_html` is escaped markup), and scanning them is
  // far cheaper than scanning half a megabyte of output.
  return `${mayHoldScriptTag(model) ? json.replace(SCRIPT_TAGS, '\\u003c$1') : json}\n`;
}

function mayHoldScriptTag(model: FeedModel): boolean {
  const o = model.options;
  if (SCRIPT_TAG.test(o.title) || SCRIPT_TAG.test(o.description)) return true;
  return model.items.some(
    (item) =>
      SCRIPT_TAG.test(item.title) ||
      SCRIPT_TAG.test(item.description) ||
      item.author.some((author) => SCRIPT_TAG.test(author.name ?? '')) ||
      item.category.some((category) => SCRIPT_TAG.test(category.name ?? '')) ||
      SCRIPT_TAG.test(item.paper.organization?.fullname ?? '') ||
      SCRIPT_TAG.test(item.paper.ai_summary ?? ''),
  );
}

/**
 * `json` with each item's stand-in replaced by its `content_html`, written exactly as
 * JSON.stringify writes it. Item bodies are most of the bytes, and JSON.stringify reads a string
 * holding any character above U+00FF (every body has `▲`) one character at a time, several times
 * slower than the native searches of `jsonString`. The pieces are concatenated, not joined: the
 * response flattens the string once when it encodes it, as it did the single string before.
 */
function withContents(json: string, model: FeedModel): string {
  let out = '';
  let at = 0;
  for (const item of model.items) {
    // A string value never holds an unescaped `"`, so the member is found only where it is one.
    const member = json.indexOf(CONTENT_MEMBER, at);
    out += `${json.slice(at, member)}"content_html":${jsonString(item.content)}`;
    at = member + CONTENT_MEMBER.length;
  }
  return out + json.slice(at);
}

// Strings JSON.stringify writes as themselves but for `"`, `\` and line feeds: no other control
// character, no surrogate (telling paired from unpaired costs more than it saves; any surrogate
// takes the exact slow way). Anchored, so the engine runs one tight loop instead of a search.
const PLAIN_TEXT = /^[\n\u0020-\ud7ff\ue000-\uffff]*$/;

/**
 * `JSON.stringify(value)` for a string, faster for long text without rare characters: JSON.stringify
 * reads a string holding any character above U+00FF (every body has `▲`) one character at a time.
 * Here native searches find the few characters to escape, and the text between them is taken as
 * slices of `value`, never copied: the response copies the whole document once when it encodes it.
 */
export function jsonString(value: string): string {
  if (!PLAIN_TEXT.test(value)) return JSON.stringify(value);
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
