/**
 * newsboat (Debian's 2.21, RSS and Atom only) subscribed to a list of feeds in one cache, as a
 * person's reader is: it keeps one item per guid across all subscriptions. Its cache (SQLite)
 * is read back with Python's sqlite3: what newsboat stored is what it shows.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { findDep } from '../../scripts/test-deps.mjs';
import type { ReadItem } from './readers';

const NEWSBOAT = findDep('newsboat') ?? 'newsboat';
// newsboat's cache is SQLite, read back with Python's sqlite3.
const PYTHON = findDep('feedparser') ?? 'python3';

const DUMP = String.raw`
import sqlite3, json, sys
c = sqlite3.connect(sys.argv[1])
feeds = [r[0] for r in c.execute('select rssurl from rss_feed')]
items = {}
for url, guid, title, author, pub, content in c.execute('select feedurl, guid, title, author, pubDate, content from rss_item order by id'):
    items.setdefault(url, []).append({'id': guid, 'title': title, 'author': author, 'date': pub * 1000, 'html': [content]})
print(json.dumps({'feeds': feeds, 'items': items}))
`;

/** What newsboat holds after one reload: the feeds it knows, and the items of each feed URL. */
export interface NewsboatCache {
  feeds: string[];
  items: Record<string, ReadItem[]>;
}

/**
 * Runs `newsboat -x reload` once in a fresh directory on `urls` (or, with `opml`, on the list
 * imported from it first, plus `urls`), and returns its cache.
 */
export async function newsboatReload(parent: string, urls: string[], opml?: string): Promise<NewsboatCache> {
  const run = mkdtempSync(join(parent, 'newsboat-'));
  const files = { urls: join(run, 'urls'), cache: join(run, 'cache.db'), config: join(run, 'config') };
  writeFileSync(files.config, '');
  writeFileSync(files.urls, urls.map((url) => `${url}\n`).join(''));
  const args = ['-u', files.urls, '-c', files.cache, '-C', files.config];
  const env = { ...process.env, HOME: run };
  // Asynchronous: the feeds are served from this very process.
  if (opml) {
    const list = join(run, 'topics.opml');
    writeFileSync(list, opml);
    await promisify(execFile)(NEWSBOAT, [...args, '-i', list], { env, timeout: 60_000 });
  }
  await promisify(execFile)(NEWSBOAT, [...args, '-x', 'reload'], { env, timeout: 120_000 });
  // newsboat exits 0 even when a feed fails to parse: its cache is the evidence.
  return JSON.parse(execFileSync(PYTHON, ['-c', DUMP, files.cache], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })) as NewsboatCache;
}
