/**
 * CORS for the public, read-only surface (`/feeds/*`, `/api/*`): any origin may read it, so a
 * browser app can fetch the JSON feed directly. Nothing here uses cookies or credentials, which is
 * what makes `*` safe. Preflights are answered without reaching the routes.
 */
import { cors } from 'hono/cors';

/** Paths whose responses any origin may read. */
export const PUBLIC_READ_PATHS = ['/feeds/*', '/api/*'] as const;

/**
 * `Access-Control-Allow-Origin: *` on every response of those paths (errors included), `ETag`
 * readable by scripts (browsers hide it otherwise), and a day-long cache of preflight answers
 * (`If-None-Match` makes a cross-origin GET non-simple, so revalidating scripts preflight).
 */
export const publicReadCors = cors({
  origin: '*',
  allowMethods: ['GET', 'HEAD', 'OPTIONS'],
  allowHeaders: ['If-None-Match', 'If-Modified-Since'],
  exposeHeaders: ['ETag', 'Retry-After'],
  maxAge: 86_400,
});
