/**
 * The HTTP surface: every route, and the one error handler that turns every failure into a
 * problem+json response.
 */
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { Env } from '../env';
import { problemResponse } from './problem';
import { feedRoutes } from './routes/feeds';
import { indexRoutes } from './routes/index-page';
import { topicRoutes } from './routes/topics';

export const app = new Hono<{ Bindings: Env }>();

app.route('/feeds', feedRoutes);
app.route('/', indexRoutes);
app.route('/', topicRoutes);

app.notFound((c) =>
  problemResponse({ status: 404, title: 'Not found', detail: `There is nothing at ${new URL(c.req.url).pathname}.` }),
);

app.onError((error) => {
  if (error instanceof HTTPException) return error.getResponse();
  console.error(JSON.stringify({ event: 'request_failed', error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) }));
  return problemResponse({ status: 500, title: 'Internal error', detail: 'Something went wrong on our side; it has been logged.' });
});
