/**
 * The JSON Feed document as paperfeed has always written it, in its plainest form: one
 * JSON.stringify of the whole feed, then every `<script` / `</script` in the text fields written
 * with a JSON escape. The renderer in src/feeds/json-feed.ts is written for speed; tests hold it to
 * these bytes, so speed work never changes what readers get. Change this only together with a
 * deliberate change of the feed.
 */
import { isoSeconds } from '../../src/feeds/feed-dates';
import type { FeedModel } from '../../src/feeds/model';

const SCRIPT_TAG = /<\/?script/i;

/** The JSON Feed 1.1 bytes of `model`. */
export function referenceJsonFeed(model: FeedModel): string {
  const o = model.options;
  const json = JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: o.title,
    home_page_url: o.link,
    feed_url: o.feedLinks.json,
    description: o.description,
    language: o.language ?? 'en',
    items: model.items.map((item) => ({
      id: item.id,
      url: item.link,
      external_url: item.externalUrl,
      title: item.title,
      content_html: item.content,
      summary: item.description,
      image: item.image,
      date_published: isoSeconds(item.date),
      authors: item.author.length > 0 ? item.author.map((author) => ({ name: author.name ?? '' })) : undefined,
      tags: item.category.map((category) => category.name ?? ''),
      _paperfeed: item.paper,
    })),
  });
  // The item bodies are escaped markup and never hold a script tag; the text fields may.
  const textFields = [o.title, o.description, ...model.items.flatMap((item) => [item.title, item.description, ...item.author.map((a) => a.name ?? ''), ...item.category.map((c) => c.name ?? ''), item.paper.organization?.fullname ?? '', item.paper.ai_summary ?? ''])];
  return `${textFields.some((text) => SCRIPT_TAG.test(text)) ? json.replace(/<(\/?script)/gi, '\\u003c$1') : json}\n`;
}
