/**
 * The OPML subscription list as readers import it: newsboat (`-i`) into a fresh configuration
 * must subscribe to exactly every topic's RSS feed, by absolute URL on the request's origin, even
 * when topic titles and descriptions hold markup, quotes and ampersands.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Env } from '../../src/env';
import { app } from '../../src/http/app';
import { loadTopics } from '../../src/topics';
import { memoryKv } from '../support/memory-kv';
import { wellFormednessError } from '../support/xml-wellformed';

const TOPICS = JSON.stringify([
  { slug: 'tricky', title: `Q&A <b>"quoted"</b> it's`, description: 'a < b & c > d "e" \'f\'', query: 'graph' },
  { slug: 'speech-audio', remove: true },
]);

function hasNewsboat(): boolean {
  try {
    execFileSync('newsboat', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('GET /topics.opml', () => {
  const env = { PAPERS: memoryKv().kv, TOPICS } as Env;
  const origin = 'https://feeds.example.org';
  // Every topic of the trending page, then every topic of the daily list (DAILY_URL is on by default).
  const expectedUrls = () =>
    ['', '?source=daily'].flatMap((search) => loadTopics(env).map((topic) => `${origin}/feeds/${topic.slug}.rss${search}`));

  it('is well-formed OPML 2.0 with one absolute RSS outline per topic, titles escaped', async () => {
    const response = await app.request(`${origin}/topics.opml`, {}, env);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/x-opml; charset=utf-8');
    const opml = await response.text();
    expect(wellFormednessError(opml)).toBeNull();
    const urls = [...opml.matchAll(/xmlUrl="([^"]*)"/g)].map((m) => m[1]);
    expect(urls).toEqual(expectedUrls());
    expect(opml).toContain('text="paperfeed: Q&amp;A &lt;b&gt;&quot;quoted&quot;&lt;/b&gt; it&#39;s"');
  });

  it.skipIf(!hasNewsboat())('imports into newsboat as exactly those feeds', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'paperfeed-opml-'));
    const file = join(dir, 'topics.opml');
    writeFileSync(file, await (await app.request(`${origin}/topics.opml`, {}, env)).text());
    writeFileSync(join(dir, 'config'), '');
    execFileSync('newsboat', ['-u', join(dir, 'urls'), '-c', join(dir, 'cache.db'), '-C', join(dir, 'config'), '-i', file], {
      env: { ...process.env, HOME: dir },
      timeout: 30_000,
    });
    const imported = readFileSync(join(dir, 'urls'), 'utf8').split('\n').map((line) => line.trim().split(/\s+/)[0]).filter(Boolean);
    expect(imported).toEqual(expectedUrls());
  });
});
