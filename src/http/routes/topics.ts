/**
 * Discovery: `GET /topics.opml` (every topic's RSS feed, to import into a reader) and
 * `GET /api/topics` (every topic with its query, feed URLs and paper count, for scripts).
 * Both depend on the snapshot (counts, date) and on the `TOPICS` var, and are validated on both.
 */
import { Hono, type Context } from 'hono';
import { followedLists, readConfig, type Env, type ListSource } from '../../env';
import { demoSourceHost, demoTitleSuffix } from '../../feeds';
import { loadTopics, topicCatalog, type Topic } from '../../topics';
import { renderTopicsOpml } from '../../topics/opml';
import { serveRead, type ReadView } from '../read-route';
import { topicCounts } from '../topic-counts';

export const OPML_TYPE = 'text/x-opml; charset=utf-8';
const JSON_TYPE = 'application/json; charset=utf-8';
const MAX_AGE = 300;

export const topicRoutes = new Hono<{ Bindings: Env }>();

topicRoutes.get('/topics.opml', (c) =>
  respond(c, OPML_TYPE, (topics, view, origin, followed) => {
    const sources = followed.map((source) => source.list);
    // Demo and test data say so in the titles, as the feeds do.
    const titleSuffixes = Object.fromEntries(followed.map((source) => [source.list, demoTitleSuffix(demoSourceHost(source.url))]));
    return renderTopicsOpml(topics, { origin, sources, titleSuffixes, ...(view ? { updatedAt: view.head.updatedAt } : {}) });
  }),
);

topicRoutes.get('/api/topics', (c) =>
  respond(c, JSON_TYPE, async (topics, view, origin, followed) => {
    const empty = topics.map((topic) => ({ topic, count: 0 }));
    const trending = view ? await topicCounts(view, topics, 'trending') : empty;
    const daily = followed.some((source) => source.list === 'daily') ? (view ? await topicCounts(view, topics, 'daily') : empty) : null;
    const counts = trending.map(({ topic, count }, i) => ({ topic, count, ...(daily ? { dailyCount: daily[i]?.count ?? 0 } : {}) }));
    return `${JSON.stringify(topicCatalog(counts, origin), null, 1)}\n`;
  }),
);

type Render = (topics: readonly Topic[], view: ReadView | null, origin: string, followed: readonly ListSource[]) => string | Promise<string>;

// Both depend on the papers (counts, date) and on the `TOPICS` var.
function respond(c: Context<{ Bindings: Env }>, contentType: string, render: Render): Promise<Response> {
  const url = new URL(c.req.url);
  const topics = loadTopics(c.env);
  // The lists this deployment follows: a list it does not read gets no feeds here.
  const followed = followedLists(readConfig(c.env));
  return serveRead(c, {
    // The lists' URLs too: demo data is labelled in the titles.
    key: `${url.origin}${url.pathname}|${c.env.TOPICS ?? ''}|${followed.map((source) => `${source.list}=${source.url}`).join(',')}`,
    lastModified: 'updatedAt',
    maxAge: MAX_AGE,
    contentType,
    whenEmpty: 'render',
    render: (view) => render(topics, view, url.origin, followed),
  });
}
