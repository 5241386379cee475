/**
 * The one read path. Every route that serves stored papers (feeds, their HTML pages, the index,
 * `/api/topics`, OPML) is a `ReadRoute` declaration — what its bytes depend on, which time is its
 * Last-Modified, how long it may be cached, how to render — served by `serveRead`, which makes the
 * decisions once: read the index (cached per isolate), 503 or an empty page before the first
 * scrape, validators and 304, the per-isolate (and for feeds, per-data-centre) cache, render.
 */
import type { Context } from 'hono';
import type { FeedSource, Paper } from '../domain/types';
import type { Env } from '../env';
import type { BodyLoader } from '../select/select-indexed';
import type { IndexRow } from '../snapshot/paper-index';
import { HEAD_LATEST, kvStore, readIndexCached, type IndexHead, type StoredIndex } from '../store';
import { validate } from './conditional';
import { edgeCached, edgeCacheKey, type WaitUntil } from './edge-cache';
import { isolateCache } from './isolate-cache';
import { problem } from './problem';

/** What a route renders from: the index head, its rows (parsed on first use), and bodies on demand. */
export interface ReadView {
  head: IndexHead;
  rows(): IndexRow[];
  bodies: BodyLoader;
}

/** One read route, declared. */
export interface ReadRoute {
  /** Everything besides the stored content that the bytes depend on: origin, path, query, config, variant. */
  key: string;
  /** `updatedAt` when the bytes change only with the papers; `checkedAt` when they show the last check. */
  lastModified: 'updatedAt' | 'checkedAt';
  maxAge: number;
  contentType: string;
  /** Before the first scrape: a 503 problem, or the page rendered without papers (never cached). */
  whenEmpty: 'unavailable' | 'render';
  /** Headers every answer carries (CORS, `Vary`). */
  headers?: Record<string, string>;
  /** Share rendered bodies between isolates through the Cache API (worth it for feeds only). */
  edgeUrl?: URL;
  /** What besides the URL and the content the bytes depend on (a demo host in titles), for the edge key. */
  edgeVariant?: string;
  render(view: ReadView | null): string | Promise<string>;
}

// Rendered bodies per (content version, date, key), kept as UTF-8 bytes: a warm isolate answers
// repeat requests without rendering or encoding.
const rendered = isolateCache<Uint8Array<ArrayBuffer>>(64);
const utf8 = new TextEncoder();

/** Answers `route`: 503 / empty page, 304, a cached body, or a fresh render. */
export async function serveRead(c: Context<{ Bindings: Env }>, route: ReadRoute): Promise<Response> {
  const index = await readIndexCached(c.env.PAPERS, Date.now());
  const headers = { ...route.headers };
  if (!index) {
    if (route.whenEmpty === 'unavailable') {
      throw problem({
        status: 503,
        title: 'No papers yet',
        detail: 'paperfeed has not completed its first scrape of the trending page yet; try again in a minute.',
        headers: { 'retry-after': '60' },
      });
    }
    // Counts and pages change within minutes: nothing to validate against, nothing to keep.
    return c.body(await route.render(null), 200, { ...headers, 'cache-control': 'no-store', 'content-type': route.contentType });
  }
  const { head } = index;
  const date = head[route.lastModified];
  // A page that shows the check time changes with it; the version alone would not say so.
  const key = route.lastModified === 'checkedAt' ? `${route.key}|${date}` : route.key;
  const validation = validate(c.req.raw, { version: head.version, key, lastModified: new Date(date), cacheControl: `public, max-age=${route.maxAge}` });
  Object.assign(headers, validation.headers);
  if (validation.notModified) return c.body(null, 304, headers);

  const cacheKey = `${head.version}|${date}|${key}`;
  let body = rendered.peek(cacheKey);
  if (body === undefined) {
    const view = viewOf(c.env.PAPERS, index);
    const render = () => route.render(view);
    // The content can return to an earlier version at a later time: the date is part of the key.
    const edgeVersion = `${head.version}-${Date.parse(date)}${route.edgeVariant ?? ''}`;
    const text = route.edgeUrl ? await edgeCached(edgeCacheKey(route.edgeUrl, edgeVersion), render, waitUntilOf(c)) : await render();
    // TextEncoder always returns a fresh, unshared buffer; its declared type just does not say so.
    body = utf8.encode(text) as Uint8Array<ArrayBuffer>;
    rendered.set(cacheKey, body);
  }
  return c.body(body, 200, { ...headers, 'content-type': route.contentType });
}

/**
 * The newest `limit` papers on `source`, as `select` picks them from rows. The head's rows are the
 * start of every row, newest first by earliest sighting: when they fill the page they are the
 * page. A list's own dates can be newer than a paper's earliest sighting, so for one list the
 * head's papers count only when the last of them is newer than any sighting on that list outside
 * the head (`IndexHead.newestOutside`); otherwise every row is read.
 */
export async function selectNewest(
  view: ReadView,
  source: FeedSource,
  limit: number,
  select: (rows: readonly IndexRow[]) => Promise<Paper[]>,
): Promise<Paper[]> {
  const { latest, newestOutside, cold } = view.head;
  const papers = await select(latest);
  // Fewer than that and no cold rows: the head holds every row.
  if (latest.length < HEAD_LATEST && !cold?.rows) return papers;
  const last = papers[limit - 1];
  // An index without `newestOutside` predates cold rows: its head held the newest of every row.
  if (last && (newestOutside === undefined ? source === 'any' : Date.parse(last.firstSeenAt) > (newestOutside[source] ?? -Infinity))) {
    return papers;
  }
  return select(view.rows());
}

/** The view of the stored papers that routes render from, or `null` before the first scrape. */
export async function readView(kv: KVNamespace): Promise<ReadView | null> {
  const index = await readIndexCached(kv, Date.now());
  return index && viewOf(kv, index);
}

function viewOf(kv: KVNamespace, index: StoredIndex): ReadView {
  const store = kvStore(kv);
  return { head: index.head, rows: index.rows, bodies: (rows) => store.readBodies(index.head.storage, rows) };
}

function waitUntilOf(c: Context): WaitUntil | undefined {
  try {
    const ctx = c.executionCtx;
    return (promise) => ctx.waitUntil(promise);
  } catch {
    return undefined; // no ExecutionContext (e.g. `app.request` in tests)
  }
}
