/**
 * The whole pure path a page takes, page → parse → normalize → merge → select → compose → every
 * renderer, and the checks every output must pass whatever the page held: RSS and Atom are
 * well-formed XML, JSON Feed parses, every URL a reader could follow is http(s), and item HTML
 * holds only the few harmless tags the content template writes.
 */
import type { Paper, Snapshot } from '../../src/domain/types';
import { composeFeed, FEED_FORMATS, renderFeed, type FeedFormat } from '../../src/feeds';
import { scrapePage } from '../../src/scrape/scrape-page';
import { PageParseError } from '../../src/scrape/parse';
import { selectPapers } from '../../src/select/select-papers';
import { mergeSnapshot } from '../../src/snapshot/merge';
import { wellFormednessError } from './xml-wellformed';

export const FUZZ_NOW = '2026-10-01T00:00:00.000Z';

/** Renders of one page, or `null` when the parser refused it with a `PageParseError`. */
export type Outputs = Record<FeedFormat, string>;

/** Page → the snapshot a first run would store, or `null` for a `PageParseError`. */
export function snapshotOf(html: string): Snapshot | null {
  let scraped;
  try {
    scraped = scrapePage(html).papers;
  } catch (error) {
    if (error instanceof PageParseError) return null;
    throw error;
  }
  return mergeSnapshot(null, [{ list: 'trending', papers: scraped }], { now: FUZZ_NOW, retentionDays: 14 }).snapshot;
}

/** Page → papers, or `null` for a `PageParseError`; any other error propagates. */
export function papersOf(html: string): Paper[] | null {
  return snapshotOf(html)?.papers ?? null;
}

/** Papers → the three feed documents, with the query string of the feed URL as given. */
export function renderAll(papers: readonly Paper[], search = ''): Outputs {
  const model = composeFeed(selectPapers(papers, { limit: 200, sort: 'new' }), {
    origin: 'https://paperfeed.test',
    slug: 'all',
    feedKey: 'trending/all',
    title: 'paperfeed: All trending papers',
    description: 'Every paper trending on Hugging Face',
    search,
    updatedAt: FUZZ_NOW,
    ttlMinutes: 30,
  });
  const outputs = {} as Outputs;
  for (const format of FEED_FORMATS) outputs[format] = renderFeed(format, model);
  return outputs;
}

/** Runs a page through everything and checks every output; returns how many items it carried. */
export function checkPage(html: string, search = ''): number {
  const papers = papersOf(html);
  if (papers === null) return 0;
  checkOutputs(renderAll(papers, search));
  return papers.length;
}

/** Throws a descriptive error when any output breaks a guarantee. */
export function checkOutputs(outputs: Outputs): void {
  for (const format of ['rss', 'atom'] as const) {
    const xml = outputs[format];
    const error = wellFormednessError(xml);
    if (error) throw new Error(`${format} is not well-formed: ${error}\n${around(xml, error)}`);
    if (/<script/i.test(xml)) throw new Error(`${format} holds a raw <script`);
    for (const [where, url] of xmlUrls(xml)) expectHttpUrl(url, `${format} ${where}`);
    for (const html of xmlHtmlPayloads(xml)) checkItemHtml(html, format);
    for (const guid of xml.matchAll(/<(?:guid isPermaLink="false"|id)>([^<]*)<\//g)) {
      if (guid[1] !== undefined && !/^tag:paperfeed,2026:trending\/all(?:#[\w./-]+)?$/.test(decodeXml(guid[1]))) {
        throw new Error(`${format} id is not the feed's tag URI: ${guid[1]}`);
      }
    }
  }
  if (/<script/i.test(outputs.json)) throw new Error('json holds a raw <script');
  let feed: unknown;
  try {
    feed = JSON.parse(outputs.json);
  } catch (error) {
    throw new Error(`JSON Feed does not parse: ${String(error)}`);
  }
  if ((feed as { version?: unknown }).version !== 'https://jsonfeed.org/version/1.1') throw new Error('JSON Feed has no 1.1 version');
  walkJson(feed, '');
}

const URL_KEYS = new Set(['home_page_url', 'feed_url', 'url', 'external_url', 'image', 'huggingface', 'arxiv', 'pdf', 'github', 'project_page', 'thumbnail', 'avatar']);

function walkJson(value: unknown, path: string): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => walkJson(item, `${path}[${index}]`));
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      if (URL_KEYS.has(key) && typeof child === 'string') expectHttpUrl(child, `json ${path}.${key}`);
      if (key === 'content_html' && typeof child === 'string') checkItemHtml(child, 'json');
      walkJson(child, `${path}.${key}`);
    }
  }
}

