/**
 * The page of one feed: which feed this is, how to subscribe to it (the URL to copy, the other
 * formats of the same feed) and the papers it holds right now — exactly the items a feed reader
 * gets. Served at the feed's own page, `/feeds/{topic}.html?…` (the feeds' home link), and to a
 * browser that opens a feed URL.
 */
import type { FeedSource, Paper } from '../domain/types';
import { feedUrl, SOURCE_INFO, sourcedTitle, type FeedView } from '../feeds';
import type { Topic } from '../topics';
import { copyField } from './copy-field';
import { formatUtc, plural } from './format';
import { alternatesFor, FORMAT_INFO, formatLinks } from './formats';
import { renderPage } from './layout';
import { markup, type Markup } from './markup';
import { paperList } from './paper-list';
import { sourceNotice } from './source-notice';

/** What the preview shows. */
export interface FeedPreviewModel {
  /** The URL the browser asked for; a feed's URL is shown as the subscription URL, byte for byte. */
  url: URL;
  topic: Topic;
  /** The list the feed follows. */
  source: FeedSource;
  /** The format of the feed URL opened, or `html` for the feed's page (which offers RSS to copy). */
  format: FeedView;
  /** The feed's own title and description (they name the topic and any filters). */
  title: string;
  description: string;
  /** The feed's items, in feed order; `null` before the first successful scrape. */
  papers: readonly Paper[] | null;
  /** Snapshot times, when there is a snapshot. */
  checkedAt?: string;
  /** Host the papers are read from when it is not Hugging Face (demo or test data), else `null`. */
  sourceHost: string | null;
}

// The parameters the feed understands, as people read them.
const FILTER_TEXT: readonly [string, (value: string) => Markup][] = [
  ['q', (value) => markup`matching <code>${value}</code>`],
  ['min_upvotes', (value) => markup`at least <code>${value}</code> upvotes`],
  ['sort', (value) => markup`sorted by <code>${value}</code>`],
  ['limit', (value) => markup`at most <code>${value}</code> papers`],
];

/** Renders the preview page. */
export function renderFeedPreview(model: FeedPreviewModel): string {
  const { url, topic, format } = model;
  const origin = url.origin;
  const page = format === 'html';
  const copied = page ? 'rss' : format;
  const formatName = FORMAT_INFO.find((f) => f.format === copied)?.name ?? copied;
  const filters = FILTER_TEXT.flatMap(([name, text]) => url.searchParams.getAll(name).map(text));
  const main = markup`<p class="crumbs"><a href="/">paperfeed</a> › <a href="/#topics">feeds</a> › ${topic.slug}</p>
<h1 class="lede">${sourcedTitle(topic.slug, topic.title, model.source)}</h1>
<p class="lede-sub">${model.description}</p>
${sourceNotice(model.sourceHost)}
<p class="source">Follows <a href="${SOURCE_INFO[model.source].url}">${SOURCE_INFO[model.source].name}</a>.</p>
${filters.length > 0 ? markup`<ul class="filters" aria-label="Filters">${filters.map((f) => markup`<li>${f}</li>`)}</ul>` : ''}
${
  model.papers === null
    ? ''
    : markup`<p class="status"><span><span class="dot"></span>${plural(model.papers.length, 'paper')} in this feed</span>${
        model.checkedAt ? markup`<span>Checked <time datetime="${model.checkedAt}" data-ago>${formatUtc(model.checkedAt)}</time></span>` : ''
      }</p>`
}
<div class="card subscribe">
${
  page
    ? markup`<h2>Subscribe to this feed</h2>
<p class="hint">Copy this URL into your feed reader.</p>`
    : markup`<h2>This is a feed: subscribe to it</h2>
<p class="hint">You are seeing a preview because you opened the feed in a browser. Copy its URL into your feed reader; readers get the ${formatName} feed itself at this address.</p>`
}
${copyField('url-feed', page ? feedUrl(origin, topic.slug, copied, url.search) : url.href, `Feed URL (${formatName})`)}
<p class="hint">${page ? 'The feed in each format:' : 'The same feed in another format:'}</p>
${formatLinks(origin, topic.slug, url.search, page ? undefined : copied)}
</div>
<section id="papers" aria-labelledby="papers-title">
<h2 id="papers-title">In this feed now</h2>
${paperList(model.papers ?? [], empty(model.papers === null, model.source))}
</section>`;
  return renderPage({
    title: page ? model.title : `${model.title} — feed preview`,
    description: model.description,
    alternates: alternatesFor(origin, topic.slug, model.title, url.search),
    main,
  });
}

function empty(noSnapshot: boolean, source: FeedSource): Markup {
  return noSnapshot
    ? markup`<strong>No papers yet</strong>paperfeed has not finished its first read of Hugging Face’s papers; this feed fills up on its own.`
    : markup`<strong>No papers match</strong>Nothing in ${SOURCE_INFO[source].name} matches this feed right now. It stays valid: new papers appear ${SOURCE_INFO[source].arrival}.`;
}

