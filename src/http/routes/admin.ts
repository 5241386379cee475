/**
 * `POST /admin/refresh`: runs a scrape now and answers with its run report. Only with
 * `Authorization: Bearer <ADMIN_TOKEN>`; without that secret configured the route does not exist.
 * The request carries no parameters: it can only make the worker fetch its configured lists.
 */
import { Hono } from 'hono';
import type { RunReport } from '../../domain/types';
import { readAdminToken, type Env } from '../../env';
import { refreshFromEnv } from '../../jobs/refresh';
import { problem } from '../problem';

/** The `/admin/refresh` route (every method, see below). */
export const adminRoutes = new Hono<{ Bindings: Env }>();

// Every method lands here, so that a disabled admin route is indistinguishable from no route.
adminRoutes.all('/admin/refresh', async (c) => {
  const token = readAdminToken(c.env);
  if (token === null) return c.notFound();
  if (c.req.method !== 'POST') {
    throw problem({
      status: 405,
      title: 'Method not allowed',
      detail: `${c.req.method} is not allowed here; use POST.`,
      headers: { allow: 'POST' },
    });
  }
  const given = bearerToken(c.req.header('authorization'));
  if (given === null || !(await sameSecret(given, token))) {
    throw problem({
      status: 401,
      title: 'Unauthorized',
      detail: 'Send the admin token as "Authorization: Bearer <token>".',
      headers: { 'www-authenticate': 'Bearer realm="paperfeed"' },
    });
  }
  const report = await refreshFromEnv(c.env, 'admin');
  const retryAfter = report.retryAfterUntil ? Math.max(1, Math.ceil((Date.parse(report.retryAfterUntil) - Date.now()) / 1000)) : undefined;
  return c.json(report, httpStatus(report), {
    'cache-control': 'no-store',
    ...(retryAfter !== undefined ? { 'retry-after': String(retryAfter) } : {}),
  });
});

// A script using `curl --fail` learns that the scrape failed, even when only one list did and the
// other was stored; the body says which and why either way.
function httpStatus(report: RunReport): 200 | 502 | 503 {
  if (report.outcome === 'failed' || report.error !== undefined) return 502;
  if (report.outcome === 'skipped') return 503;
  return 200;
}

// Everything after the scheme is the token: a secret set with spaces in it still works.
function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer[ \t]+(\S.*?)[ \t]*$/i.exec(header ?? '');
  return match?.[1] ?? null;
}

/**
 * Compares two secrets in constant time. Hashing both sides first makes the inputs equal in
 * length, so neither the comparison nor a length check leaks anything about the token.
 */
async function sameSecret(given: string, expected: string): Promise<boolean> {
  const encoder = new TextEncoder();
  const [a, b] = await Promise.all([
    crypto.subtle.digest('SHA-256', encoder.encode(given)),
    crypto.subtle.digest('SHA-256', encoder.encode(expected)),
  ]);
  return crypto.subtle.timingSafeEqual(a, b);
}
