/**
 * `GET /feeds/{topic}.{rss|atom|json}`: read the snapshot → select → compose → render, with
 * validators from the snapshot and a per-isolate cache of rendered bodies.
 */
import { Hono } from 'hono';
import type { Env } from '../../env';
import { CRON_INTERVAL_MINUTES } from '../../env';
import { composeFeed, isFeedFormat, MEDIA_TYPES, renderFeed, type FeedFormat } from '../../feeds';
import { selectPapers } from '../../select/select-papers';
import { readSnapshotCached } from '../../store';
import { ALL_TOPIC, type Topic } from '../../topics';
import { etagFor, isNotModified } from '../conditional';
import { readFeedQuery } from '../feed-query';
import { problem } from '../problem';

const FEED_NAME = /^([a-z0-9-]+)\.([a-z]+)$/;
export const FEED_MAX_AGE = CRON_INTERVAL_MINUTES * 60;

export const feedRoutes = new Hono<{ Bindings: Env }>();

feedRoutes.get('/:name', async (c) => {
  const name = c.req.param('name');
  const match = FEED_NAME.exec(name);
  const format = match?.[2];
  if (!match || !format || !isFeedFormat(format)) {
    throw problem({
      status: 404,
      title: 'No such feed',
      detail: `/feeds/${name} is not a feed: use /feeds/{topic}.rss, .atom or .json`,
    });
  }
  const topic = findTopic(match[1] ?? '');
  const url = new URL(c.req.url);
  const query = readFeedQuery(url);
  const snapshot = await readSnapshotCached(c.env.PAPERS, Date.now());
  if (!snapshot) {
    throw problem({
      status: 503,
      title: 'No papers yet',
      detail: 'paperfeed has not completed its first scrape of the trending page yet; try again in a minute.',
      headers: { 'retry-after': '60' },
    });
  }
  const etag = etagFor(snapshot.version, `${url.pathname}${url.search}`);
  const lastModified = new Date(snapshot.updatedAt);
  const headers = {
    etag,
    'last-modified': lastModified.toUTCString(),
    'cache-control': `public, max-age=${FEED_MAX_AGE}`,
    'access-control-allow-origin': '*',
    vary: 'Accept',
  };
  if (isNotModified(c.req.raw.headers, etag, lastModified)) return c.body(null, 304, headers);
  const body = renderCached(`${snapshot.version}|${format}|${url.pathname}${url.search}|${url.origin}`, () => {
    const papers = selectPapers(snapshot.papers, { limit: query.limit, sort: 'new' });
    const model = composeFeed(papers, {
      origin: url.origin,
      slug: topic.slug,
      title: `paperfeed: ${topic.title}`,
      description: `${topic.description}, as they start trending on huggingface.co/papers/trending.`,
      search: url.search,
      updatedAt: snapshot.updatedAt,
      ttlMinutes: CRON_INTERVAL_MINUTES,
    });
    return renderFeed(format as FeedFormat, model);
  });
  return c.body(body, 200, { ...headers, 'content-type': MEDIA_TYPES[format] });
});

function findTopic(slug: string): Topic {
  if (slug === ALL_TOPIC.slug) return ALL_TOPIC;
  throw problem({
    status: 404,
    title: 'Unknown topic',
    detail: `There is no topic "${slug}".`,
    extra: { valid_topics: [ALL_TOPIC.slug] },
  });
}

// Rendered bodies per (snapshot version, format, URL): a warm isolate answers repeat requests
// without rendering. Small, and emptied whenever it fills: versions change every half hour.
const rendered = new Map<string, string>();
const MAX_RENDERED = 64;

function renderCached(key: string, render: () => string): string {
  const hit = rendered.get(key);
  if (hit !== undefined) return hit;
  const body = render();
  if (rendered.size >= MAX_RENDERED) rendered.clear();
  rendered.set(key, body);
  return body;
}
