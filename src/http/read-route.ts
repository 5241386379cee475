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
import { newestFirst, type IndexRow } from '../snapshot/paper-index';
import { HEAD_LATEST, inFeed, kvStore, readIndexCached, type IndexHead, type StoredIndex } from '../store';
import { validate } from './conditional';
import { edgeCached, edgeCacheKey, type WaitUntil } from './edge-cache';
import { isolateCache } from './isolate-cache';
import { isPrimingEnv, PrimedAnswer } from './prime';
import { problem } from './problem';

/** What a route renders from: the index head, its rows (parsed on first use), and bodies on demand. */
export interface ReadView {
  head: IndexHead;
  rows(): IndexRow[];
  /** The hot rows, newest first: every paper on a list now is among them (a ranked row never cools). */
  hot(): IndexRow[];
  /**
   * The hot rows and the `count` cold rows seen last, newest first, with the last sighting that no
   * cold row left out is newer than (`undefined`: none was left out).
   */
  seenLast(count: number): { rows: IndexRow[]; bound: number | undefined };
  /**
   * The hot rows and the newest cold rows of the feed of topic `bit` (-1: every paper) on
   * `source`, newest first, with the newest sighting on `source` among the cold rows of that feed
   * left out (`undefined`: none was); `null` when the index does not keep them.
   */
  recent(bit: number, source: FeedSource): { rows: IndexRow[]; outside: number | undefined } | null;
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
  const priming = isPrimingEnv(c.env);
  // Priming stops short of the response: Workers allow no Response object while an isolate starts.
  const answer = (status: 200 | 304, respond: () => Response): Response => {
    if (priming) throw new PrimedAnswer(status);
    return respond();
  };
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
    const text = await route.render(null);
    return answer(200, () => c.body(text, 200, { ...headers, 'cache-control': 'no-store', 'content-type': route.contentType }));
  }
  const { head } = index;
  const date = head[route.lastModified];
  // A page that shows the check time changes with it; the version alone would not say so.
  const key = route.lastModified === 'checkedAt' ? `${route.key}|${date}` : route.key;
  const validation = validate(c.req.raw, { version: head.version, key, lastModified: new Date(date), cacheControl: `public, max-age=${route.maxAge}` });
  Object.assign(headers, validation.headers);
  if (validation.notModified) return answer(304, () => c.body(null, 304, headers));

  const cacheKey = `${head.version}|${date}|${key}`;
  let body = rendered.peek(cacheKey);
  if (body === undefined) {
    const view = viewOf(c.env.PAPERS, index);
    const render = () => route.render(view);
    // The content can return to an earlier version at a later time: the date is part of the key.
    const edgeVersion = `${head.version}-${Date.parse(date)}${route.edgeVariant ?? ''}`;
    const text = route.edgeUrl && !priming ? await edgeCached(edgeCacheKey(route.edgeUrl, edgeVersion), render, waitUntilOf(c)) : await render();
    // TextEncoder always returns a fresh, unshared buffer; its declared type just does not say so.
    body = utf8.encode(text) as Uint8Array<ArrayBuffer>;
    rendered.set(cacheKey, body);
  }
  const bytes = body;
  return answer(200, () => c.body(bytes, 200, { ...headers, 'content-type': route.contentType }));
}

/**
 * The newest `limit` papers on `source`, as `select` picks them from rows, for a feed of topic
 * `bit` (-1: every paper; `undefined`: no bit answers the topic). The head's rows are the start of
 * every row, newest first by earliest sighting: when they fill the page they are the page. A
 * list's own dates can be newer than a paper's earliest sighting, so for one list the head's
 * papers count only when the last of them is newer than any sighting on that list outside the
 * head (`IndexHead.newestOutside`). Next come the hot rows with the feed's newest cold rows (a rare
 * topic reaches past the head), by the same rule; otherwise every row is read.
 */
