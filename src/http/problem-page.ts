/**
 * Problems for people: when a browser (an `Accept` that prefers HTML, see negotiate.ts) gets a
 * problem+json answer, it gets the same problem as a page instead, with the same status and
 * headers. Feed readers and scripts keep getting application/problem+json.
 */
import type { MiddlewareHandler } from 'hono';
import { renderErrorPage } from '../html';
import { prefersHtml } from './negotiate';

/** Middleware that turns problem+json responses into HTML pages for browsers. */
export function problemPages(): MiddlewareHandler {
  return async function problemPagesMiddleware(c, next) {
    await next();
    const type = c.res.headers.get('content-type') ?? '';
    if (!type.startsWith('application/problem+json') || !prefersHtml(c.req.header('accept'))) return;
    const body = (await c.res.clone().json()) as { status?: number; title?: string; detail?: string; valid_topics?: unknown };
    const page = renderErrorPage({
      status: c.res.status,
      title: String(body.title ?? 'Error'),
      detail: String(body.detail ?? ''),
      ...(Array.isArray(body.valid_topics) ? { validTopics: body.valid_topics.map(String) } : {}),
    });
    const headers = new Headers(c.res.headers);
    headers.set('content-type', 'text/html; charset=utf-8');
    headers.append('vary', 'Accept');
    c.res = new Response(page, { status: c.res.status, headers });
  };
}
