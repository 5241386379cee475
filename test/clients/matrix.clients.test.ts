/**
 * The client matrix: the libraries readers and apps are built on, and newsboat, read every topic
 * feed in every format they support, for each scenario (two captures, a card-only page, a page
 * of hostile strings, and the feeds of the daily list and of both lists). Each must report exactly the JSON feed's papers, ids unique across all
 * feeds, every author, one date per item in every format, the feed's order when sorted by date,
 * and no raw script (see expect-readings.ts). With FEEDVALIDATOR_SRC, the W3C feed validator then
 * reports no error for any feed fetched here, and no warning for those of the fixture pages.
 *
 * Outside CI a client whose program is missing (scripts/test-deps.mjs) is skipped and named in the
 * run's closing summary; under CI=true it fails.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FEEDVALIDATOR_SRC, w3cEvents } from '../support/w3c';
import { expectFaithful } from './expect-readings';
import { skipWithout } from '../../scripts/test-deps.mjs';
import { newsboatReload } from './newsboat';
import { LIBRARIES, type FeedClient, type Format } from './readers';
import { envAfter, fetchEveryFeed, SCENARIOS, serveApp, type FetchedFeed, type LocalServer } from './serve';

// Outside CI a client whose program is missing is skipped, and the run ends with a summary of what
// to install (test/support/missing-programs-reporter.ts); under CI nothing skips.
const PROGRAM: Record<string, string> = { feedparser: 'feedparser', gofeed: 'gofeed', newsboat: 'newsboat' };
const skip = Object.fromEntries(
  [...LIBRARIES.map((c) => c.name), 'newsboat'].map((name) => [name, PROGRAM[name] !== undefined && skipWithout(PROGRAM[name])]),
);

/**
 * What a client cannot show whatever a valid feed does (README "Readers", docs/readers.md). Each
 * excuses one exact problem, in one client and format, and nothing else.
 */
const KNOWN_LIMITS: { client: string; format: string; problem: RegExp }[] = [
  // feedparser reads an RSS title as HTML and drops text shaped like a CDATA section from it.
  { client: 'feedparser', format: 'rss', problem: /: title ".*", not ".*<!\[CDATA\[.*"$/ },
  // feed-extractor refuses an Atom feed without entries instead of reading none.
  { client: '@extractus/feed-extractor', format: 'atom', problem: /^[\w-]+: Error: Unrecognized feed format \(the JSON feed has 0 items\)$/ },
];

const excusedIn = (client: string, format: string) => (problem: string) =>
  KNOWN_LIMITS.some((limit) => limit.client === client && limit.format === format && limit.problem.test(problem));

let local: LocalServer;
beforeAll(async () => {
  local = await serveApp();
});
afterAll(() => local.close());

// Files fetched below, checked by the W3C validator at the end when a checkout is configured:
// warnings included for the fixture pages; errors only for the hostile page, whose titles are
// made to look like HTML (the validator warns about such text, as it should).
const validated: Record<'warnings' | 'errors', { file: string; url: string }[]> = { warnings: [], errors: [] };

describe.each(Object.keys(SCENARIOS))('feed clients: %s', (scenario) => {
  let feeds: FetchedFeed[] = [];
  let dir = '';
  beforeAll(async () => {
    const { source, ...scraped } = SCENARIOS[scenario]?.() ?? { pages: [] };
    local.env = await envAfter(scraped);
    dir = mkdtempSync(join(tmpdir(), 'paperfeed-clients-'));
    feeds = await fetchEveryFeed(local, dir, source);
    const level = scenario === 'hostile' ? 'errors' : 'warnings';
    for (const feed of feeds) for (const format of ['rss', 'atom'] as const) validated[level].push({ file: feed.files[format], url: feed.urls[format] });
  }, 120_000);

  const cases = LIBRARIES.flatMap((client) => client.formats.map((format): [string, Format, FeedClient] => [client.name, format, client]));
  // A client whose program is missing shows as skipped, not as passed.
  for (const [name, format, client] of cases) it.skipIf(skip[name])(`${name} reads every topic in ${format}`, async () => {
    const readings = await client.read(feeds.map((feed) => feed.files[format]), format);
    expectFaithful(`${name} ${format}`, feeds, (feed) => readings[feed.files[format]], excusedIn(name, format));
  }, 300_000);

  // Every topic in one newsboat, per format: it keeps one item per id across subscriptions, so a
  // paper shared by two topics shows in both only when each feed has its own id for it.
  it.skipIf(skip['newsboat']).each(['rss', 'atom'] as const)('newsboat subscribed to every topic reads each in %s', async (format) => {
    const cache = await newsboatReload(dir, feeds.map((feed) => feed.urls[format]));
    expectFaithful(`newsboat ${format}`, feeds, (feed) => ({ items: cache.items[feed.urls[format]] ?? [] }));
  }, 300_000);
});

describe.skipIf(!FEEDVALIDATOR_SRC)('W3C feed validator', () => {
  it.each(['warnings', 'errors'] as const)('reports no %s for the feeds fetched above', (level) => {
    // Runs last: the scenarios above collected the files (suites of a file run in order).
    expect(validated[level].length).toBeGreaterThan(0);
    const events = w3cEvents(validated[level], level);
    expect(Object.entries(events).filter(([, list]) => list.length > 0)).toEqual([]);
  }, 600_000);
});
