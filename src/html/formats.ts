/**
 * The three formats as links ("RSS", "Atom", "JSON Feed") and as autodiscovery entries, built
 * from one table so every page names and orders them the same way.
 */
import type { FeedFormat } from '../feeds';
import { feedUrl } from './feed-url';
import type { Alternate } from './layout';
import { markup, type Markup } from './markup';

/** Display name and autodiscovery media type of each format, in the order pages list them. */
export const FORMAT_INFO: readonly { format: FeedFormat; name: string; type: string }[] = [
  { format: 'rss', name: 'RSS', type: 'application/rss+xml' },
  { format: 'atom', name: 'Atom', type: 'application/atom+xml' },
  { format: 'json', name: 'JSON Feed', type: 'application/feed+json' },
];

/** `<link rel="alternate">` entries for one feed in every format. */
export function alternatesFor(origin: string, slug: string, title: string, search = ''): Alternate[] {
  return FORMAT_INFO.map(({ format, name, type }) => ({ type, title: `${title} (${name})`, href: feedUrl(origin, slug, format, search) }));
}

/** RSS · Atom · JSON Feed links for one feed; `current` is marked as the page being shown. */
export function formatLinks(origin: string, slug: string, search = '', current?: FeedFormat): Markup {
  return markup`<div class="formats">${FORMAT_INFO.map(
    ({ format, name }) =>
      markup`<a class="fmt ${format}" href="${feedUrl(origin, slug, format, search)}"${format === current ? markup` aria-current="page"` : ''}>${name}</a>`,
  )}</div>`;
}
