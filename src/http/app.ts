/**
 * The HTTP surface: every route, and the one error handler that turns every failure into a
 * problem+json response. Nothing a client sends can produce a 500 or a stack trace: unknown
 * paths are 404, known paths with another method 405 (with `Allow`), and `HEAD` is `GET`
 * without the body.
 */
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { ConfigError, type Env } from '../env';
import { StoreUnavailableError } from '../store';
import { allowedMethods } from './allowed-methods';
import { PUBLIC_READ_PATHS, publicReadCors } from './cors';
import { problem, problemResponse } from './problem';
import { PrimedAnswer } from './prime';
import { problemPages } from './problem-page';
import { adminRoutes } from './routes/admin';
import { feedRoutes } from './routes/feeds';
import { healthRoutes } from './routes/health';
import { indexRoutes } from './routes/index-page';
import { securityHeaders } from './security-headers';
import { topicRoutes } from './routes/topics';

/** The worker's whole HTTP app; `src/index.ts` exports its `fetch`. */
export const app = new Hono<{ Bindings: Env }>();

app.use(securityHeaders());
// Inside the security headers, so a problem turned into a page still gets its CSP.
app.use(problemPages());
for (const path of PUBLIC_READ_PATHS) app.use(path, publicReadCors);
// Far longer than any feed URL; anything bigger is abuse, refused before any route parses it.
const MAX_URL_CHARS = 4096;

app.use(async (c, next) => {
  if (c.req.url.length > MAX_URL_CHARS) {
    throw problem({ status: 414, title: 'URI too long', detail: `Request URLs are limited to ${MAX_URL_CHARS} characters.` });
  }
  await next();
});

app.route('/feeds', feedRoutes);
app.route('/', indexRoutes);
app.route('/', healthRoutes);
app.route('/', adminRoutes);
app.route('/', topicRoutes);

app.notFound((c) => {
  const path = new URL(c.req.url).pathname;
  const allowed = allowedMethods(app, c.req.path);
  // The CORS middleware answers preflights on the public read paths: OPTIONS is served there too.
  if (allowed.length > 0 && /^\/(?:feeds|api)\//.test(c.req.path)) allowed.push('OPTIONS');
  if (allowed.length > 0 && !allowed.includes(c.req.method)) {
    return problemResponse({
      status: 405,
      title: 'Method not allowed',
      detail: `${c.req.method} is not allowed on ${path}; use ${allowed.slice(0, -1).join(', ')} or ${allowed.at(-1)}.`,
      headers: { allow: allowed.join(', ') },
    });
  }
  return problemResponse({ status: 404, title: 'Not found', detail: `There is nothing at ${path}.` });
});

app.onError((error) => {
  // Priming's answer, carried out of the app (see prime.ts): not a failure, and no response.
  if (error instanceof PrimedAnswer) throw error;
  if (error instanceof HTTPException) {
    if (error.res) return error.getResponse();
    // Raised inside the framework (no problem body attached): give it one.
    const title = error.status >= 500 ? 'Internal error' : 'Bad request';
    return problemResponse({ status: error.status, title, detail: error.message || 'The request could not be handled.' });
  }
  if (error instanceof ConfigError) {
    // The operator's own setting is wrong (e.g. a TOPICS entry): say which, so it can be fixed.
    console.error(JSON.stringify({ event: 'config_error', error: error.message }));
    return problemResponse({ status: 500, title: 'Configuration error', detail: error.message });
  }
  if (error instanceof StoreUnavailableError) {
    console.error(JSON.stringify({ event: 'kv_read_failed', error: error.message }));
    return problemResponse({
      status: 503,
      title: 'Temporarily unavailable',
      detail: 'The papers cannot be read right now; try again in a minute.',
      headers: { 'retry-after': '60' },
    });
  }
  console.error(JSON.stringify({ event: 'request_failed', error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) }));
  return problemResponse({ status: 500, title: 'Internal error', detail: 'Something went wrong on our side; it has been logged.' });
});
