/**
 * The index page (`GET /`): what paperfeed is, when it last updated, every topic feed with its
 * paper count and links, the filter form with the query syntax, and the latest papers. Pure: a
 * function of the model, so the same snapshot renders the same bytes.
 */
import type { Paper } from '../domain/types';
import { demoTitleSuffix, sourcedTitle, sourceSearch } from '../feeds';
import { CRON_INTERVAL_MINUTES } from '../env';
import type { Topic } from '../topics';
import { copyField } from './copy-field';
import { feedUrl } from './feed-url';
import { filterForm, type FilterFormState } from './filter-form';
import { formatUtc, plural } from './format';
import { alternatesFor, formatLinks } from './formats';
import { renderPage, type Alternate } from './layout';
import { markup, type Markup } from './markup';
import { paperList } from './paper-list';
import { sourceNotice } from './source-notice';

/** What the index shows. */
export interface IndexPageModel {
  /** Request origin; every feed URL on the page is absolute on it. */
  origin: string;
  /**
   * Every topic with its number of papers in the trending feeds and, when the daily list is
   * followed, in the daily feeds (`null` when there is no snapshot).
   */
  topics: readonly { topic: Topic; count: number | null; dailyCount?: number | null }[];
  /** Whether the deployment follows the daily papers list (its feeds are offered beside trending). */
  daily: boolean;
  /**
   * The snapshot's times and size (every paper, and those in the trending feeds), or `null` before
   * the first successful scrape.
   */
  snapshot: { checkedAt: string; updatedAt: string; papers: number; trending: number } | null;
  /** The newest papers, newest first. */
  latest: readonly Paper[];
  /** Host of the scraped page when it is not the default one (demo or test data), else `null`. */
  sourceHost: string | null;
  /** The filter form as `/build` got it, when a value was wrong. */
  form?: FilterFormState;
}

// The query of a daily feed's URL.
const DAILY_SEARCH = sourceSearch('daily');

/** Renders the index page. */
export function renderIndexPage(model: IndexPageModel): string {
  const { origin } = model;
  const all = model.topics[0]?.topic;
  // Feed titles as the feeds give them, demo label included.
  const demo = demoTitleSuffix(model.sourceHost);
  const alternates: Alternate[] = [
    ...(all ? alternatesFor(origin, all.slug, `paperfeed: ${all.title}${demo}`) : []),
    ...(all && model.daily ? alternatesFor(origin, all.slug, `paperfeed: ${sourcedTitle(all.slug, all.title, 'daily')}${demo}`, DAILY_SEARCH) : []),
    // Every other topic in RSS only: readers list each entry, and three per topic would drown them.
    ...model.topics.slice(1).map(({ topic }) => ({
      type: 'application/rss+xml',
      title: `paperfeed: ${topic.title}${demo} (RSS)`,
      href: feedUrl(origin, topic.slug, 'rss'),
    })),
  ];
  const main = markup`<section class="intro" aria-labelledby="intro-title">
<h1 class="lede" id="intro-title">Trending ML papers, delivered to your feed reader.</h1>
<p class="lede-sub">paperfeed follows <a href="https://huggingface.co/papers/trending">Hugging Face’s trending papers</a>${model.daily ? markup` and its <a href="https://huggingface.co/papers">daily papers</a>` : ''} and serves them as RSS, Atom and JSON feeds: one for everything, one per research area, or your own filter. Each paper shows up once, when it starts trending${model.daily ? ' (or, in the daily feeds, when it is featured)' : ''}.</p>
${status(model)}
${sourceNotice(model.sourceHost)}
${all ? subscribeBox(origin, all) : ''}
</section>
<section id="topics" aria-labelledby="topics-title">
<h2 id="topics-title">Feeds by topic</h2>
<p class="section-sub">Pick the areas you follow; each feed lists only the papers that match its topic. Import them all at once with the <a href="/topics.opml">OPML file</a>, which most readers accept under “Import”.</p>
<ul class="topics">${model.topics.map(({ topic, count, dailyCount }) => topicCard(origin, topic, count, model.daily ? (dailyCount ?? null) : undefined))}</ul>
</section>
<section id="build" aria-labelledby="build-title">
<h2 id="build-title">Build a filtered feed</h2>
<p class="section-sub">Every feed URL takes a search query and filters. Narrow a topic down to the words you care about, keep only papers with enough upvotes, and subscribe to the URL you get.</p>
<div class="builder">${filterForm(
    model.topics.map(({ topic }) => topic),
    model.daily,
    model.form,
  )}${syntaxHelp()}</div>
</section>
<section id="latest" aria-labelledby="latest-title">
<h2 id="latest-title">Latest papers</h2>
<p class="section-sub">The papers that most recently started trending, as the feeds list them.</p>
${paperList(model.latest, noPapersYet())}
${all && model.snapshot && model.snapshot.trending > model.latest.length ? markup`<p class="more"><a href="${feedUrl(origin, all.slug, 'rss', '?limit=200')}">All ${plural(model.snapshot.trending, 'trending paper')} →</a></p>` : ''}
</section>`;
  return renderPage({
    title: 'paperfeed — trending ML papers as RSS, Atom and JSON feeds',
    description: 'Hugging Face trending papers as RSS 2.0, Atom 1.0 and JSON Feed 1.1: one feed per research area, or your own filter.',
    alternates,
    main,
  });
}

