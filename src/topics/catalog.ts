/**
 * The topics as a client discovers them: what each is, where its feeds are, and how many papers
 * of the current snapshot it holds. Feeds the `/api/topics` list and the OPML subscription list.
 */
import type { FeedSource } from '../domain/types';
import { feedUrl } from '../feeds';
import { DEFAULT_SOURCE, sourceSearch } from '../feeds/source';
import type { Topic } from './topic';

/** Absolute URLs of a topic's three feeds. */
export interface TopicFeeds {
  rss: string;
  atom: string;
  json: string;
}

/** One topic in `/api/topics`. */
export interface TopicEntry {
  slug: string;
  title: string;
  description: string;
  /** The topic's definition in the query syntax; `''` for every paper. */
  query: string;
  /** The topic's feeds of the trending page (the default source). */
  feeds: TopicFeeds;
  /** Papers of the current snapshot in the topic's trending feeds; 0 before the first scrape. */
  paper_count: number;
  /** The topic's feeds of the daily papers list, when the deployment follows it. */
  daily_feeds?: TopicFeeds;
  /** Papers of the current snapshot in the topic's daily feeds. */
  daily_paper_count?: number;
}

/** The feed URLs of `slug` of `source` at `origin` (e.g. `https://paperfeed.example.workers.dev`). */
export function topicFeeds(origin: string, slug: string, source: FeedSource = DEFAULT_SOURCE): TopicFeeds {
  const search = sourceSearch(source);
  return { rss: feedUrl(origin, slug, 'rss', search), atom: feedUrl(origin, slug, 'atom', search), json: feedUrl(origin, slug, 'json', search) };
}

/** A topic's paper count on each followed list (`null` before the first scrape). */
export interface TopicCounts {
  topic: Topic;
  count: number | null;
  /** Present when the deployment follows the daily list. */
  dailyCount?: number | null;
}

/** Every topic with its feeds and paper counts, per followed list (daily when `dailyCount` is given). */
export function topicCatalog(counts: readonly TopicCounts[], origin: string): TopicEntry[] {
  return counts.map(({ topic, count, dailyCount }) => ({
    slug: topic.slug,
    title: topic.title,
    description: topic.description,
    query: topic.query,
    feeds: topicFeeds(origin, topic.slug),
    paper_count: count ?? 0,
    ...(dailyCount === undefined ? {} : { daily_feeds: topicFeeds(origin, topic.slug, 'daily'), daily_paper_count: dailyCount ?? 0 }),
  }));
}
