/**
 * The topics as a client discovers them: what each is, where its feeds are, and how many papers
 * of the current snapshot it holds. Feeds the `/api/topics` list and the OPML subscription list.
 */
import type { Paper } from '../domain/types';
import { feedUrl } from '../feeds';
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
  feeds: TopicFeeds;
  /** Papers of the current snapshot in the topic; 0 before the first scrape. */
  paper_count: number;
}

/** The feed URLs of `slug` at `origin` (e.g. `https://paperfeed.example.workers.dev`). */
export function topicFeeds(origin: string, slug: string): TopicFeeds {
  return { rss: feedUrl(origin, slug, 'rss'), atom: feedUrl(origin, slug, 'atom'), json: feedUrl(origin, slug, 'json') };
}

/** Every topic with its feeds and paper count in `papers`. */
export function topicCatalog(topics: readonly Topic[], papers: readonly Paper[], origin: string): TopicEntry[] {
  return topics.map((topic) => ({
    slug: topic.slug,
    title: topic.title,
    description: topic.description,
    query: topic.query,
    feeds: topicFeeds(origin, topic.slug),
    paper_count: countMatching(papers, topicMatcher(topic)),
  }));
}

function countMatching(papers: readonly Paper[], matches: (paper: Paper) => boolean): number {
  let count = 0;
  for (const paper of papers) if (matches(paper)) count++;
  return count;
}
