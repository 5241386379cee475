/**
 * The HTML answer of a feed URL, for browsers (see negotiate.ts): the same topic, query and
 * selection as the feed, so the page lists exactly the feed's items. It has its own ETag
 * variant, since its bytes differ from the feed's at the same URL.
 */
import type { Context } from 'hono';
import type { Snapshot } from '../../domain/types';
import type { Env } from '../../env';
import { renderFeedPreview } from '../../html';
import { selectPapers } from '../../select/select-papers';
import { validate } from '../conditional';
import type { FeedRequest } from '../feed-request';
import { pageCache } from '../isolate-cache';

/** Suffix of the cache key that tells the preview's ETag from the feed's at the same URL. */
export const PREVIEW_VARIANT = '#html-preview';

/** Answers `feed` as an HTML page; a 200 "no papers yet" page before the first scrape. */
export function feedPreview(c: Context<{ Bindings: Env }>, feed: FeedRequest, snapshot: Snapshot | null): Response {
  const { url } = feed;
  const base = { 'content-type': 'text/html; charset=utf-8', vary: 'Accept' };
  if (!snapshot) {
    const page = renderFeedPreview({ ...model(feed), papers: null });
    return c.body(page, 200, { ...base, 'cache-control': 'no-store' });
  }
  const key = `${url.origin}${url.pathname}${url.search}|${snapshot.checkedAt}${PREVIEW_VARIANT}`;
  const validation = validate(c.req.raw, { version: snapshot.version, key, lastModified: new Date(snapshot.checkedAt), cacheControl: 'public, max-age=300' });
  const headers = { ...validation.headers, vary: 'Accept' };
  if (validation.notModified) return c.body(null, 304, headers);
  const page = pageCache.get(`preview|${snapshot.version}|${feed.sourceHost ?? ''}|${key}`, () =>
    renderFeedPreview({ ...model(feed), papers: selectPapers(snapshot.papers, feed.selection), checkedAt: snapshot.checkedAt }),
  );
  return c.body(page, 200, { ...headers, ...base });
}

function model(feed: FeedRequest) {
  return { url: feed.url, topic: feed.topic, source: feed.source, format: feed.format, title: feed.title, description: feed.description, sourceHost: feed.sourceHost };
}
