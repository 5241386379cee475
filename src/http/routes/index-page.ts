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
import { selectPapers } from '../../select/select-papers';
import { papersOn } from '../../snapshot/list-view';
import { readSnapshotCached } from '../../store';
import { findTopic, loadTopics, topicMatcher } from '../../topics';
import { validate } from '../conditional';
import { pageCache } from '../isolate-cache';
import { badParameter, problem } from '../problem';

/** How many papers the index lists; the feeds hold the rest. */
export const INDEX_LATEST = 12;
const HTML_TYPE = 'text/html; charset=utf-8';

/** The routes of the front page, mounted at `/`. */
export const indexRoutes = new Hono<{ Bindings: Env }>();

indexRoutes.get('/', async (c) => {
  const url = new URL(c.req.url);
  const config = readConfig(c.env);
  const { sourceUrl } = config;
  const daily = config.dailyUrl !== undefined;
  const topics = loadTopics(c.env);
  const snapshot = await readSnapshotCached(c.env.PAPERS, Date.now());
  // Everything the page depends on besides the code: a new scrape, another host, other topics.
  const key = `${url.origin}|${sourceUrl}|${config.dailyUrl ?? ''}|${c.env.TOPICS ?? ''}|${snapshot ? `${snapshot.version}|${snapshot.checkedAt}` : 'none'}`;
  let headers: Record<string, string> = { 'cache-control': 'no-store' };
  if (snapshot) {
    const validation = validate(c.req.raw, { version: snapshot.version, key: `${key}#index`, lastModified: new Date(snapshot.checkedAt), cacheControl: 'public, max-age=300' });
    if (validation.notModified) return c.body(null, 304, validation.headers);
    headers = validation.headers;
  }
  const body = pageCache.get(`index|${key}`, () => {
    // Counts as the feeds hold them: each list's papers, and a topic's share of them.
    const trending = snapshot ? papersOn(snapshot.papers, 'trending') : null;
    const dailyPapers = snapshot && daily ? papersOn(snapshot.papers, 'daily') : null;
    const count = (papers: readonly Paper[] | null, matches: (paper: Paper) => boolean) => (papers ? papers.filter(matches).length : null);
    return renderIndexPage({
      origin: url.origin,
      daily,
      topics: topics.map((topic) => {
        const matches = topicMatcher(topic);
        return { topic, count: count(trending, matches), ...(daily ? { dailyCount: count(dailyPapers, matches) } : {}) };
      }),
      snapshot: snapshot && { checkedAt: snapshot.checkedAt, updatedAt: snapshot.updatedAt, papers: snapshot.papers.length, trending: trending?.length ?? 0 },
      // As the default feed lists them: the papers that most recently started trending.
      latest: trending ? selectPapers(trending, { limit: INDEX_LATEST, sort: 'new' }) : [],
      sourceHost: sourceUrl === DEFAULT_SOURCE_URL ? null : new URL(sourceUrl).host,
    });
  });
  return c.body(body, 200, { ...headers, 'content-type': HTML_TYPE });
});

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
