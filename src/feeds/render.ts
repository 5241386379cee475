/**
 * Picks a renderer by format: the one place that maps a format name to its media type.
 */
import { renderAtom } from './atom';
import { renderJsonFeed } from './json-feed';
import type { FeedModel } from './model';
import { renderRss } from './rss';

export type FeedFormat = 'rss' | 'atom' | 'json';

export const FEED_FORMATS: readonly FeedFormat[] = ['rss', 'atom', 'json'];

export const MEDIA_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
};

const RENDERERS: Record<FeedFormat, (model: FeedModel) => string> = {
  rss: renderRss,
  atom: renderAtom,
  json: renderJsonFeed,
};

/** Renders `model` in `format`. */
export function renderFeed(format: FeedFormat, model: FeedModel): string {
  return RENDERERS[format](model);
}

export function isFeedFormat(value: string): value is FeedFormat {
  return (FEED_FORMATS as readonly string[]).includes(value);
}
