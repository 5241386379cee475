/**
 * The `source=` of a feed: which Hugging Face list it follows. Titles, descriptions and pages name
 * the list from this one table, so a feed says the same thing about itself everywhere.
 */
import type { FeedSource } from '../domain/types';

/** Every value of `source=`, the default first. */
export const FEED_SOURCES: readonly FeedSource[] = ['trending', 'daily', 'any'];

/** What a feed URL without `source` follows: today's URLs keep meaning what they always meant. */
export const DEFAULT_SOURCE: FeedSource = 'trending';

/** How people read each source. */
export interface SourceInfo {
  /** The list as a noun phrase: "Hugging Face’s daily papers". */
  name: string;
  /** Where the list lives, for links. */
  url: string;
  /** How a paper joins the feed, ending a sentence: "as they start trending on …". */
  arrival: string;
  /** Title of the topic `all` in this source. */
  allTitle: string;
  /** What a topic's title is followed by in this source's feed titles (`''` for the default). */
  suffix: string;
}

export const SOURCE_INFO: Record<FeedSource, SourceInfo> = {
  trending: {
    name: 'Hugging Face’s trending papers',
    url: 'https://huggingface.co/papers/trending',
    arrival: 'as they start trending on huggingface.co/papers/trending',
    allTitle: 'All trending papers',
    suffix: '',
  },
  daily: {
    name: 'Hugging Face’s daily papers',
    url: 'https://huggingface.co/papers',
    arrival: 'as Hugging Face features them in its daily papers (huggingface.co/papers)',
    allTitle: 'All daily papers',
    suffix: ' in daily papers',
  },
  any: {
    name: 'Hugging Face’s trending and daily papers',
    url: 'https://huggingface.co/papers',
    arrival: 'as they start trending on Hugging Face or are featured in its daily papers',
    allTitle: 'All papers, trending and daily',
    suffix: ' in trending and daily papers',
  },
};

/** The query of a `source` feed's URL: `''` for the default list, so its URLs stay as they were. */
export function sourceSearch(source: FeedSource): string {
  return source === DEFAULT_SOURCE ? '' : `?source=${source}`;
}

/** `source` when it is one, for reading a URL parameter. */
export function isFeedSource(value: string): value is FeedSource {
  return (FEED_SOURCES as readonly string[]).includes(value);
}

/**
 * What a feed of topic `slug` holds, for its description: the topic's own description, except for
 * `all`, whose description names the default list.
 */
export function sourcedDescription(slug: string, description: string, source: FeedSource): string {
  return source === DEFAULT_SOURCE || slug !== 'all' ? description : `Every paper in ${SOURCE_INFO[source].name}`;
}

/**
 * The title of topic `slug` (titled `title`) in a feed of `source`: the topic's own title for the
 * default source, so the feeds people already follow keep their names.
 */
export function sourcedTitle(slug: string, title: string, source: FeedSource): string {
  if (source === DEFAULT_SOURCE) return title;
  return slug === 'all' ? SOURCE_INFO[source].allTitle : `${title}${SOURCE_INFO[source].suffix}`;
}
