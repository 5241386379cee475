/**
 * JSON Feed 1.1 (https://jsonfeed.org/version/1.1). Each item carries a `_paperfeed` extension
 * object with the paper's numbers and links, so scripts need not scrape the HTML body.
 */
import type { FeedModel } from './model';

/** Renders `model` as a JSON Feed 1.1 document. */
export function renderJsonFeed(model: FeedModel): string {
  const o = model.options;
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: o.title,
    home_page_url: o.link,
    feed_url: o.feedLinks.json,
    description: o.description,
    language: o.language ?? 'en',
    authors: [{ name: o.author?.name ?? 'paperfeed', url: o.author?.link ?? o.link }],
    items: model.items.map((item) => ({
      id: item.id,
      url: item.link,
      external_url: item.externalUrl,
      title: item.title,
      content_html: item.content,
      summary: item.description,
      ...(item.image ? { image: item.image } : {}),
      date_published: item.date.toISOString(),
      authors: item.author.map((author) => ({ name: author.name ?? '' })),
      tags: item.category.map((category) => category.name ?? ''),
      _paperfeed: item.paper,
    })),
  };
  // Plain-text fields may hold a literal `<script` from upstream: write its `<` as a JSON escape, so
  // no raw script tag is ever in the bytes (parses the same; matters wherever JSON meets HTML).
  return `${JSON.stringify(feed).replace(/<(\/?script)/gi, '\\u003c$1')}\n`;
}
