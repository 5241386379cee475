/**
 * The topics as a client discovers them: what each is, where its feeds are, and how many papers
 * of the current snapshot it holds. Feeds the `/api/topics` list and the OPML subscription list.
 */
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
  const base = `${origin}/feeds/${slug}`;
  return { rss: `${base}.rss`, atom: `${base}.atom`, json: `${base}.json` };
}

/** Every topic with its feeds and its paper count. */
export function topicCatalog(counts: readonly { topic: Topic; count: number | null }[], origin: string): TopicEntry[] {
  return counts.map(({ topic, count }) => ({
    slug: topic.slug,
    title: topic.title,
    description: topic.description,
    query: topic.query,
    feeds: topicFeeds(origin, topic.slug),
    paper_count: count ?? 0,
  }));
}
