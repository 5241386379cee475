/**
 * `GET /`: the index page, and `GET /build`: where its filter form lands without script. The
 * form is a plain GET form, so it works in any browser; `/build` answers with a redirect to the
 * feed URL it describes, which a browser shows as the feed's preview (with the URL to copy).
 */
import { Hono } from 'hono';
import { DEFAULT_SOURCE_URL, readConfig, type Env } from '../../env';
import { isFeedFormat } from '../../feeds';
import { feedUrl, filterSearch, renderIndexPage } from '../../html';
import type { Paper } from '../../domain/types';
import { selectIndexed } from '../../select/select-indexed';
import { HEAD_LATEST } from '../../store';
import { findTopic, loadTopics } from '../../topics';
import { serveRead, type ReadView } from '../read-route';
import { topicCounts } from '../topic-counts';
import { badParameter, problem } from '../problem';

/** How many papers the index lists; the feeds hold the rest. */
export const INDEX_LATEST = 12;
const HTML_TYPE = 'text/html; charset=utf-8';

/** The routes of the front page, mounted at `/`. */
export const indexRoutes = new Hono<{ Bindings: Env }>();

indexRoutes.get('/', (c) => {
  const url = new URL(c.req.url);
  const { sourceUrl } = readConfig(c.env);
  const topics = loadTopics(c.env);
  return serveRead(c, {
    // Everything the page depends on besides the papers: another host, other topics.
    key: `${url.origin}|${sourceUrl}|${c.env.TOPICS ?? ''}#index`,
    lastModified: 'checkedAt',
    maxAge: 300,
    contentType: HTML_TYPE,
    whenEmpty: 'render',
    render: async (view) =>
      renderIndexPage({
        origin: url.origin,
        topics: view ? await topicCounts(view, topics, 'trending') : topics.map((topic) => ({ topic, count: null })),
        snapshot: view && { checkedAt: view.head.checkedAt, updatedAt: view.head.updatedAt, papers: view.head.counts.trending.papers },
        latest: view ? await latestPapers(view, INDEX_LATEST) : [],
        sourceHost: sourceUrl === DEFAULT_SOURCE_URL ? null : new URL(sourceUrl).host,
      }),
  });
});

/** The newest papers on trending, from the head alone (plus their bodies). */
async function latestPapers(view: ReadView, limit: number): Promise<Paper[]> {
  const rows = view.head.latest.filter((row) => row.lists.trending !== undefined);
  // The head holds the newest rows of every list; when too few are on trending, read them all.
  const from = rows.length >= limit || view.head.latest.length < HEAD_LATEST ? rows : view.rows().filter((row) => row.lists.trending !== undefined);
  return selectIndexed(from, { limit, sort: 'new', inTopic: () => true }, view.bodies);
}

indexRoutes.get('/build', (c) => {
  const url = new URL(c.req.url);
  const topics = loadTopics(c.env);
  const slug = url.searchParams.get('topic') ?? 'all';
  if (!findTopic(topics, slug)) {
    throw problem({
      status: 404,
      title: 'Unknown topic',
      detail: `There is no topic "${slug.slice(0, 100)}". Valid topics: ${topics.map((t) => t.slug).join(', ')}.`,
      extra: { valid_topics: topics.map((t) => t.slug) },
    });
  }
  const format = url.searchParams.get('format') ?? 'rss';
  if (!isFeedFormat(format)) throw badParameter('format', `format must be rss, atom or json, got ${JSON.stringify(format.slice(0, 50))}`);
  // The feed route validates the filters themselves and says exactly what is wrong with them.
  return c.redirect(feedUrl(url.origin, slug, format, filterSearch(url.searchParams)), 303);
});
