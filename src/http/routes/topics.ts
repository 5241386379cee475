/**
 * Discovery: `GET /topics.opml` (every topic's RSS feed, to import into a reader) and
 * `GET /api/topics` (every topic with its query, feed URLs and paper count, for scripts).
 * Both depend on the snapshot (counts, date) and on the `TOPICS` var, and are validated on both.
 */
import { Hono, type Context } from 'hono';
import type { FeedSource, Snapshot } from '../../domain/types';
import { followedLists, readConfig, type Env } from '../../env';
import { demoSourceHost, demoTitleSuffix } from '../../feeds';
import { readSnapshotCached } from '../../store';
import { loadTopics, topicCatalog, type Topic } from '../../topics';
import { renderTopicsOpml } from '../../topics/opml';
import { validate } from '../conditional';
import { isolateCache } from '../isolate-cache';

export const OPML_TYPE = 'text/x-opml; charset=utf-8';
const JSON_TYPE = 'application/json; charset=utf-8';
const MAX_AGE = 300;

export const topicRoutes = new Hono<{ Bindings: Env }>();

topicRoutes.get('/topics.opml', (c) =>
  respond(c, OPML_TYPE, (topics, snapshot, origin, sources) => {
    // Demo and test data say so in the titles, as the feeds do.
    const titleSuffixes = Object.fromEntries(followedLists(readConfig(c.env)).map((followed) => [followed.list, demoTitleSuffix(demoSourceHost(followed.url))]));
    return renderTopicsOpml(topics, { origin, sources, titleSuffixes, ...(snapshot ? { updatedAt: snapshot.updatedAt } : {}) });
  }),
);

topicRoutes.get('/api/topics', (c) =>
  respond(
    c,
    JSON_TYPE,
    (topics, snapshot, origin, sources) => `${JSON.stringify(topicCatalog(topics, snapshot?.papers ?? [], origin, sources.includes('daily')), null, 1)}\n`,
  ),
);

type Render = (topics: readonly Topic[], snapshot: Snapshot | null, origin: string, sources: readonly FeedSource[]) => string;

async function respond(c: Context<{ Bindings: Env }>, contentType: string, render: Render): Promise<Response> {
  const url = new URL(c.req.url);
  const topics = loadTopics(c.env);
  // The lists this deployment follows: a list it does not read gets no feeds here.
  const followed = followedLists(readConfig(c.env));
  const sources = followed.map((source) => source.list);
  const snapshot = await readSnapshotCached(c.env.PAPERS, Date.now());
  // The lists' URLs too: demo data is labelled in the titles.
  const key = `${url.origin}${url.pathname}|${c.env.TOPICS ?? ''}|${followed.map((source) => `${source.list}=${source.url}`).join(',')}`;
  // Before the first scrape there is nothing to validate against, and counts change soon.
  let headers: Record<string, string> = { 'cache-control': 'no-store' };
  if (snapshot) {
    const validation = validate(c.req.raw, { version: snapshot.version, key, lastModified: new Date(snapshot.updatedAt), cacheControl: `public, max-age=${MAX_AGE}` });
    if (validation.notModified) return c.body(null, 304, validation.headers);
    headers = validation.headers;
  }
  const body = bodies.get(`${snapshot?.version ?? 'none'}|${key}`, () => render(topics, snapshot, url.origin, sources));
  return c.body(body, 200, { ...headers, 'content-type': contentType });
}

// Bodies per (snapshot version, origin, path, topics): counting every topic is the costly part.
const bodies = isolateCache<string>(16);