// What content-html.ts writes, and nothing else may appear as a tag in an item body.
const HTML_TAGS = new Set(['p', 'a', 'img', 'strong', 'small', 'br', 'em', 'ul', 'li', 'code']);
const HTML_ATTRIBUTES = new Set(['href', 'src', 'alt', 'title', 'rel']);

function checkItemHtml(html: string, format: string): void {
  if (/<script/i.test(html)) throw new Error(`${format} item HTML holds <script: ${html.slice(0, 300)}`);
  let tags = 0;
  // Attribute values are quoted either way (content-html.ts writes `'`), never holding the quote.
  for (const tag of html.matchAll(/<\/?([a-zA-Z][\w-]*)((?:\s+[\w-]+=(?:"[^"<>]*"|'[^'<>]*'))*)\s*\/?>/g)) {
    tags++;
    const name = tag[1]?.toLowerCase() ?? '';
    if (!HTML_TAGS.has(name)) throw new Error(`${format} item HTML holds a <${name}> tag`);
    for (const attribute of (tag[2] ?? '').matchAll(/([\w-]+)=(?:"([^"]*)"|'([^']*)')/g)) {
      const attributeName = attribute[1]?.toLowerCase() ?? '';
      if (!HTML_ATTRIBUTES.has(attributeName)) throw new Error(`${format} item HTML has attribute ${attributeName}`);
      if (attributeName === 'href' || attributeName === 'src') expectHttpUrl(decodeXml(attribute[2] ?? attribute[3] ?? ''), `${format} item HTML ${attributeName}`);
    }
  }
  // Every "<" must open one of those tags: upstream text is escaped, never markup.
  const lts = html.split('<').length - 1;
  if (lts !== tags) throw new Error(`${format} item HTML holds ${lts - tags} stray "<": ${html.slice(0, 300)}`);
}

function* xmlUrls(xml: string): Generator<[string, string]> {
  for (const match of xml.matchAll(/\s(href|url|src|uri)="([^"]*)"/g)) yield [`@${match[1]}`, decodeXml(match[2] ?? '')];
  for (const match of xml.matchAll(/<(link|comments|uri|docs)(?:\s[^>]*)?>([^<]*)<\/\1>/g)) yield [`<${match[1]}>`, decodeXml(match[2] ?? '')];
}

function* xmlHtmlPayloads(xml: string): Generator<string> {
  for (const match of xml.matchAll(/<item>[\s\S]*?<description>([^<]*)<\/description>/g)) yield decodeXml(match[1] ?? '');
  for (const match of xml.matchAll(/<content type="html">([^<]*)<\/content>/g)) yield decodeXml(match[1] ?? '');
}

function expectHttpUrl(url: string, where: string): void {
  if (!/^https?:\/\/[^\s]+$/.test(url)) throw new Error(`${where} is not an http(s) URL: ${JSON.stringify(url.slice(0, 200))}`);
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new Error(`${where} has protocol ${parsed.protocol}`);
}

function decodeXml(text: string): string {
  return text.replace(/&(?:#(\d+)|#x([0-9a-fA-F]+)|(amp|lt|gt|quot|apos));/g, (_m, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name) return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[name] ?? '';
    return String.fromCodePoint(dec !== undefined ? Number(dec) : parseInt(hex ?? '0', 16));
  });
}

function around(text: string, error: string): string {
  const at = Number(/offset (\d+)/.exec(error)?.[1] ?? 0);
  return JSON.stringify(text.slice(Math.max(0, at - 120), at + 120));
}
