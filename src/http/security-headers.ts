/**
 * Security headers. Every response gets `X-Content-Type-Options: nosniff` (a feed must never be
 * sniffed into HTML); HTML pages also get a Content-Security-Policy that allows only their own
 * hashed style and script, forbid framing and send no referrer to the sites they link to.
 */
import type { MiddlewareHandler } from 'hono';
import { contentSecurityPolicy } from '../html';

/** Options of `securityHeaders`; the defaults are what paperfeed serves. */
export interface SecurityHeadersOptions {
  /** The policy for HTML responses. */
  policy?: () => Promise<string>;
  referrerPolicy?: string;
}

/** Middleware that adds the security headers after the route has answered. */
export function securityHeaders(options: SecurityHeadersOptions = {}): MiddlewareHandler {
  const { policy = contentSecurityPolicy, referrerPolicy = 'no-referrer' } = options;
  return async function securityHeadersMiddleware(c, next) {
    await next();
    const isHtml = /^\s*text\/html\b/i.test(c.res.headers.get('content-type') ?? '');
    const extra: [string, string][] = [['x-content-type-options', 'nosniff']];
    if (isHtml) {
      extra.push(
        ['content-security-policy', await policy()],
        ['referrer-policy', referrerPolicy],
        ['x-frame-options', 'DENY'],
        ['cross-origin-opener-policy', 'same-origin'],
      );
    }
    // Responses passed through from elsewhere (a cache, a fetch) have immutable headers: copy those.
    let res = c.res;
    try {
      for (const [name, value] of extra) res.headers.set(name, value);
    } catch {
      res = new Response(res.body, res);
      for (const [name, value] of extra) res.headers.set(name, value);
      c.res = res;
    }
  };
}
