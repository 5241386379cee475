/**
 * A topic is a named, shareable filter: one feed per research area. `all` is every paper.
 */

/** One topic feed: `/feeds/{slug}.{rss|atom|json}`. */
export interface Topic {
  /** `[a-z0-9-]+`, unique. */
  slug: string;
  title: string;
  /** One line, shown in the feed description and on the index page. */
  description: string;
  /** Filter in the query syntax (see README); `''` matches every paper. */
  query: string;
}

/** The topic that every deployment has: every paper in the snapshot. */
export const ALL_TOPIC: Topic = {
  slug: 'all',
  title: 'All trending papers',
  description: 'Every paper trending on Hugging Face',
  query: '',
};
