/**
 * The worker's app on a loopback HTTP server, fed by scrapes of the fixture pages (the trending
 * page, and the daily list beside it in some scenarios), and every topic feed of one list fetched
 * from it into files for the feed clients to read. The JSON feed of each topic is the reference the
 * clients' readings are compared with.
 */
import { writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { FeedSource } from '../../src/domain/types';
import type { Env } from '../../src/env';
import { app } from '../../src/http/app';
import { refresh } from '../../src/jobs/refresh';
import { forgetCachedIndex, kvStore } from '../../src/store';
import { loadTopics } from '../../src/topics';
import { fixture } from '../support/fixtures';
import { memoryKv } from '../support/memory-kv';
import { hostileEntry, withEntries, withoutDataProps } from '../support/pages';

/** What a scenario scrapes: trending pages in order, the daily list beside each, and the list whose feeds are read. */
export interface Scenario {
  pages: string[];
  /** The daily list's page; without it the daily list is not followed. */
  daily?: string;
  /** The feeds' `source=` (default: none, the trending page). */
  source?: FeedSource;
}

const twoCaptures = () => [fixture('trending.html'), fixture('trending-next.html')];

/** The scenarios every client reads. */
export const SCENARIOS: Record<string, () => Scenario> = {
  'two captures': () => ({ pages: twoCaptures() }),
  'cards only': () => ({ pages: [withoutDataProps(fixture('trending.html'))] }),
  hostile: () => ({
    pages: [
      withEntries(fixture('real-trending-excerpt.html'), [
        hostileEntry('2603.00666'),
        hostileEntry('2603.00667', { title: ']]> <![CDATA[ x ]]> &amp; &#0; \u0085 \u2028', authors: [] }),
        { paper: { id: '2603.00668', title: 'LaTeX $\\frac{a}{b}$ & emoji 😀', summary: '\\begin{align} x &= y \\\\ \\end{align}' } },
      ]),
    ],
  }),
  'daily list': () => ({ pages: twoCaptures(), daily: fixture('daily.html'), source: 'daily' }),
  'both lists': () => ({ pages: twoCaptures(), daily: fixture('daily.html'), source: 'any' }),
};

const SOURCE_URL = 'https://upstream.test/papers/trending';
const DAILY_URL = 'https://upstream.test/papers';

/** The first scrape's time; later scrapes follow a cron interval apart, as in production. */
const T0 = Date.parse('2026-10-01T00:00:00.000Z');
const CRON_MS = 30 * 60_000;

/** A fresh store after scraping the scenario's pages in order (and its daily list in each run). */
export async function envAfter({ pages, daily }: Scenario): Promise<Env> {
  const memory = memoryKv();
  forgetCachedIndex(memory.kv);
  for (const [i, page] of pages.entries()) {
    const report = await refresh({
      now: () => T0 + i * CRON_MS,
      store: kvStore(memory.kv),
      config: { sourceUrl: SOURCE_URL, ...(daily ? { dailyUrl: DAILY_URL } : {}), retentionDays: 14, staleAfterMinutes: 90 },
      fetcher: async (input) => new Response(String(input) === DAILY_URL ? daily : page, { headers: { 'content-type': 'text/html' } }),
    });
    expect(report.outcome, report.error).not.toBe('failed');
    expect(report.error).toBeUndefined();
  }
  return { PAPERS: memory.kv, SOURCE_URL, DAILY_URL: daily ? DAILY_URL : '' } as Env;
}

/** The app served on a loopback port; `env` is what the next requests are answered from. */
export interface LocalServer {
  base: string;
  env: Env;
  close(): Promise<void>;
}

/** Starts the app on 127.0.0.1 (absolute URLs, so self links match the URL a client used). */
export async function serveApp(): Promise<LocalServer> {
  const local = { base: '', env: {} as Env } as LocalServer;
  const server: Server = createServer(async (req, res) => {
    const response = await app.request(`${local.base}${req.url ?? '/'}`, { headers: { accept: req.headers.accept ?? '*/*' } }, local.env);
    res.writeHead(response.status, Object.fromEntries(response.headers)).end(Buffer.from(await response.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  local.base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  local.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return local;
}

/** One item as the JSON feed states it: what every client must report. */
export interface ReferenceItem {
  id: string;
  title: string;
  authors: string[];
  /** Milliseconds since the epoch. */
  date: number;
  /** Where the item's body links to: Hugging Face, arXiv, the PDF. */
  links: string[];
}

/** One topic's feed: where each format was saved, and the JSON feed's items in feed order. */
export interface FetchedFeed {
  slug: string;
  urls: Record<'rss' | 'atom' | 'json', string>;
  files: Record<'rss' | 'atom' | 'json', string>;
  items: ReferenceItem[];
}

interface JsonFeedItem {
  id: string;
  title: string;
  date_published: string;
  authors?: { name: string }[];
  _paperfeed: { links: { huggingface: string; arxiv: string; pdf: string } };
}

/** Fetches every topic of `source` in every format (up to 200 papers, the default order) into `dir`. */
export async function fetchEveryFeed(local: LocalServer, dir: string, source?: FeedSource): Promise<FetchedFeed[]> {
  const feeds: FetchedFeed[] = [];
  for (const topic of loadTopics(local.env)) {
    const urls = { rss: '', atom: '', json: '' };
    const files = { rss: '', atom: '', json: '' };
    for (const format of ['rss', 'atom', 'json'] as const) {
      urls[format] = `${local.base}/feeds/${topic.slug}.${format}?limit=200${source ? `&source=${source}` : ''}`;
      const response = await fetch(urls[format]);
      expect(response.status, urls[format]).toBe(200);
      files[format] = join(dir, `${topic.slug}.${format}`);
      writeFileSync(files[format], Buffer.from(await response.arrayBuffer()));
    }
    const { items } = (await (await fetch(urls.json)).json()) as { items: JsonFeedItem[] };
    feeds.push({
      slug: topic.slug,
      urls,
      files,
      items: items.map((item) => ({
        id: item.id,
        title: item.title,
        authors: (item.authors ?? []).map((author) => author.name),
        date: Date.parse(item.date_published),
        links: [item._paperfeed.links.huggingface, item._paperfeed.links.arxiv, item._paperfeed.links.pdf],
      })),
    });
  }
  return feeds;
}
