/**
 * The W3C feed validator on real output, warnings included: every topic in RSS and Atom, and
 * filtered URLs whose query strings hold characters a URI cannot (`|`, `^`), phrases, exclusions,
 * non-ASCII and a filter that matches nothing. Runs when FEEDVALIDATOR_SRC points at a checkout
 * of w3c/feedvalidator (its `src` folder); see README, "Tests".
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Env } from '../../src/env';
import { app } from '../../src/http/app';
import { refresh } from '../../src/jobs/refresh';
import { forgetCachedIndex, kvStore } from '../../src/store';
import { loadTopics } from '../../src/topics';
import { fixture } from '../support/fixtures';
import { memoryKv } from '../support/memory-kv';
import { FEEDVALIDATOR_SRC, w3cEvents } from '../support/w3c';

const ORIGIN = 'http://127.0.0.1:8080';
const FILTERS = [
  '?q=graph|node^edge',
  '?q=%22neural+network%22+-survey&sort=upvotes&min_upvotes=1&limit=5',
  '?q=caf%C3%A9+OR+model&sort=trending',
  '?q=title:(agent+OR+agents)&limit=3',
  '?q=zzzznothingmatches',
  '?source=daily&limit=200',
  '?source=any&min_upvotes=10',
];

const DAILY_URL = 'https://upstream.test/papers';


async function envAfterCaptures(): Promise<Env> {
  const memory = memoryKv();
  forgetCachedIndex(memory.kv);
  // Two cron runs half an hour apart, as in production (runs milliseconds apart would give papers
  // of both runs the same first-seen times, which no deployment can produce).
  for (const [i, page] of [fixture('trending.html'), fixture('trending-next.html')].entries()) {
    const at = Date.parse('2026-10-01T00:00:00.000Z') + i * 30 * 60_000;
    await refresh({
      now: () => at,
      store: kvStore(memory.kv),
      config: { sourceUrl: 'https://upstream.test/papers/trending', dailyUrl: DAILY_URL, retentionDays: 14, staleAfterMinutes: 90 },
      fetcher: async (input) => new Response(String(input) === DAILY_URL ? fixture('daily.html') : page, { headers: { 'content-type': 'text/html' } }),
    });
  }
  return { PAPERS: memory.kv, SOURCE_URL: 'https://upstream.test/papers/trending', DAILY_URL } as Env;
}

describe.skipIf(!FEEDVALIDATOR_SRC)('W3C feed validator, warnings included', () => {
  it('has nothing to say about any topic feed or filtered feed', async () => {
    const env = await envAfterCaptures();
    const dir = mkdtempSync(join(tmpdir(), 'paperfeed-w3c-'));
    const urls = loadTopics(env).flatMap((topic) => ['rss', 'atom'].map((format) => `${ORIGIN}/feeds/${topic.slug}.${format}?limit=200`));
    for (const filter of FILTERS) urls.push(`${ORIGIN}/feeds/all.rss${filter}`, `${ORIGIN}/feeds/graphs.atom${filter}`);
    const documents: { file: string; url: string }[] = [];
    for (const [i, url] of urls.entries()) {
      const response = await app.request(url, {}, env);
      expect(response.status, url).toBe(200);
      const file = join(dir, `${i}.xml`);
      writeFileSync(file, Buffer.from(await response.arrayBuffer()));
      // The validator's document location is the URL exactly as the reader would have sent it.
      documents.push({ file, url });
    }
    const events = w3cEvents(documents, 'warnings');
    const byUrl = Object.fromEntries(urls.map((url, i) => [url, events[join(dir, `${i}.xml`)]]));
    expect(Object.entries(byUrl).filter(([, list]) => list === undefined || list.length > 0)).toEqual([]);
  });
});
