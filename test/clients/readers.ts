/**
 * The feed clients of the matrix, each behind one shape: read saved feed files, report each item
 * as that client exposes it to the reader or app built on it — id, title, author(s), date and the
 * fields that carry HTML. Libraries run in this process (npm) or as their own program (Python's
 * feedparser, Go's gofeed); newsboat is in newsboat.ts.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { extractFromJson, extractFromXml } from '@extractus/feed-extractor';
import { parseAtomFeed, parseJsonFeed, parseRssFeed } from 'feedsmith';
import Parser from 'rss-parser';
import { findDep } from '../../scripts/test-deps.mjs';
import { buildGofeedDump } from './gofeed';

export type Format = 'rss' | 'atom' | 'json';

/** One item as a client reports it. */
export interface ReadItem {
  id: string;
  title: string;
  /** Every author name the client reports, as one string (joined when it gives a list). */
  author: string;
  /** Milliseconds since the epoch, or `NaN` when the client found no date. */
  date: number;
  /** The fields the client hands out as HTML (body, summary). */
  html: string[];
  /** The fields it hands out as plain text instead (a snippet of the body, its markup stripped). */
  text?: string[];
}

/** What a client made of one file: its items, or why it refused the file. */
export type Reading = { items: ReadItem[] } | { error: string };

