/**
 * Turns a feed URL into what to serve: topic, format, selection. Every bad part of the URL is a
 * 4xx problem that says exactly what is wrong.
 */
import type { Env } from '../env';
import { isFeedFormat, type FeedFormat } from '../feeds';
import type { Selection } from '../select/select-papers';
import { findTopic, loadTopics, topicMatcher, type Topic } from '../topics';
import { readFeedQuery } from './feed-query';
import { problem } from './problem';

/** A feed request, resolved. */
export interface FeedRequest {
  topic: Topic;
  format: FeedFormat;
  selection: Selection;
  /** Feed title and description, naming the topic and any filters. */
  title: string;
  description: string;
  url: URL;
}

const FEED_NAME = /^([a-z0-9-]+)\.([a-z]+)$/;

/** Resolves `/feeds/{name}` with the query of `url`. */
export function resolveFeedRequest(name: string, url: URL, env: Env): FeedRequest {
  const match = FEED_NAME.exec(name);
  const format = match?.[2];
  if (!match || !format || !isFeedFormat(format)) {
    throw problem({
      status: 404,
      title: 'No such feed',
      detail: `/feeds/${name} is not a feed: use /feeds/{topic}.rss, .atom or .json`,
    });
  }
  const topics = loadTopics(env);
  const slug = match[1] ?? '';
  const topic = findTopic(topics, slug);
  if (!topic) {
    throw problem({
      status: 404,
      title: 'Unknown topic',
      detail: `There is no topic "${slug}". Valid topics: ${topics.map((t) => t.slug).join(', ')}.`,
      extra: { valid_topics: topics.map((t) => t.slug) },
    });
  }
  const query = readFeedQuery(url);
  return {
    topic,
    format,
    selection: { limit: query.limit, sort: 'new', minUpvotes: query.minUpvotes, matches: topicMatcher(topic) },
    title: `paperfeed: ${topic.title}`,
    description: `${topic.description}, as they start trending on huggingface.co/papers/trending.`,
    url,
  };
}
