/**
 * `GET /feeds/{topic}.{rss|atom|json}`: read the snapshot → select → compose → render, with
 * validators from the snapshot and a per-isolate cache of rendered bodies. `GET /feeds/{topic}.html`
 * (with the same query) is the page of that feed, which its home links point to.
 */
import { Hono, type Context } from 'hono';
import type { Env } from '../../env';
import { CRON_INTERVAL_MINUTES } from '../../env';
import { composeFeed, MEDIA_TYPES, renderFeed } from '../../feeds';
import { selectPapers } from '../../select/select-papers';
import { readSnapshotCached } from '../../store';
import { validate } from '../conditional';
import { edgeCached, edgeCacheKey, type WaitUntil } from '../edge-cache';
import { resolveFeedRequest } from '../feed-request';
import { prefersHtml } from '../negotiate';
import { problem } from '../problem';
import { feedPreview } from './feed-preview';
import { isolateCache } from '../isolate-cache';

export const FEED_MAX_AGE = CRON_INTERVAL_MINUTES * 60;

export const feedRoutes = new Hono<{ Bindings: Env }>();

feedRoutes.get('/:name', async (c) => {
  const url = new URL(c.req.url);
  const feed = resolveFeedRequest(c.req.param('name'), url, c.env);
  const snapshot = await readSnapshotCached(c.env.PAPERS, Date.now());
  const format = feed.format;
  // Browsers get a readable page of exactly this feed; feed readers and scripts get the feed.
  if (format === 'html' || prefersHtml(c.req.header('accept'))) return feedPreview(c, feed, snapshot);
  if (!snapshot) {
    throw problem({
      status: 503,
      title: 'No papers yet',
      detail: 'paperfeed has not completed its first scrape of the trending page yet; try again in a minute.',
      headers: { 'retry-after': '60' },
    });
  }
  // Links are absolute, so the bytes depend on the origin as much as on the path and query.
  const lastModified = new Date(snapshot.updatedAt);
  const validation = validate(c.req.raw, {
    version: snapshot.version,
    key: `${url.origin}${url.pathname}${url.search}`,
    lastModified,
    cacheControl: `public, max-age=${FEED_MAX_AGE}`,
  });
  const headers = { ...validation.headers, 'access-control-allow-origin': '*', vary: 'Accept' };
  if (validation.notModified) return c.body(null, 304, headers);
  // The body shows `updatedAt` too; content can return to an earlier version at a later time.
  const body = await renderCached(url, `${snapshot.version}-${lastModified.getTime()}`, waitUntilOf(c), () => {
    const papers = selectPapers(snapshot.papers, feed.selection);
    const model = composeFeed(papers, {
      origin: url.origin,
      slug: feed.topic.slug,
      feedKey: feed.key,
      title: feed.title,
      description: feed.description,
      search: url.search,
      updatedAt: snapshot.updatedAt,
      ttlMinutes: CRON_INTERVAL_MINUTES,
    });
    return renderFeed(format, model);
  });
  return c.body(body, 200, { ...headers, 'content-type': MEDIA_TYPES[format] });
});

// Rendered bodies per (snapshot version, URL), kept as UTF-8 bytes: a warm isolate answers repeat
// requests without rendering or encoding.
const rendered = isolateCache<Uint8Array<ArrayBuffer>>(64);
const utf8 = new TextEncoder();

async function renderCached(url: URL, version: string, waitUntil: WaitUntil | undefined, render: () => string): Promise<Uint8Array<ArrayBuffer>> {
  const key = edgeCacheKey(url, version);
  const hit = rendered.peek(key);
  if (hit !== undefined) return hit;
  // A cold isolate asks the data centre's cache before rendering.
  // TextEncoder always returns a fresh, unshared buffer; its declared type just does not say so.
  const body = utf8.encode(await edgeCached(key, render, waitUntil)) as Uint8Array<ArrayBuffer>;
  rendered.set(key, body);
  return body;
}

function waitUntilOf(c: Context): WaitUntil | undefined {
  try {
    const ctx = c.executionCtx;
    return (promise) => ctx.waitUntil(promise);
  } catch {
    return undefined; // no ExecutionContext (e.g. `app.request` in tests)
  }
}
