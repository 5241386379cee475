/**
 * The topics as a client discovers them: what each is, where its feeds are, and how many papers
 * of the current snapshot it holds. Feeds the `/api/topics` list and the OPML subscription list.
 */
import type { FeedSource, Paper } from '../domain/types';
import { feedUrl } from '../feeds';
import { DEFAULT_SOURCE, sourceSearch } from '../feeds/source';
import { papersOn } from '../snapshot/list-view';
import { topicMatcher } from './registry';
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

/** Every topic with its feeds and paper counts in `papers`, per followed list. */
export function topicCatalog(topics: readonly Topic[], papers: readonly Paper[], origin: string, withDaily = false): TopicEntry[] {
  const trending = papersOn(papers, 'trending');
  const daily = withDaily ? papersOn(papers, 'daily') : [];
  return topics.map((topic) => {
    const matches = topicMatcher(topic);
    return {
      slug: topic.slug,
      title: topic.title,
      description: topic.description,
      query: topic.query,
      feeds: topicFeeds(origin, topic.slug),
      paper_count: countMatching(trending, matches),
      ...(withDaily ? { daily_feeds: topicFeeds(origin, topic.slug, 'daily'), daily_paper_count: countMatching(daily, matches) } : {}),
    };
  });
}

function countMatching(papers: readonly Paper[], matches: (paper: Paper) => boolean): number {
  let count = 0;
  for (const paper of papers) if (matches(paper)) count++;
  return count;
}
