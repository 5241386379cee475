/**
 * `GET /`: the index page, and `GET /build`: where its filter form lands without script. The
 * form is a plain GET form, so it works in any browser; `/build` answers with a redirect to the
 * feed URL it describes, which a browser shows as the feed's preview (with the URL to copy), or,
 * when a value is wrong, with the index again, the form filled in and the error beside the field.
 */
import { Hono } from 'hono';
import type { Paper } from '../../domain/types';
import { followedLists, readConfig, type Env } from '../../env';
import { demoHostOfLists } from '../../feeds';
import { feedUrl, filterFormValues, filterSearch, isFilterField, renderIndexPage, type FilterFormValues, type IndexPageModel } from '../../html';
import { selectIndexed } from '../../select/select-indexed';
import { loadTopics } from '../../topics';
import { resolveFeedRequest, type FeedRequest } from '../feed-request';
import { ProblemException, type Problem } from '../problem';
import { readView, selectNewest, serveRead, type ReadView } from '../read-route';
import { topicCounts } from '../topic-counts';

/** How many papers the index lists; the feeds hold the rest. */
export const INDEX_LATEST = 12;
const HTML_TYPE = 'text/html; charset=utf-8';

/** The routes of the front page, mounted at `/`. */
export const indexRoutes = new Hono<{ Bindings: Env }>();

indexRoutes.get('/', (c) => {
  const url = new URL(c.req.url);
  const config = readConfig(c.env);
  return serveRead(c, {
    // Everything the page depends on besides the papers: another host, other lists, other topics.
    key: `${url.origin}|${config.sourceUrl}|${config.dailyUrl ?? ''}|${c.env.TOPICS ?? ''}#index`,
    lastModified: 'checkedAt',
    maxAge: 300,
    contentType: HTML_TYPE,
    whenEmpty: 'render',
    render: (view) => indexModel(c.env, url, view).then(renderIndexPage),
  });
});

/**
 * The form's landing: checked exactly as the feed route checks the URL it redirects to, so a bad
 * value is answered here, with the form again (400), instead of on the feed after the redirect.
 */
indexRoutes.get('/build', async (c) => {
  const url = new URL(c.req.url);
  const slug = url.searchParams.get('topic')?.trim() || 'all';
  const format = url.searchParams.get('format')?.trim() || 'rss';
  let request: FeedRequest;
  try {
    request = resolveFeedRequest(`${slug}.${format}`, url, c.env);
  } catch (error) {
    if (!(error instanceof ProblemException)) throw error;
    const model = await indexModel(c.env, url, await readView(c.env.PAPERS));
    const form = { values: filterFormValues(url.searchParams), error: { field: fieldAtFault(error.problem), message: error.problem.detail } };
    return c.body(renderIndexPage({ ...model, form }), 400, { 'cache-control': 'no-store', 'content-type': HTML_TYPE });
  }
  return c.redirect(feedUrl(url.origin, request.topic.slug, request.format, filterSearch(url.searchParams)), 303);
});

/** What the index shows: counts as the feeds hold them (each list's papers, and a topic's share). */
async function indexModel(env: Env, url: URL, view: ReadView | null): Promise<IndexPageModel> {
  const config = readConfig(env);
  const daily = config.dailyUrl !== undefined;
  const topics = loadTopics(env);
  const trendingCounts = view ? await topicCounts(view, topics, 'trending') : topics.map((topic) => ({ topic, count: null }));
  const dailyCounts = view && daily ? await topicCounts(view, topics, 'daily') : null;
  return {
    origin: url.origin,
    daily,
    topics: trendingCounts.map(({ topic, count }, i) => ({ topic, count, ...(daily ? { dailyCount: dailyCounts?.[i]?.count ?? null } : {}) })),
    snapshot: view && {
      checkedAt: view.head.checkedAt,
      updatedAt: view.head.updatedAt,
      papers: view.head.counts.any.papers,
      trending: view.head.counts.trending.papers,
    },
    // As the default feed lists them: the papers that most recently started trending.
    latest: view ? await latestTrending(view, INDEX_LATEST) : [],
    sourceHost: demoHostOfLists(followedLists(config).map((followed) => followed.url)),
  };
}

/** The papers that most recently started trending, as the default feed lists them. */
function latestTrending(view: ReadView, limit: number): Promise<Paper[]> {
  return selectNewest(view, 'trending', limit, -1, (rows) => selectIndexed(rows, { source: 'trending', limit, sort: 'new', inTopic: () => true }, view.bodies));
}

// The form field a problem is about: the parameter it names, or the topic or format of the path.
function fieldAtFault(problem: Problem): keyof FilterFormValues | null {
  const name = problem.extra?.['parameter'] ?? (problem.extra?.['valid_topics'] ? 'topic' : problem.extra?.['valid_formats'] ? 'format' : null);
  return typeof name === 'string' && isFilterField(name) ? name : null;
}
