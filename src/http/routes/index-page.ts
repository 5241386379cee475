/**
 * `GET /`: the index page, and `GET /build`: where its filter form lands without script. The
 * form is a plain GET form, so it works in any browser; `/build` answers with a redirect to the
 * feed URL it describes, which a browser shows as the feed's preview (with the URL to copy), or,
 * when a value is wrong, with the index again, the form filled in and the error beside the field.
 */
import { Hono } from 'hono';
import type { Paper, Snapshot } from '../../domain/types';
import { followedLists, readConfig, type Env } from '../../env';
import { demoHostOfLists } from '../../feeds';
import { feedUrl, filterFormValues, filterSearch, isFilterField, renderIndexPage, type FilterFormValues, type IndexPageModel } from '../../html';
import { selectPapers } from '../../select/select-papers';
import { papersOn } from '../../snapshot/list-view';
import { readSnapshotCached } from '../../store';
import { loadTopics, topicMatcher } from '../../topics';
import { validate } from '../conditional';
import { resolveFeedRequest, type FeedRequest } from '../feed-request';
import { pageCache } from '../isolate-cache';
import { ProblemException, type Problem } from '../problem';

/** How many papers the index lists; the feeds hold the rest. */
export const INDEX_LATEST = 12;
const HTML_TYPE = 'text/html; charset=utf-8';

/** The routes of the front page, mounted at `/`. */
export const indexRoutes = new Hono<{ Bindings: Env }>();

indexRoutes.get('/', async (c) => {
  const url = new URL(c.req.url);
  const { model, snapshot, key } = await indexModel(c.env, url);
  let headers: Record<string, string> = { 'cache-control': 'no-store' };
  if (snapshot) {
    const validation = validate(c.req.raw, { version: snapshot.version, key: `${key}#index`, lastModified: new Date(snapshot.checkedAt), cacheControl: 'public, max-age=300' });
    if (validation.notModified) return c.body(null, 304, validation.headers);
    headers = validation.headers;
  }
  const body = pageCache.get(`index|${key}`, () => renderIndexPage(model()));
  return c.body(body, 200, { ...headers, 'content-type': HTML_TYPE });
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
    const { model } = await indexModel(c.env, url);
    const form = { values: filterFormValues(url.searchParams), error: { field: fieldAtFault(error.problem), message: error.problem.detail } };
    return c.body(renderIndexPage({ ...model(), form }), 400, { 'cache-control': 'no-store', 'content-type': HTML_TYPE });
  }
  return c.redirect(feedUrl(url.origin, request.topic.slug, request.format, filterSearch(url.searchParams)), 303);
});

/**
 * What the index shows (built only when it is rendered: a 304 or a cached page needs none of it),
 * and the key of everything it depends on besides the code.
 */
async function indexModel(env: Env, url: URL): Promise<{ model: () => IndexPageModel; snapshot: Snapshot | null; key: string }> {
  const config = readConfig(env);
  const daily = config.dailyUrl !== undefined;
  const topics = loadTopics(env);
  const snapshot = await readSnapshotCached(env.PAPERS, Date.now());
  // A new scrape, another host, other topics.
  const key = `${url.origin}|${config.sourceUrl}|${config.dailyUrl ?? ''}|${env.TOPICS ?? ''}|${snapshot ? `${snapshot.version}|${snapshot.checkedAt}` : 'none'}`;
  const model = (): IndexPageModel => {
    // Counts as the feeds hold them: each list's papers, and a topic's share of them.
    const trending = snapshot ? papersOn(snapshot.papers, 'trending') : null;
    const dailyPapers = snapshot && daily ? papersOn(snapshot.papers, 'daily') : null;
    const count = (papers: readonly Paper[] | null, matches: (paper: Paper) => boolean) => (papers ? papers.filter(matches).length : null);
    return {
      origin: url.origin,
      daily,
      topics: topics.map((topic) => {
        const matches = topicMatcher(topic);
        return { topic, count: count(trending, matches), ...(daily ? { dailyCount: count(dailyPapers, matches) } : {}) };
      }),
      snapshot: snapshot && { checkedAt: snapshot.checkedAt, updatedAt: snapshot.updatedAt, papers: snapshot.papers.length, trending: trending?.length ?? 0 },
      // As the default feed lists them: the papers that most recently started trending.
      latest: trending ? selectPapers(trending, { limit: INDEX_LATEST, sort: 'new' }) : [],
      sourceHost: demoHostOfLists(followedLists(config).map((followed) => followed.url)),
    };
  };
  return { model, snapshot, key };
}

// The form field a problem is about: the parameter it names, or the topic or format of the path.
function fieldAtFault(problem: Problem): keyof FilterFormValues | null {
  const name = problem.extra?.['parameter'] ?? (problem.extra?.['valid_topics'] ? 'topic' : problem.extra?.['valid_formats'] ? 'format' : null);
  return typeof name === 'string' && isFilterField(name) ? name : null;
}
