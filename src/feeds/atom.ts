/**
 * Atom 1.0 (RFC 4287). Entry `id` is a tag URI unique to this feed (see feed-identity.ts); the
 * `alternate` link is the paper's page. `published` and `updated` are the first-seen time, so an
 * entry never reappears as "updated" because its upvotes changed.
 *
 * The feed has no `<author>`: entries inherit it, and readers would credit papers to paperfeed.
 */
import { cdata, escapeXml as e } from './escape';
import { isoSeconds } from './feed-dates';
import type { FeedItem, FeedModel } from './model';

/** The author name of an entry whose paper's authors are not known. */
export const UNLISTED_AUTHORS = 'Authors not listed';

/** Renders `model` as an Atom 1.0 document. */
export function renderAtom(model: FeedModel): string {
  const o = model.options;
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/" xml:lang="en">',
    `<id>${e(o.id)}</id>`,
    `<title type="text">${e(o.title)}</title>`,
    `<subtitle type="text">${e(o.description)}</subtitle>`,
    `<link rel="self" type="application/atom+xml" href="${e(o.feedLinks.atom)}" />`,
    `<link rel="alternate" type="text/html" href="${e(o.link)}" />`,
    `<updated>${isoSeconds(o.updated)}</updated>`,
    `<generator>${e(o.generator ?? 'paperfeed')}</generator>`,
  ];
  for (const item of model.items) out.push(renderEntry(item));
  out.push('</feed>', '');
  return out.join('\n');
}

function renderEntry(item: FeedItem): string {
  const date = isoSeconds(item.date);
  const out = [
    '<entry>',
    `<id>${e(item.id)}</id>`,
    `<title type="text">${e(item.title)}</title>`,
    `<link rel="alternate" type="text/html" href="${e(item.link)}" />`,
    `<link rel="related" type="text/html" href="${e(item.externalUrl)}" />`,
    `<published>${date}</published>`,
    `<updated>${date}</updated>`,
  ];
  for (const author of item.author) out.push(`<author><name>${e(author.name ?? '')}</name></author>`);
  // Atom requires an author on every entry (or the feed). When the page named none (card-only
  // reads), say so rather than name anyone.
  if (item.author.length === 0) out.push(`<author><name>${UNLISTED_AUTHORS}</name></author>`);
  for (const category of item.category) out.push(`<category term="${e(category.term ?? '')}" />`);
  out.push(`<summary type="text">${e(item.description)}</summary>`, `<content type="html">${cdata(item.content)}</content>`);
  if (item.image) out.push(`<media:thumbnail url="${e(item.image)}" />`);
  out.push('</entry>');
  return out.join('\n');
}