/** A client of the matrix. */
export interface FeedClient {
  name: string;
  formats: readonly Format[];
  /** Reads every file (all of one format); answers per file. */
  read(files: string[], format: Format): Promise<Record<string, Reading>>;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const names = (list: unknown): string[] => (Array.isArray(list) ? list : list === undefined ? [] : [list]).map((p) => (typeof p === 'string' ? p : text((p as { name?: unknown }).name)));

async function eachFile(files: string[], readOne: (source: string) => Promise<ReadItem[]> | ReadItem[]): Promise<Record<string, Reading>> {
  const out: Record<string, Reading> = {};
  for (const file of files) {
    try {
      out[file] = { items: await readOne(readFileSync(file, 'utf8')) };
    } catch (error) {
      out[file] = { error: String(error) };
    }
  }
  return out;
}

/** rss-parser (npm), as configured by default; Atom authors asked for as a list (see README). */
const rssParser: FeedClient = {
  name: 'rss-parser',
  formats: ['rss', 'atom'],
  read(files, format) {
    // By default rss-parser keeps only the first Atom `<author>`; `keepArray` is its own option
    // for every author, which an app showing Atom authors needs.
    const parser = new Parser<Record<string, unknown>, { id?: string; summary?: string; creator?: string; authors?: { name?: string[] }[] }>(
      format === 'atom' ? { customFields: { item: [['author', 'authors', { keepArray: true }]] } } : {},
    );
    return eachFile(files, async (source) =>
      (await parser.parseString(source)).items.map((item) => ({
        id: text(item.guid ?? item.id),
        title: text(item.title),
        author: format === 'atom' ? (item.authors ?? []).map((a) => a.name?.[0] ?? '').join('; ') : text(item.creator),
        date: Date.parse(text(item.isoDate)),
        html: [text(item.content), text(item.summary)],
      })),
    );
  },
};

/** @extractus/feed-extractor (npm): normalized entries, plus the raw author fields it passes on. */
const feedExtractor: FeedClient = {
  name: '@extractus/feed-extractor',
  formats: ['rss', 'atom', 'json'],
  read(files, format) {
    const extra = (entry: Record<string, unknown>) => ({
      author: names(entry['dc:creator'] ?? entry['author'] ?? entry['authors']).join('; '),
    });
    return eachFile(files, (source) => {
      const feed =
        format === 'json'
          ? extractFromJson(JSON.parse(source), { getExtraEntryFields: extra })
          : extractFromXml(source, { getExtraEntryFields: extra });
      return (feed.entries ?? []).map((entry) => {
        const e = entry as typeof entry & { author?: string };
        // Its `description` is the body as plain text, cut to 250 characters: no markup is handed on.
        return { id: text(e.id), title: text(e.title), author: text(e.author), date: Date.parse(text(e.published)), html: [], text: [text(e.description)] };
      });
    });
  },
};

/** feedsmith (npm): the document as parsed, per format. */
const feedsmith: FeedClient = {
  name: 'feedsmith',
  formats: ['rss', 'atom', 'json'],
  read(files, format) {
    return eachFile(files, (source) => {
      if (format === 'rss') {
        return (parseRssFeed(source).items ?? []).map((item) => ({
          id: text(item.guid?.value),
          title: text(item.title),
          author: [...(item.dc?.creators ?? []), ...names(item.authors)].join('; '),
          date: Date.parse(text(item.pubDate)),
          html: [text(item.description), text(item.content?.encoded)],
        }));
      }
      if (format === 'atom') {
        return (parseAtomFeed(source).entries ?? []).map((entry) => ({
          id: text(entry.id),
          title: text(entry.title?.value ?? entry.title),
          author: names(entry.authors).join('; '),
          date: Date.parse(text(entry.published ?? entry.updated)),
          html: [text(entry.content?.value), text(entry.summary?.value)],
        }));
      }
      return (parseJsonFeed(source).items ?? []).map((item) => ({
        id: text(item.id),
        title: text(item.title),
        author: names(item.authors).join('; '),
        date: Date.parse(text(item.date_published)),
        html: [text(item.content_html)],
      }));
    });
  },
};

const FEEDPARSER = String.raw`
import sys, json, calendar, feedparser, xml.dom.minidom
out = {}
for path in sys.argv[1:]:
    data = open(path, 'rb').read()
    try:
        xml.dom.minidom.parseString(data)  # strict well-formedness: raises on any error
    except Exception as e:
        out[path] = {'error': 'not well-formed: %s' % e}
        continue
    d = feedparser.parse(data)
    if d.bozo:
        out[path] = {'error': 'bozo: %s' % d.get('bozo_exception')}
        continue
    items = []
    for e in d.entries:
        t = e.get('published_parsed') or e.get('updated_parsed')
        # 'authors' is every author feedparser found; 'author' alone is only the last of an Atom entry's.
        names = [a.get('name', '') for a in e.get('authors', []) if a.get('name')] or [e.get('author', '')]
        items.append({'id': e.get('id', ''), 'title': e.get('title', ''), 'author': '; '.join(names),
                      'date': calendar.timegm(t) * 1000 if t else None,
                      'html': [c.get('value', '') for c in e.get('content', [])] + [e.get('summary', '')]})
    out[path] = {'items': items, 'version': d.version}
print(json.dumps(out))
`;

/** Python's feedparser (Debian), behind a strict XML parse: `entry.authors`, else `entry.author`. */
const feedparser: FeedClient = {
  name: 'feedparser',
  formats: ['rss', 'atom'],
  async read(files) {
    const output = execFileSync(findDep('feedparser') ?? 'python3', ['-c', FEEDPARSER, ...files], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    const raw = JSON.parse(output) as Record<string, Reading | { items: (Omit<ReadItem, 'date'> & { date: number | null })[] }>;
    return Object.fromEntries(
      Object.entries(raw).map(([file, reading]) => [
        file,
        'error' in reading ? reading : { items: reading.items.map((item) => ({ ...item, date: item.date ?? Number.NaN })) },
      ]),
    );
  },
};

interface GofeedItem {
  guid?: string;
  title?: string;
  authors?: { name?: string }[];
  publishedParsed?: string;
  content?: string;
  description?: string;
}

/** Go's gofeed (Debian): the universal parser, as `gofeed.NewParser().Parse` returns it. */
const gofeed: FeedClient = {
  name: 'gofeed',
  formats: ['rss', 'atom', 'json'],
  async read(files) {
    const output = execFileSync(await buildGofeedDump(), files, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    const raw = JSON.parse(output) as Record<string, { error: string } | { items?: GofeedItem[] }>;
    return Object.fromEntries(
      Object.entries(raw).map(([file, feed]) => [
        file,
        'error' in feed
          ? feed
          : {
              items: (feed.items ?? []).map((item) => ({
                id: text(item.guid),
                title: text(item.title),
                author: names(item.authors).join('; '),
                date: Date.parse(text(item.publishedParsed)),
                html: [text(item.content), text(item.description)],
              })),
            },
      ]),
    );
  },
};

/** The libraries of the matrix; newsboat, a whole reader, has its own runner. */
export const LIBRARIES: readonly FeedClient[] = [feedparser, rssParser, feedExtractor, feedsmith, gofeed];