function status(model: IndexPageModel): Markup {
  const snap = model.snapshot;
  if (!snap) return markup`<p class="status"><span><span class="dot off"></span>Waiting for the first update of the trending page</span></p>`;
  return markup`<p class="status"><span><span class="dot"></span>Checked <time datetime="${snap.checkedAt}" data-ago>${formatUtc(snap.checkedAt)}</time></span><span>Papers last changed <time datetime="${snap.updatedAt}" data-ago>${formatUtc(snap.updatedAt)}</time></span><span>${plural(snap.papers, 'paper')} tracked</span></p>`;
}

function subscribeBox(origin: string, all: Topic): Markup {
  return markup`<div class="card subscribe">
<h2>Subscribe to every trending paper</h2>
<p class="hint">Paste this URL into your feed reader — or just this site’s address: readers find the feeds on their own.</p>
${copyField('subscribe-url', feedUrl(origin, all.slug, 'rss'), 'Feed URL of all trending papers (RSS)')}
${formatLinks(origin, all.slug)}
</div>`;
}

// `dailyCount` is `undefined` when the daily list is not followed, `null` before the first scrape.
function topicCard(origin: string, topic: Topic, count: number | null, dailyCount?: number | null): Markup {
  return markup`<li class="card topic" id="topic-${topic.slug}">
<div class="topic-head"><h3><a href="${feedUrl(origin, topic.slug, 'rss')}">${topic.title}</a></h3>${
    count === null ? '' : markup`<span class="count">${plural(count, 'paper')}</span>`
  }</div>
<p>${topic.description}</p>
${formatLinks(origin, topic.slug)}
${copyField(`topic-url-${topic.slug}`, feedUrl(origin, topic.slug, 'rss'), `Feed URL of ${topic.title} (RSS)`)}
${
  dailyCount === undefined
    ? ''
    : markup`<div class="daily" id="topic-daily-${topic.slug}"><p class="topic-head"><span>In the daily papers</span>${
        dailyCount === null ? '' : markup`<span class="count">${plural(dailyCount, 'paper')}</span>`
      }</p>${formatLinks(origin, topic.slug, DAILY_SEARCH)}</div>`
}
</li>`;
}

function syntaxHelp(): Markup {
  return markup`<aside class="card syntax" aria-labelledby="syntax-title">
<h3 id="syntax-title">Query syntax (<code>q=</code>)</h3>
<dl>
<dt><code>diffusion</code></dt><dd>the whole word, any case, in the title, abstract, AI summary or keywords; <code>graph</code> also finds <code>graphs</code>, not <code>hypergraph</code></dd>
<dt><code>"state space"</code></dt><dd>these words in a row</dd>
<dt><code>robot policy</code></dt><dd>both words</dd>
<dt><code>vision OR audio</code></dt><dd>either one (<code>OR</code> in capitals)</dd>
<dt><code>(a OR b) c</code></dt><dd>parentheses group</dd>
<dt><code>-survey</code></dt><dd>leave out papers with this word or <code>-"a phrase"</code></dd>
</dl>
<p class="hint">Also on every feed: <code>source=trending|daily|any</code> (which list), <code>min_upvotes=N</code>, <code>limit=N</code> (1–200, default 50) and <code>sort=new|trending|upvotes</code>.</p>
</aside>`;
}

function noPapersYet(): Markup {
  return markup`<strong>No papers yet</strong>paperfeed has not finished its first read of the trending page. It looks every ${CRON_INTERVAL_MINUTES} minutes; the feeds fill up on their own.`;
}
