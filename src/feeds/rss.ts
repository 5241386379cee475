/**
 * RSS 2.0. Authors are `dc:creator` (RSS `<author>` is reserved for e-mail addresses), the
 * thumbnail is `media:thumbnail`, and the self link is `atom:link rel="self"`, as the W3C
 * validator recommends. Item `pubDate` is the first-seen time, so readers list a paper once.
 */
import { cdata, escapeXml as e } from './escape';
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
    `<guid isPermaLink="true">${e(item.id)}</guid>`,
    `<pubDate>${rfc822(item.date)}</pubDate>`,
    `<description>${cdata(item.content)}</description>`,
    `<comments>${e(item.link)}#community</comments>`,
  ];
  for (const author of item.author) out.push(`<dc:creator>${e(author.name ?? '')}</dc:creator>`);
  for (const category of item.category) out.push(`<category>${e(category.name ?? '')}</category>`);
  if (item.image) out.push(`<media:thumbnail url="${e(item.image)}" />`);
  out.push('</item>');
  return out.join('\n');
}

/** RFC 822 date as RSS 2.0 wants it, e.g. `Sat, 28 Nov 2026 02:57:13 GMT`. */
export function rfc822(date: Date): string {
  return date.toUTCString();
}
