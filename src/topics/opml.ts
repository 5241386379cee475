/**
 * Every topic's RSS feed as an OPML 2.0 subscription list, which feed readers import in one
 * step. Pure: the same topics, origin and date give the same bytes.
 */
import { feedUrl } from '../feeds';
import { escapeXml as e } from '../feeds/escape';
import { topicFeeds } from './catalog';
import type { Topic } from './topic';

/** What the list is built from. */
export interface OpmlOptions {
  /** Request origin; every URL in the list is absolute. */
  origin: string;
  /** When the papers last changed (ISO 8601), as `dateCreated`; omitted before the first scrape. */
  updatedAt?: string;
  /** Appended to every feed title, as the feeds append it (see `demoTitleSuffix`). */
  titleSuffix?: string;
}

/**
 * Renders `topics` as an OPML 2.0 document with one `type="rss"` outline per topic; its `htmlUrl`
 * is the topic feed's own page.
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
  for (const topic of topics) {
    const title = e(`paperfeed: ${topic.title}${options.titleSuffix ?? ''}`);
    out.push(
      `<outline type="rss" version="RSS2" text="${title}" title="${title}" description="${e(topic.description)}" ` +
        `xmlUrl="${e(topicFeeds(options.origin, topic.slug).rss)}" htmlUrl="${e(feedUrl(options.origin, topic.slug, 'html'))}" language="en" />`,
    );
  }
  out.push('</body>', '</opml>', '');
  return out.join('\n');
}