export async function selectNewest(
  view: ReadView,
  source: FeedSource,
  limit: number,
  bit: number | undefined,
  select: (rows: readonly IndexRow[]) => Promise<Paper[]>,
): Promise<Paper[]> {
  const { latest, newestOutside, cold } = view.head;
  // Fewer than that and no cold rows: the head holds every row.
  if (latest.length < HEAD_LATEST && !cold?.rows) return select(latest);
  // A feed the head holds fewer than a page of cannot be served from it: its bodies are not worth reading.
  const short = bit !== undefined && latest.filter((row) => inFeed(row, bit, source)).length < limit;
  if (!short) {
    const papers = await select(latest);
    // An index without `newestOutside` predates cold rows: its head held the newest of every row.
    if (newerThan(papers[limit - 1], newestOutside === undefined ? (source === 'any' ? -Infinity : undefined) : (newestOutside[source] ?? -Infinity))) {
      return papers;
    }
  }
  const recent = bit === undefined ? null : view.recent(bit, source);
  if (recent) {
    const near = await select(recent.rows);
    // Nothing of the feed left out: these are all its rows, whatever the page's length.
    if (recent.outside === undefined || newerThan(near[limit - 1], recent.outside)) return near;
  }
  return select(view.rows());
}

/**
 * The first `limit` papers in trending order, as `select` picks them from rows. Papers on the
 * trending list now come first, by their position, and every one of them is in a hot row (a row
 * with a rank never cools): when the hot rows alone fill the page with ranked papers, no other
 * row can be on it, and the cold rows are never read. After them come the papers seen most
 * recently, and cold rows are kept in the order of their last sighting: the rows seen last are
 * read, four times more each time, until the page ends with a paper seen after every row left out
 * (past `SEEN_LAST_MAX` rows, every row is read).
 */
export async function selectTrending(view: ReadView, limit: number, select: (rows: readonly IndexRow[]) => Promise<Paper[]>): Promise<Paper[]> {
  const hot = await select(view.hot());
  if (hot.length === limit && hot.every((paper) => paper.rank !== null)) return hot;
  for (let count = 2 * limit; count <= SEEN_LAST_MAX; count *= 4) {
    const { rows, bound } = view.seenLast(count);
    const papers = await select(rows);
    // A paper's `lastSeenAt` on one list is never after its last sighting on any: a safe bound.
    const last = papers[limit - 1];
    if (bound === undefined || (last !== undefined && (last.rank !== null || Date.parse(last.lastSeenAt) > bound))) return papers;
  }
  // A page reaching this far back (a rare topic) reads every row: an isolate parses those once per
  // version, and reuses most of them for the next.
  return select(view.rows());
}

// The most cold rows `selectTrending` parses from the end before it reads every row.
const SEEN_LAST_MAX = 2_000;

// Whether `paper` is first seen (on the feed's source) after `bound`; never when either is missing.
function newerThan(paper: Paper | undefined, bound: number | undefined): boolean {
  return paper !== undefined && bound !== undefined && Date.parse(paper.firstSeenAt) > bound;
}

/** The view of the stored papers that routes render from, or `null` before the first scrape. */
export async function readView(kv: KVNamespace): Promise<ReadView | null> {
  const index = await readIndexCached(kv, Date.now());
  return index && viewOf(kv, index);
}

function viewOf(kv: KVNamespace, index: StoredIndex): ReadView {
  const store = kvStore(kv);
  // The copies of thin feeds' bodies are named on the line of newest cold rows: parsed only when a body is not at hand.
  const copies = () => (index.cold.keepsNewest ? (index.cold.newest.copies?.values ?? []) : []);
  return storedView(index, (rows) => store.readBodies(index.head.storage, rows, copies));
}

/** The view of a stored index, its bodies from `bodies`. */
export function storedView(index: StoredIndex, bodies: BodyLoader): ReadView {
  return {
    head: index.head,
    rows: index.rows,
    hot: index.hot,
    seenLast: (count) => {
      const { rows, bound } = index.cold.seenLast(count);
      return { rows: newestFirst(index.hot(), rows), bound };
    },
    recent: (bit, source) => {
      if (!index.cold.keepsNewest) return null;
      const { rows, outside } = index.cold.newest.feed(bit, source);
      return { rows: newestFirst(index.hotIn(bit, source), rows), outside };
    },
    bodies,
  };
}

function waitUntilOf(c: Context): WaitUntil | undefined {
  try {
    const ctx = c.executionCtx;
    return (promise) => ctx.waitUntil(promise);
  } catch {
    return undefined; // no ExecutionContext (e.g. `app.request` in tests)
  }
}
