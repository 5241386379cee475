/**
 * Turns a feed URL into what to serve: topic, format, selection, and a title and description
 * that name the topic and every filter. Every bad part of the URL is a 4xx problem that says
 * exactly what is wrong.
 */
import type { Env } from '../env';
import { isFeedFormat, type FeedFormat } from '../feeds';
import type { Selection } from '../select/select-papers';
import { findTopic, loadTopics, topicMatcher, type Topic } from '../topics';
import { DEFAULT_LIMIT, readFeedQuery, type FeedQuery } from './feed-query';
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
      detail: `/feeds/${name.slice(0, 100)} is not a feed: use /feeds/{topic}.rss, .atom or .json`,
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
  const filters = describeFilters(query);
  return {
    topic,
    format,
    selection: { limit: query.limit, sort: query.sort, ...(query.minUpvotes === undefined ? {} : { minUpvotes: query.minUpvotes }), ...matchesOf(topic, query) },
    title: filters.length > 0 ? `paperfeed: ${topic.title} (${filters.join(', ')})` : `paperfeed: ${topic.title}`,
    description:
      `${topic.description}, as they start trending on huggingface.co/papers/trending.` +
      (filters.length > 0 || query.limit !== DEFAULT_LIMIT ? ` Filtered: ${[...filters, `at most ${query.limit} papers`].join('; ')}.` : ''),
    url,
  };
}

/** The topic's matcher and the `q` filter together; none at all for `all` without `q`. */
function matchesOf(topic: Topic, query: FeedQuery): Pick<Selection, 'matches'> {
  const inTopic = topic.query.trim() === '' ? undefined : topicMatcher(topic);
  const search = query.search?.matches;
  if (inTopic && search) return { matches: (paper) => inTopic(paper) && search(paper) };
  const matches = inTopic ?? search;
  return matches ? { matches } : {};
}

/** The filters of `query` in words, for the feed's title and description. */
function describeFilters(query: FeedQuery): string[] {
  const filters: string[] = [];
  if (query.search) filters.push(`matching ${query.search.text}`);
  if (query.minUpvotes !== undefined) filters.push(`with at least ${query.minUpvotes} upvote${query.minUpvotes === 1 ? '' : 's'}`);
  if (query.sort === 'trending') filters.push('in trending order');
  if (query.sort === 'upvotes') filters.push('most upvoted first');
  return filters;
}
