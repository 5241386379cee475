/**
 * JSON Feed 1.1 (https://jsonfeed.org/version/1.1). Each item carries a `_paperfeed` extension
 * object with the paper's numbers and links, so scripts need not scrape the HTML body.
 */
import { isoSeconds } from './feed-dates';
import type { FeedModel } from './model';

const SCRIPT_TAG = /<\/?[sS][cC][rR][iI][pP][tT]/;
const SCRIPT_TAGS = /<(\/?script)/gi;

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
    // No feed-level `authors`: items without their own would inherit them (JSON Feed 1.1).
    items: model.items.map((item) => ({
      id: item.id,
      url: item.link,
      external_url: item.externalUrl,
      title: item.title,
      content_html: item.content,
      summary: item.description,
      image: item.image, // omitted by JSON.stringify when undefined
      date_published: isoSeconds(item.date),
      // Never `[]`: a paper whose authors are unknown has no `authors` at all.
      authors: item.author.length > 0 ? item.author.map((author) => ({ name: author.name ?? '' })) : undefined,
      tags: item.category.map((category) => category.name ?? ''),
      _paperfeed: item.paper,
    })),
  };
  const json = JSON.stringify(feed);
  // Plain-text fields may hold a literal `<script` from upstream: write its `<` as a JSON escape, so
  // no raw script tag is ever in the bytes (parses the same; matters wherever JSON meets HTML).
  // Only those short fields can hold one (`content_html` is escaped markup), and scanning them is
  // far cheaper than scanning half a megabyte of output.
  return `${mayHoldScriptTag(model) ? json.replace(SCRIPT_TAGS, '\\u003c$1') : json}\n`;
}

function mayHoldScriptTag(model: FeedModel): boolean {
  const o = model.options;
  if (SCRIPT_TAG.test(o.title) || SCRIPT_TAG.test(o.description)) return true;
  return model.items.some(
    (item) =>
      SCRIPT_TAG.test(item.title) ||
      SCRIPT_TAG.test(item.description) ||
      item.author.some((author) => SCRIPT_TAG.test(author.name ?? '')) ||
      item.category.some((category) => SCRIPT_TAG.test(category.name ?? '')) ||
      SCRIPT_TAG.test(item.paper.organization?.fullname ?? '') ||
      SCRIPT_TAG.test(item.paper.ai_summary ?? ''),
  );
}
