/**
 * Discovery: `GET /topics.opml` (every topic's RSS feed, to import into a reader) and
 * `GET /api/topics` (every topic with its query, feed URLs and paper count, for scripts).
 * Both depend on the snapshot (counts, date) and on the `TOPICS` var, and are validated on both.
 */
import { Hono, type Context } from 'hono';
import type { Env } from '../../env';
import { loadTopics, topicCatalog, type Topic } from '../../topics';
import { renderTopicsOpml } from '../../topics/opml';
import { serveRead, type ReadView } from '../read-route';
import { topicCounts } from '../topic-counts';

export const OPML_TYPE = 'text/x-opml; charset=utf-8';
const JSON_TYPE = 'application/json; charset=utf-8';
const MAX_AGE = 300;

export const topicRoutes = new Hono<{ Bindings: Env }>();

topicRoutes.get('/topics.opml', (c) =>
  respond(c, OPML_TYPE, (topics, view, origin) => renderTopicsOpml(topics, { origin, ...(view ? { updatedAt: view.head.updatedAt } : {}) })),
);

topicRoutes.get('/api/topics', (c) =>
  respond(c, JSON_TYPE, async (topics, view, origin) => {
    const counts = view ? await topicCounts(view, topics, 'trending') : topics.map((topic) => ({ topic, count: 0 }));
    return `${JSON.stringify(topicCatalog(counts, origin), null, 1)}\n`;
  }),
);

type Render = (topics: readonly Topic[], view: ReadView | null, origin: string) => string | Promise<string>;

// Both depend on the papers (counts, date) and on the `TOPICS` var.
function respond(c: Context<{ Bindings: Env }>, contentType: string, render: Render): Promise<Response> {
  const url = new URL(c.req.url);
  const topics = loadTopics(c.env);
  return serveRead(c, {
    key: `${url.origin}${url.pathname}|${c.env.TOPICS ?? ''}`,
    lastModified: 'updatedAt',
    maxAge: MAX_AGE,
    contentType,
    whenEmpty: 'render',
    render: (view) => render(topics, view, url.origin),
  });
}
