/**
 * Turns a feed URL into what to serve: topic, format, selection, and a title and description
 * that name the topic and every filter. Every bad part of the URL is a 4xx problem that says
 * exactly what is wrong.
 */
import type { FeedSource } from '../domain/types';
import { followedLists, readConfig, type Env } from '../env';
import type { PaperMatcher } from '../query';
import { arrivalPhrase, demoHostOfLists, demoTitleSuffix, FEED_FORMATS, feedIdentity, isFeedFormat, sourcedDescription, sourcedTitle, type FeedView } from '../feeds';
import type { Selection } from '../select/select-papers';
import { findTopic, loadTopics, topicMatcher, validTopicsSentence, type Topic } from '../topics';
import { DEFAULT_LIMIT, readFeedQuery, type FeedQuery } from './feed-query';
import { problem } from './problem';

/** A feed request, resolved. */
export interface FeedRequest {
  topic: Topic;
  /** The list the feed follows. */
  source: FeedSource;
  /** A feed format, or `html` for the feed's own page. */
  format: FeedView;
  /** The feed's identity (`feedIdentity`), from which item ids derive. */
  key: string;
  selection: Selection;
  /** Feed title and description, naming the topic and any filters. */
  title: string;
  description: string;
  /** Host the papers are read from when it is not Hugging Face (demo or test data), else `null`. */
  sourceHost: string | null;
  url: URL;
  /** The `q` filter alone (the topic is applied from stored membership). */
  search?: PaperMatcher;
}

/** Resolves `/feeds/{name}` with the query of `url`. */
export function resolveFeedRequest(name: string, url: URL, env: Env): FeedRequest {
  // Split at the last dot, so that a bad format and an unknown topic each get their own answer.
  const dot = name.lastIndexOf('.');
  const slug = dot < 0 ? name : name.slice(0, dot);
  const format = dot < 0 ? '' : name.slice(dot + 1);
  const shown = (text: string) => JSON.stringify(text.slice(0, 100));
  if (!isFeedView(format)) {
    // Paths are case-sensitive; say which URL was probably meant rather than just "no".
    const hint = isFeedView(format.toLowerCase()) ? ` Formats are lower case: .${format.toLowerCase()}.` : '';
    throw problem({
      status: 404,
      title: 'No such feed',
      detail: `/feeds/${name.slice(0, 100)} is not a feed: use /feeds/{topic}.rss, .atom or .json (or .html for its page).${hint}`,
      extra: { valid_formats: [...FEED_FORMATS] },
    });
  }
  const topics = loadTopics(env);
  const topic = findTopic(topics, slug);
  if (!topic) {
    const slugs = topics.map((t) => t.slug);
    const hint = findTopic(topics, slug.toLowerCase()) ? ` Topic slugs are lower case: /feeds/${slug.toLowerCase()}.${format}.` : '';
    throw problem({
      status: 404,
      title: 'Unknown topic',
      detail: `There is no topic ${shown(slug)}.${hint} ${validTopicsSentence(slugs)}`,
      extra: { valid_topics: slugs },
    });
  }
  const query = readFeedQuery(url);
  const filters = describeFilters(query);
  const { source } = query;
  const title = sourcedTitle(topic.slug, topic.title, source);
  // Demo and test data say so in every feed, so that no reader takes them for the real thing.
  const sourceHost = demoHostOfLists(followedLists(readConfig(env)).filter((followed) => source === 'any' || followed.list === source).map((followed) => followed.url));
  return {
    topic,
    source,
    format,
    key: feedIdentity({ source, topic: topic.slug, q: query.search?.text, minUpvotes: query.minUpvotes }),
    selection: {
      source,
      limit: query.limit,
      sort: query.sort,
      ...(query.minUpvotes === undefined ? {} : { minUpvotes: query.minUpvotes }),
      ...matchesOf(topic, query),
    },
    title: `paperfeed: ${title}${filters.length > 0 ? ` (${filters.join(', ')})` : ''}${demoTitleSuffix(sourceHost)}`,
    description:
      `${sourcedDescription(topic.slug, topic.description, source)}, ${arrivalPhrase(source, sourceHost)}.` +
      (filters.length > 0 || query.limit !== DEFAULT_LIMIT ? ` Filtered: ${[...filters, `at most ${query.limit} papers`].join('; ')}.` : ''),
    sourceHost,
    url,
    ...(query.search ? { search: query.search.matches } : {}),
  };
}

function isFeedView(value: string): value is FeedView {
  return value === 'html' || isFeedFormat(value);
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
