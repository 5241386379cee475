/**
 * RSS 2.0. Authors are one `dc:creator` of comma-separated names, as arXiv's own RSS writes them:
 * RSS `<author>` is reserved for e-mail addresses, and readers given several `dc:creator` show
 * only the first or only the last. The thumbnail is `media:thumbnail`, the self link
 * `atom:link rel="self"`, as the W3C validator recommends. The `guid` is a tag URI unique to this
 * feed (see feed-identity.ts), so it is not a permalink; `<link>` is the paper's page. Item
 * `pubDate` is the first-seen time, so readers list a paper once.
 */
import { cdata, escapeXml as e } from './escape';
import { rfc822 } from './feed-dates';
import type { FeedItem, FeedModel } from './model';

/** Renders `model` as an RSS 2.0 document. */
export function renderRss(model: FeedModel): string {
  const o = model.options;
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">',
    '<channel>',
    `<title>${e(o.title)}</title>`,
    `<link>${e(o.link)}</link>`,
    `<description>${e(o.description)}</description>`,
    `<atom:link href="${e(o.feedLinks.rss)}" rel="self" type="application/rss+xml" />`,
    `<language>${e(o.language ?? 'en')}</language>`,
    `<lastBuildDate>${rfc822(o.updated)}</lastBuildDate>`,
    `<generator>${e(o.generator ?? 'paperfeed')}</generator>`,
    '<docs>https://www.rssboard.org/rss-specification</docs>',
    `<ttl>${o.ttl}</ttl>`,
  ];
  for (const item of model.items) out.push(renderItem(item));
  out.push('</channel>', '</rss>', '');
  return out.join('\n');
}

function renderItem(item: FeedItem): string {
  const out = [
    '<item>',
    `<title>${e(item.title)}</title>`,
    `<link>${e(item.link)}</link>`,
    `<guid isPermaLink="false">${e(item.id)}</guid>`,
    `<pubDate>${rfc822(item.date)}</pubDate>`,
    `<description>${cdata(item.content)}</description>`,
    `<comments>${e(item.link)}#community</comments>`,
  ];
  if (item.author.length > 0) out.push(`<dc:creator>${e(item.author.map((author) => author.name ?? '').join(', '))}</dc:creator>`);
  for (const category of item.category) out.push(`<category>${e(category.name ?? '')}</category>`);
  if (item.image) out.push(`<media:thumbnail url="${e(item.image)}" />`);
  out.push('</item>');
  return out.join('\n');
}
