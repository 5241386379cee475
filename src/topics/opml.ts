/**
 * Every topic's RSS feed as an OPML 2.0 subscription list, which feed readers import in one
 * step. Pure: the same topics, origin and date give the same bytes.
 */
import type { FeedSource } from '../domain/types';
import { feedUrl } from '../feeds';
import { escapeXml as e } from '../feeds/escape';
import { SOURCE_INFO, sourcedTitle, sourceSearch } from '../feeds/source';
import { topicFeeds } from './catalog';
import type { Topic } from './topic';

/** What the list is built from. */
export interface OpmlOptions {
  /** Request origin; every URL in the list is absolute. */
  origin: string;
  /** When the papers last changed (ISO 8601), as `dateCreated`; omitted before the first scrape. */
  updatedAt?: string;
  /** The lists to subscribe to (default: trending); with more than one, one group per list. */
  sources?: readonly FeedSource[];
  /** Appended to the feed titles of a list, as its feeds append it (see `demoTitleSuffix`). */
  titleSuffixes?: Partial<Record<FeedSource, string>>;
}

/**
 * Renders `topics` as an OPML 2.0 document with one `type="rss"` outline per topic and list (its
 * `htmlUrl` is the feed's own page); readers that keep folders file each list's feeds in a folder
 * of their own.
 */
export function renderTopicsOpml(topics: readonly Topic[], options: OpmlOptions): string {
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<opml version="2.0">',
    '<head>',
    '<title>paperfeed topics</title>',
  ];
  // OPML 2.0 dates are RFC 822, like RSS.
  if (options.updatedAt) out.push(`<dateCreated>${new Date(options.updatedAt).toUTCString()}</dateCreated>`);
  out.push('<docs>http://opml.org/spec2.opml</docs>', '</head>', '<body>');
  const sources = options.sources ?? ['trending'];
  for (const source of sources) {
    const group = sources.length > 1;
    if (group) out.push(`<outline text="${e(SOURCE_INFO[source].name)}" title="${e(SOURCE_INFO[source].name)}">`);
    for (const topic of topics) {
      const title = e(`paperfeed: ${sourcedTitle(topic.slug, topic.title, source)}${options.titleSuffixes?.[source] ?? ''}`);
      out.push(
        `${group ? ' ' : ''}<outline type="rss" version="RSS2" text="${title}" title="${title}" description="${e(topic.description)}" ` +
          `xmlUrl="${e(topicFeeds(options.origin, topic.slug, source).rss)}" htmlUrl="${e(feedUrl(options.origin, topic.slug, 'html', sourceSearch(source)))}" language="en" />`,
      );
    }
    if (group) out.push('</outline>');
  }
  out.push('</body>', '</opml>', '');
  return out.join('\n');
}
