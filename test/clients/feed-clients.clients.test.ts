/**
 * Real feed clients read what the worker serves: Python's feedparser must parse every topic in
 * RSS and Atom without `bozo`, a strict XML parser must accept it, and newsboat must load every
 * item. Pages: both generated captures, the card-only variant, and one full of hostile strings.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Env } from '../../src/env';
import { app } from '../../src/http/app';
import { refresh } from '../../src/jobs/refresh';
import { forgetCachedIndex, kvStore } from '../../src/store';
import { loadTopics } from '../../src/topics';
import { fixture } from '../support/fixtures';
import { memoryKv } from '../support/memory-kv';
import { hostileEntry, withEntries, withoutDataProps } from '../support/pages';
import { FEEDVALIDATOR_SRC, w3cEvents } from '../support/w3c';

const PYTHON = '/usr/bin/python3';
const SCENARIOS: Record<string, string[]> = {
  'two captures': [fixture('trending.html'), fixture('trending-next.html')],
  'cards only': [withoutDataProps(fixture('trending.html'))],
  hostile: [
    withEntries(fixture('real-trending-excerpt.html'), [
      hostileEntry('2603.00666'),
      hostileEntry('2603.00667', { title: ']]> <![CDATA[ x ]]> &amp; &#0; \u0085 \u2028', authors: [] }),
      ...JSON.parse(JSON.stringify([{ paper: { id: '2603.00668', title: 'LaTeX $\\frac{a}{b}$ & emoji 😀', summary: '\\begin{align} x &= y \\\\ \\end{align}' } }])),
    ]),
  ],
};

async function envAfter(pages: string[]): Promise<Env> {
  const memory = memoryKv();
  const env = { PAPERS: memory.kv, SOURCE_URL: 'https://upstream.test/papers/trending' } as Env;
  forgetCachedIndex(memory.kv);
  for (const page of pages) {
    const report = await refresh({
      store: kvStore(memory.kv),
      config: { sourceUrl: 'https://upstream.test/papers/trending', retentionDays: 14, staleAfterMinutes: 90 },
      fetcher: async () => new Response(page, { headers: { 'content-type': 'text/html' } }),
    });
    expect(report.outcome, report.error).not.toBe('failed');
  }
  return env;
}

// Files fetched below, checked by the W3C validator at the end when a checkout is configured.
const w3cFiles: string[] = [];

let server: Server;
let currentEnv: Env;
let base = '';

beforeAll(async () => {
  server = createServer(async (req, res) => {
    // The absolute URL, so self links match the URL the client used.
    const response = await app.request(`${base}${req.url ?? '/'}`, { headers: { accept: req.headers.accept ?? '*/*' } }, currentEnv);
    res.writeHead(response.status, Object.fromEntries(response.headers)).end(Buffer.from(await response.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const CHECK = String.raw`
import sys, json, feedparser, xml.dom.minidom
out = {}
for path in sys.argv[1:]:
    data = open(path, 'rb').read()
    xml.dom.minidom.parseString(data)  # strict well-formedness: raises on any error
    d = feedparser.parse(data)
    out[path] = {'bozo': bool(d.bozo), 'error': str(d.get('bozo_exception', '')), 'version': d.version,
                 'ids': [e.get('id') for e in d.entries], 'titles': [e.get('title') for e in d.entries]}
print(json.dumps(out))
`;

describe.each(Object.entries(SCENARIOS))('feed clients: %s', (_name, pages) => {
  let dir: string;
  beforeAll(async () => {
    currentEnv = await envAfter(pages);
    dir = mkdtempSync(join(tmpdir(), 'paperfeed-clients-'));
  });

  it('feedparser and a strict XML parser accept every topic in RSS and Atom, JSON Feed parses', async () => {
    const files: string[] = [];
    const expected = new Map<string, string[]>();
    for (const topic of loadTopics(currentEnv)) {
      const json = await (await fetch(`${base}/feeds/${topic.slug}.json?limit=200`)).json() as { version: string; items: { id: string }[] };
      expect(json.version).toBe('https://jsonfeed.org/version/1.1');
      for (const format of ['rss', 'atom']) {
        const response = await fetch(`${base}/feeds/${topic.slug}.${format}?limit=200`);
        expect(response.status).toBe(200);
        const file = join(dir, `${topic.slug}.${format}`);
        writeFileSync(file, Buffer.from(await response.arrayBuffer()));
        files.push(file);
        expected.set(file, json.items.map((item) => item.id));
      }
    }
    const results = JSON.parse(execFileSync(PYTHON, ['-c', CHECK, ...files], { encoding: 'utf8' })) as Record<
      string,
      { bozo: boolean; error: string; version: string; ids: string[] }
    >;
    if (FEEDVALIDATOR_SRC) w3cFiles.push(...files);
    for (const file of files) {
      expect(results[file]?.bozo, `${file}: ${results[file]?.error}`).toBe(false);
      expect(results[file]?.version).toMatch(/^(rss20|atom10)$/);
      expect(results[file]?.ids).toEqual(expected.get(file));
    }
  });

  // Debian's newsboat reads RSS and Atom (JSON Feed support came later). Each format gets its own
  // cache: newsboat keeps one row per item guid across feeds.
  it.each(['rss', 'atom'])('newsboat loads every item of the %s feed', async (format) => {
    const url = `${base}/feeds/all.${format}?limit=200`;
    const count = ((await (await fetch(`${base}/feeds/all.json?limit=200`)).json()) as { items: unknown[] }).items.length;
    const run = join(dir, `newsboat-${format}`);
    mkdirSync(run);
    writeFileSync(join(run, 'urls'), `${url}\n`);
    writeFileSync(join(run, 'config'), '');
    // Asynchronous: the feeds are served from this very process.
    await promisify(execFile)('newsboat', ['-u', join(run, 'urls'), '-c', join(run, 'cache.db'), '-C', join(run, 'config'), '-x', 'reload'], {
      env: { ...process.env, HOME: run },
      timeout: 60_000,
    });
    // newsboat exits 0 even when a feed fails to parse: its cache is the evidence.
    const query = 'import sqlite3,json,sys; c=sqlite3.connect(sys.argv[1]); print(json.dumps(c.execute("select feedurl, count(*) from rss_item group by feedurl").fetchall()))';
    const rows = execFileSync(PYTHON, ['-c', query, join(run, 'cache.db')], { encoding: 'utf8' });
    expect(JSON.parse(rows)).toEqual([[url, count]]);
  });
});

describe.skipIf(!FEEDVALIDATOR_SRC)('W3C feed validator', () => {
  it('reports no error for any feed fetched above', () => {
    // Runs last: the scenarios above collected the files (suites of a file run in order).
    expect(w3cFiles.length).toBeGreaterThan(0);
    const errors = w3cEvents(w3cFiles.map((file) => ({ file, url: `${base}/feeds/${file.split('/').pop()}?limit=200` })), 'errors');
    expect(Object.entries(errors).filter(([, list]) => list.length > 0)).toEqual([]);
  });
});
