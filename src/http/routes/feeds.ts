/**
 * `GET /feeds/{topic}.{rss|atom|json}`: the feed (or, for browsers, its HTML page), and
 * `GET /feeds/{topic}.html` (with the same query): the page of that feed, which its home links
 * point to. Declared as read routes: their bytes depend on origin, path, query and the lists'
 * hosts (a demo source is named in titles); feeds are dated by when the papers last changed.
 */
import { Hono } from 'hono';
import type { Paper } from '../../domain/types';
import type { Env } from '../../env';
import { CRON_INTERVAL_MINUTES } from '../../env';
import { composeFeed, MEDIA_TYPES, renderFeed } from '../../feeds';
import { renderFeedPreview } from '../../html';
import { selectIndexed } from '../../select/select-indexed';
import type { IndexRow } from '../../snapshot/paper-index';
import { topicMatcher } from '../../topics';
import { topicBit, topicRowFilter } from '../../topics/membership';
import type { FeedRequest } from '../feed-request';
import { resolveFeedRequest } from '../feed-request';
import { prefersHtml } from '../negotiate';
import { selectNewest, selectTrending, serveRead, type ReadView } from '../read-route';

export const FEED_MAX_AGE = CRON_INTERVAL_MINUTES * 60;
/** Suffix of the validator key that tells the HTML page's ETag from the feed's at the same URL. */
export const PREVIEW_VARIANT = '#html-preview';

export const feedRoutes = new Hono<{ Bindings: Env }>();

feedRoutes.get('/:name', (c) => {
  const url = new URL(c.req.url);
  const feed = resolveFeedRequest(c.req.param('name'), url, c.env);
  const format = feed.format;
  // Links are absolute, so the bytes depend on the origin as much as on the path and query; a
  // demo source is named in the titles (a var, not stored content).
  const key = `${url.origin}${url.pathname}${url.search}${feed.sourceHost === null ? '' : `|demo:${feed.sourceHost}`}`;
  // The feed's own page, and browsers opening a feed URL, get a readable page of exactly this feed.
  if (format === 'html' || prefersHtml(c.req.header('accept'))) {
    return serveRead(c, {
      key: `${key}${PREVIEW_VARIANT}`,
      lastModified: 'checkedAt',
      maxAge: 300,
      contentType: 'text/html; charset=utf-8',
      whenEmpty: 'render',
      headers: { vary: 'Accept' },
      render: async (view) => {
        const model = { url: feed.url, topic: feed.topic, source: feed.source, format, title: feed.title, description: feed.description, sourceHost: feed.sourceHost };
        if (!view) return renderFeedPreview({ ...model, papers: null });
        return renderFeedPreview({ ...model, papers: await feedPapers(view, feed), checkedAt: view.head.checkedAt });
      },
    });
  }
  return serveRead(c, {
    key,
    lastModified: 'updatedAt',
    maxAge: FEED_MAX_AGE,
    contentType: MEDIA_TYPES[format],
    whenEmpty: 'unavailable',
    headers: { 'access-control-allow-origin': '*', vary: 'Accept' },
    edgeUrl: url,
    ...(feed.sourceHost === null ? {} : { edgeVariant: `-demo-${feed.sourceHost}` }),
    render: async (view) => {
      const papers = view ? await feedPapers(view, feed) : [];
      const model = composeFeed(papers, {
        origin: url.origin,
        slug: feed.topic.slug,
        feedKey: feed.key,
        title: feed.title,
        description: feed.description,
        search: url.search,
        updatedAt: view?.head.updatedAt ?? new Date(0).toISOString(),
        ttlMinutes: CRON_INTERVAL_MINUTES,
      });
      return renderFeed(format, model);
    },
  });
});

/** The papers of `feed`, in feed order: topic from the stored bits, `q` on the bodies it reaches. */
export async function feedPapers(view: ReadView, feed: FeedRequest): Promise<Paper[]> {
  const { selection, topic } = feed;
  const select = (rows: readonly IndexRow[]) =>
    selectIndexed(
      rows,
      {
        source: feed.source,
        limit: selection.limit,
        sort: selection.sort,
        ...(selection.minUpvotes === undefined ? {} : { minUpvotes: selection.minUpvotes }),
        inTopic: topicRowFilter(view.head.topics, topic.query),
        ...(topic.query.trim() === '' ? {} : { topicMatches: topicMatcher(topic) }),
        ...(feed.search ? { search: feed.search } : {}),
      },
      view.bodies,
    );
  if (selection.sort === 'new') return selectNewest(view, feed.source, selection.limit, topicBit(view.head.topics, topic.query), select);
  if (selection.sort === 'trending') return selectTrending(view, selection.limit, select);
  return select(view.rows());
}
